"""One fault-injecting mock per vendor for the session: in-process, and the same app under uvicorn on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from scripts.mock.serving import serve_in_background
from scripts.vendors import VENDORS

from .harness import CountingApp, Target, mock


@pytest.fixture(scope="session")
def apps() -> dict[str, CountingApp]:
    return {vendor: mock(vendor) for vendor in VENDORS}


@pytest.fixture(scope="session")
def served(apps: dict[str, CountingApp]) -> Iterator[dict[str, Target]]:
    with serve_in_background(apps["synq"]) as synq, serve_in_background(apps["coalesce"]) as coalesce:
        yield {"synq": Target(apps["synq"], synq), "coalesce": Target(apps["coalesce"], coalesce)}


@pytest.fixture(scope="session")
def in_process(apps: dict[str, CountingApp]) -> dict[str, Target]:
    return {vendor: Target(app) for vendor, app in apps.items()}
