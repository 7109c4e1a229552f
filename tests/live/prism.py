"""Stoplight Prism as a third-party stand-in vendor: installed from npm into a gitignored project cache, served on
127.0.0.1, one process per spec and mode, stopped by its owner."""

from __future__ import annotations

import collections
import contextlib
import shutil
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from scripts.mock.serving import bind_loopback
from scripts.spec.document import effective_spec_path
from tests.locks import exclusive
from tests.paths import ROOT

PRISM = "@stoplight/prism-cli@5.14.2"  # 5.15+ needs node >= 24
CACHE = ROOT / ".cache" / "prism"
BINARY = CACHE / "node_modules" / ".bin" / "prism"
STARTUP_TIMEOUT = 60.0


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


class _Output:
    """Prism's log, read as it comes (a full pipe would stall Prism), and whether it has said it is listening."""

    def __init__(self, process: subprocess.Popen[bytes]) -> None:
        self.lines: collections.deque[str] = collections.deque(maxlen=200)
        self.listening = threading.Event()
        self._reader = threading.Thread(target=self._read, args=(process,), daemon=True)
        self._reader.start()

    def _read(self, process: subprocess.Popen[bytes]) -> None:
        assert process.stdout is not None
        with process.stdout:  # closed at Prism's exit, by the thread that reads it
            for raw in process.stdout:
                line = raw.decode(errors="replace")
                self.lines.append(line)
                if "is listening on" in line:
                    self.listening.set()

    def close(self) -> None:
        """Wait (briefly) for the reader to see the end of the log and close the pipe."""
        self._reader.join(timeout=5)

    def text(self) -> str:
        return "".join(self.lines)[-2000:]


@contextlib.contextmanager
def prism(vendor: str, *, dynamic: bool = False) -> Iterator[str]:
    port = _free_port()
    command = [str(installed()), "mock", "-h", "127.0.0.1", "-p", str(port), str(effective_spec_path(vendor))]
    process = subprocess.Popen(
        [*command, *(["--dynamic"] if dynamic else [])], stdout=subprocess.PIPE, stderr=subprocess.STDOUT
    )
    output = _Output(process)
    try:
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while not output.listening.wait(0.1):  # Prism's own word that it serves: it accepts connections earlier
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"Prism did not start on 127.0.0.1:{port}: {output.text()}")
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        output.close()
