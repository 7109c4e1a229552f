"""The mocks the documented examples run against, under uvicorn on 127.0.0.1, with the environment a user sets."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from scripts.mock.app import create_app
from scripts.mock.serving import serve_in_background

TOKEN = "readme-token"
RUN_PHASES = (0.05, 0.1)  # seconds a started run waits, then runs: the run_job example waits for two of them


@pytest.fixture(scope="module")
def mock_urls() -> Iterator[dict[str, str]]:
    with (
        serve_in_background(create_app("synq", token=TOKEN)) as synq,
        serve_in_background(create_app("coalesce", token=TOKEN, run_phases=RUN_PHASES)) as coalesce,
    ):
        yield {"SYNQ_BASE_URL": synq, "COALESCE_BASE_URL": coalesce}


@pytest.fixture
def mock_env(mock_urls: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("SYNQ_CLIENT_ID", "SYNQ_CLIENT_SECRET"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SYNQ_TOKEN", TOKEN)
    monkeypatch.setenv("COALESCE_TOKEN", TOKEN)
    for name, url in mock_urls.items():
        monkeypatch.setenv(name, url)
