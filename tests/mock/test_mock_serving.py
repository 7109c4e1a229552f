"""Serving on 127.0.0.1: the background server tests use, and `python -m scripts.mock` (`make mock`)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys

import httpx
import pytest

from scripts.mock.app import create_app
from scripts.mock.serving import serve_in_background
from tests.paths import ROOT

from .client import SYNQ_PATH, TOKEN


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def refuses_connections(url: str) -> bool:
    try:
        httpx.get(url, timeout=1)
    except httpx.ConnectError:
        return True
    return False


def test_serve_in_background_serves_on_loopback_and_stops() -> None:
    with serve_in_background(create_app("coalesce", token=TOKEN)) as url:
        assert url.startswith("http://127.0.0.1:")
        response = httpx.get(f"{url}/api/v1/runs/1", headers={"Authorization": f"Bearer {TOKEN}"})
        assert (response.status_code, response.json()["id"]) == (200, 1)
    assert refuses_connections(url)


def test_python_m_scripts_mock_serves_both_vendors_until_interrupted() -> None:
    synq_port, coalesce_port = free_port(), free_port()
    env = {**os.environ, "MOCK_SYNQ_PORT": str(synq_port), "MOCK_COALESCE_PORT": str(coalesce_port)}
    env["MOCK_TOKEN"] = "served-token"
    with subprocess.Popen(
        [sys.executable, "-m", "scripts.mock"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as process:  # closes its pipes
        try:
            assert process.stdout is not None
            announced = [process.stdout.readline() for _ in range(2)]
            assert f"http://127.0.0.1:{synq_port}" in announced[0], announced
            assert f"http://127.0.0.1:{coalesce_port}" in announced[1], announced
            auth = {"Authorization": "Bearer served-token"}
            synq = httpx.post(
                f"http://127.0.0.1:{synq_port}{SYNQ_PATH}", json={"executionIds": ["exec-001"]}, headers=auth
            )
            assert list(synq.json()["executions"]) == ["exec-001"]
            run = httpx.get(f"http://127.0.0.1:{coalesce_port}/api/v1/runs/2", headers=auth)
            assert run.json()["id"] == 2
            process.send_signal(signal.SIGINT)
            assert process.wait(timeout=10) == 0
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
    assert refuses_connections(f"http://127.0.0.1:{synq_port}")


@pytest.mark.parametrize("value", ["http", "0", "70000"])
def test_a_bad_port_setting_is_refused(value: str) -> None:
    env = {**os.environ, "MOCK_SYNQ_PORT": value}
    done = subprocess.run(
        [sys.executable, "-m", "scripts.mock"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert done.returncode != 0
    assert "MOCK_SYNQ_PORT must be a port number" in done.stderr


def test_a_port_in_use_is_reported_plainly() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        env = {**os.environ, "MOCK_SYNQ_PORT": str(port), "MOCK_COALESCE_PORT": str(free_port())}
        done = subprocess.run(
            [sys.executable, "-m", "scripts.mock"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=30
        )
    assert done.returncode != 0
    assert f"cannot listen on 127.0.0.1:{port}" in done.stderr
    assert "Traceback" not in done.stderr
