"""Stoplight Prism as a third-party stand-in vendor: installed from npm into a gitignored project cache, served on
127.0.0.1, one process per spec and mode, stopped by its owner."""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from scripts.mock.serving import bind_loopback
from scripts.mock.spec import effective_spec_path
from tests.locks import exclusive
from tests.paths import ROOT

PRISM = "@stoplight/prism-cli@5.14.2"  # 5.15+ needs node >= 24
CACHE = ROOT / ".cache" / "prism"
BINARY = CACHE / "node_modules" / ".bin" / "prism"
STARTUP_TIMEOUT = 60.0
_DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback: never through a proxy


def installed() -> Path:
    """The pinned Prism, installed on first use (npm's own cache makes a reinstall quick).

    pytest-xdist workers may ask at once: one installs into a staging folder under a lock and renames it into
    place, so no worker ever runs a half-installed copy."""
    if BINARY.exists():
        return BINARY
    if shutil.which("npm") is None:
        pytest.fail("npm is needed to install Prism (apt-get install nodejs npm)")
    CACHE.parent.mkdir(parents=True, exist_ok=True)
    with exclusive(CACHE.parent / "prism.lock"):
        if not BINARY.exists():
            shutil.rmtree(CACHE, ignore_errors=True)  # what an interrupted install left
            staging = Path(tempfile.mkdtemp(prefix="prism-", dir=CACHE.parent))
            try:
                subprocess.run(
                    ["npm", "install", "--prefix", str(staging), "--no-audit", "--no-fund", "--loglevel=error", PRISM],
                    check=True,
                    capture_output=True,
                    timeout=600,
                )
                staging.rename(CACHE)
            finally:
                shutil.rmtree(staging, ignore_errors=True)
    return BINARY


def _free_port() -> int:
    with bind_loopback() as sock:
        return int(sock.getsockname()[1])


def _wait_for(port: int, process: subprocess.Popen[bytes]) -> None:
    """Until Prism answers HTTP (any status): it accepts connections a moment before it serves them."""
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while time.monotonic() < deadline and process.poll() is None:
        try:
            _DIRECT.open(f"http://127.0.0.1:{port}/", timeout=2).close()
            return
        except urllib.error.HTTPError:
            return
        except OSError:
            time.sleep(0.1)
    output = process.stdout.read().decode() if process.poll() is not None and process.stdout else ""
    raise RuntimeError(f"Prism did not answer on 127.0.0.1:{port}: {output[-2000:]}")


@contextlib.contextmanager
def prism(vendor: str, *, dynamic: bool = False) -> Iterator[str]:
    port = _free_port()
    command = [str(installed()), "mock", "-h", "127.0.0.1", "-p", str(port), str(effective_spec_path(vendor))]
    process = subprocess.Popen(
        [*command, *(["--dynamic"] if dynamic else [])], stdout=subprocess.PIPE, stderr=subprocess.STDOUT
    )
    try:
        _wait_for(port, process)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
