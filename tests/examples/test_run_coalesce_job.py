"""The CI examples in scripts/examples (README "Command line"), run as a CI job runs them: as processes, against the
Coalesce mock under uvicorn on 127.0.0.1, one with the `synq-coalesce` command only (and jq), one with the Python
client only. The mock's clock runs fast, so a started run ends in a fraction of a second; which job fails is the
mock's documented rule (FAILING_JOB_PREFIX), and the failed nodes are those the mock's results say failed."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from scripts.mock.app import create_app
from scripts.mock.lifecycle import FAILING_JOB_PREFIX
from scripts.mock.serving import serve_in_background
from scripts.paths import ROOT, pythonpath

pytestmark = pytest.mark.slow  # processes: each example starts Python (the CLI one three times)

TOKEN = "ci-example-token-0123456789"
SPEED = 30.0  # mock seconds per real second: a run's 3 s of waiting and running take 0.1 s
EXAMPLES = ROOT / "scripts" / "examples"
SCRIPTS = {
    "cli": ["sh", str(EXAMPLES / "run_coalesce_job.sh")],
    "client": [sys.executable, str(EXAMPLES / "run_coalesce_job.py")],
}


@pytest.fixture(scope="module")
def mock_url() -> Iterator[str]:
    started = time.time()
    with serve_in_background(
        create_app("coalesce", token=TOKEN, clock=lambda: started + (time.time() - started) * SPEED)
    ) as url:
        yield url


@pytest.fixture(scope="module")
def command_on_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A `synq-coalesce` as the console script would be, for this checkout's sources."""
    folder = tmp_path_factory.mktemp("bin")
    shim = folder / "synq-coalesce"
    shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m synq_coalesce_cli "$@"\n')
    shim.chmod(0o755)
    return folder


def run_example(kind: str, job: str, url: str, bin_folder: Path) -> subprocess.CompletedProcess[str]:
    environment = {
        "PATH": f"{bin_folder}{os.pathsep}{os.environ['PATH']}",
        "PYTHONPATH": pythonpath(),
        "COALESCE_TOKEN": TOKEN,
        "COALESCE_BASE_URL": url,
        "COALESCE_ENVIRONMENT": "3",
        "COALESCE_JOB": job,
        "POLL_INTERVAL": "0.05",
        "MAX_WAIT": "60",
    }
    return subprocess.run(SCRIPTS[kind], env=environment, capture_output=True, text=True, timeout=120, check=False)


def failed_nodes(url: str, run_id: str) -> list[str]:
    """The nodes of the run that the mock's results report a failed query for."""
    answer = httpx.get(f"{url}/api/v1/runs/{run_id}/results", headers={"Authorization": f"Bearer {TOKEN}"}).json()
    return [
        node["name"]
        for node in answer["data"]
        if any(
            query.get("success") is False
            for query in [*node.get("queryResults", []), node.get("renderQueryResult", {})]
        )
    ]


@pytest.mark.parametrize("kind", list(SCRIPTS))
def test_a_job_that_completes_exits_0(kind: str, mock_url: str, command_on_path: Path) -> None:
    done = run_example(kind, "7", mock_url, command_on_path)
    assert done.returncode == 0, done.stderr
    (line,) = done.stdout.splitlines()
    assert line.startswith("run ") and line.endswith(" completed")


@pytest.mark.parametrize("kind", list(SCRIPTS))
def test_a_job_that_fails_prints_its_failed_nodes_and_exits_1(kind: str, mock_url: str, command_on_path: Path) -> None:
    done = run_example(kind, f"{FAILING_JOB_PREFIX}-7", mock_url, command_on_path)
    assert done.returncode == 1, done.stderr
    heading, *nodes = done.stdout.splitlines()
    run_id = heading.split()[1]
    expected = failed_nodes(mock_url, run_id)
    assert expected, "the mock's failing run has a failed node"
    assert heading == f"run {run_id} ended failed; failed nodes:"
    assert [node.strip() for node in nodes] == expected


def test_an_api_error_stops_the_cli_example_with_3(mock_url: str, command_on_path: Path) -> None:
    """The example passes the command's exit status on: 3 for an API error (here a server with no such route)."""
    done = run_example("cli", "7", mock_url + "/no-such-prefix", command_on_path)
    assert done.returncode == 3, done.stdout + done.stderr
    assert done.stdout == ""
    assert "NotFoundError" in done.stderr and TOKEN not in done.stderr
