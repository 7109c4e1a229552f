"""Session fixtures: each mock served by a real uvicorn on a free 127.0.0.1 port."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from scripts.mock.app import create_app
from scripts.mock.serving import serve_in_background

from .schemas import TOKEN


@pytest.fixture(scope="session")
def synq_mock_url() -> Iterator[str]:
    with serve_in_background(create_app("synq", token=TOKEN)) as url:
        yield url


@pytest.fixture(scope="session")
def coalesce_mock_url() -> Iterator[str]:
    with serve_in_background(create_app("coalesce", token=TOKEN)) as url:
        yield url
