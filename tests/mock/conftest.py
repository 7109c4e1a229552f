"""One mock app per vendor, built once (the seeds are deterministic and the apps are read-only)."""

from __future__ import annotations

import pytest
from starlette.applications import Starlette

from scripts.mock.app import create_app
from scripts.spec.model import Spec

from .client import TOKEN


@pytest.fixture(scope="session")
def synq_app() -> Starlette:
    return create_app("synq", token=TOKEN)


@pytest.fixture(scope="session")
def coalesce_app() -> Starlette:
    return create_app("coalesce", token=TOKEN)


@pytest.fixture(scope="session")
def synq_spec() -> Spec:
    return Spec.load("synq")


@pytest.fixture(scope="session")
def coalesce_spec() -> Spec:
    return Spec.load("coalesce")
