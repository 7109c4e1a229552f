# Copied from scripts/mock_package/pytest_plugin.py by "make generate". DO NOT EDIT here: edit scripts/mock_package/pytest_plugin.py.
"""pytest fixtures serving the mocks, registered through the `pytest11` entry point (so no import is needed):

    def test_my_pipeline(coalesce_mock: str) -> None:
        with CoalesceClient(base_url=coalesce_mock, token="mock-token") as client:
            ...

Each fixture is module-scoped (one server per test module) and yields the base URL; the token is `mock-token`.
Nothing is imported from the mock until a fixture is used: installed without the `mock` extra, the plugin costs nothing.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest


def _served(vendor: str) -> Iterator[str]:
    from synq_coalesce_mock.serve import serve_mock

    with serve_mock(vendor) as base_url:
        yield base_url


@pytest.fixture(scope="module")
def synq_mock() -> Iterator[str]:
    """The SYNQ mock's base URL (bearer token `mock-token`, or OAuth2 client `mock-client` / `mock-secret`)."""
    yield from _served("synq")


@pytest.fixture(scope="module")
def coalesce_mock() -> Iterator[str]:
    """The Coalesce mock's base URL (bearer token `mock-token`)."""
    yield from _served("coalesce")
