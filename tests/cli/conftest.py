"""The mocks under uvicorn on 127.0.0.1, the environment a CI job sets for them, and the command run in-process."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from click.testing import CliRunner, Result
from synq_coalesce_cli.app import cli

from scripts.mock.app import create_app
from scripts.mock.serving import serve_in_background

TOKEN = "cli-token-0123456789"
SPEED = 30.0
"""Mock seconds per real second: a run started through the mock (3 s waiting and running) ends in 0.1 s."""


@pytest.fixture(scope="module")
def mock_urls() -> Iterator[dict[str, str]]:
    started = time.time()
    clock = lambda: started + (time.time() - started) * SPEED  # noqa: E731
    with (
        serve_in_background(create_app("synq", token=TOKEN)) as synq,
        serve_in_background(create_app("coalesce", token=TOKEN, clock=clock)) as coalesce,
    ):
        yield {"SYNQ_BASE_URL": synq, "COALESCE_BASE_URL": coalesce}


@pytest.fixture
def mock_env(mock_urls: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """The variables a CI job sets: each client's token and the mock as its server."""
    for name in ("SYNQ_CLIENT_ID", "SYNQ_CLIENT_SECRET", "SYNQ_COALESCE_LOG"):
        monkeypatch.delenv(name, raising=False)
    environment = {**mock_urls, "SYNQ_TOKEN": TOKEN, "COALESCE_TOKEN": TOKEN}
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    return environment


def invoke(*args: str) -> Result:
    """`synq-coalesce ARGS` in this process (stdout and stderr apart); an exception the command does not turn into
    an exit code fails the test."""
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)
