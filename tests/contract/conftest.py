"""Session fixtures: each mock served by a real uvicorn on a free 127.0.0.1 port; the case-count summary."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from scripts.mock.app import create_app
from scripts.mock.serving import serve_in_background

from .counting import summary_lines
from .schemas import TOKEN


@pytest.fixture(scope="session")
def synq_mock_url() -> Iterator[str]:
    with serve_in_background(create_app("synq", token=TOKEN)) as url:
        yield url


@pytest.fixture(scope="session")
def coalesce_mock_url() -> Iterator[str]:
    with serve_in_background(create_app("coalesce", token=TOKEN)) as url:
        yield url


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    lines = summary_lines()
    if lines:
        terminalreporter.section("schemathesis cases per operation")
        for line in lines:
            terminalreporter.write_line(line)
