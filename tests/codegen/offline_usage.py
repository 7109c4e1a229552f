"""A pip user's offline tests, which tests/codegen/test_wheel.py runs with pytest in a fresh venv holding the wheel:
the mock started by the pytest fixture, by `serve_mock` and from the shell, each called with a client.

The mock is imported and both apps built before any client is imported, so a client or runtime module in
`sys.modules` then could only have come from the mock.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys

import pytest
import synq_coalesce_mock
from synq_coalesce_mock import DEFAULT_TOKEN, create_app, serve_mock
from synq_coalesce_mock._mock.seeds import seed_records
from synq_coalesce_mock._spec.model import Spec
from synq_coalesce_mock._vendors import VENDORS

APPS = [create_app(vendor) for vendor in VENDORS]
FORBIDDEN = ("synq_client", "coalesce_client", "synq_coalesce_core", "scripts")
LOADED_BY_THE_MOCK = sorted(name for name in sys.modules if name.split(".")[0] in FORBIDDEN)

from coalesce_client import CoalesceClient  # noqa: E402
from synq_client import SynqClient  # noqa: E402
from synq_coalesce_core.exceptions import AuthenticationError  # noqa: E402

EXECUTION = next(iter(seed_records(Spec.load("synq"))))
RUN = next(iter(seed_records(Spec.load("coalesce"))))


def test_the_mock_comes_from_the_wheel_and_imports_no_client() -> None:
    assert synq_coalesce_mock.__file__ is not None and synq_coalesce_mock.__file__.startswith(sys.prefix)
    assert LOADED_BY_THE_MOCK == []


def check_synq(base_url: str, token: str) -> None:
    with SynqClient(base_url=base_url, token=token) as synq:
        found = synq.get_executions([EXECUTION, "no-such-id"])
    assert list(found.executions) == [EXECUTION] and list(found.missing) == ["no-such-id"]


def check_coalesce(base_url: str, token: str) -> None:
    with CoalesceClient(base_url=base_url, token=token) as coalesce:
        assert coalesce.get_run(RUN).id == RUN


def test_the_pytest_fixtures_serve_both_mocks(synq_mock: str, coalesce_mock: str) -> None:
    check_synq(synq_mock, DEFAULT_TOKEN)
    check_coalesce(coalesce_mock, DEFAULT_TOKEN)


def test_serve_mock_accepts_only_its_token() -> None:
    with serve_mock("coalesce", token="offline-token") as base_url:
        check_coalesce(base_url, "offline-token")
        with pytest.raises(AuthenticationError):
            check_coalesce(base_url, DEFAULT_TOKEN)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def test_the_shell_command_serves_both_mocks() -> None:
    ports = {f"MOCK_{vendor.upper()}_PORT": str(free_port()) for vendor in VENDORS}
    env = {**os.environ, **ports, "MOCK_TOKEN": "shell-token"}
    command = [sys.executable, "-m", "synq_coalesce_mock"]
    with subprocess.Popen(command, env=env, stdout=subprocess.PIPE, text=True) as process:
        try:
            assert process.stdout is not None
            announced = [process.stdout.readline() for _ in VENDORS]
            urls = [re.search(r"mock: (http://127\.0\.0\.1:\d+)$", line.strip()) for line in announced]
            assert all(urls), announced
            by_vendor = dict(zip(VENDORS, (url[1] for url in urls if url), strict=True))
            check_synq(by_vendor["synq"], "shell-token")
            check_coalesce(by_vendor["coalesce"], "shell-token")
        finally:
            process.terminate()
