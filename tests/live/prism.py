"""Stoplight Prism as a third-party stand-in vendor: installed by `make node`, served on 127.0.0.1, one process per
spec, stopped by its owner. A process answers statically unless a request carries Prism's own preference
`Prefer: dynamic=true` (DYNAMIC): one process serves both modes, and a start is seconds of Node loading Prism."""

from __future__ import annotations

import collections
import contextlib
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from scripts.mock.serving import bind_loopback
from scripts.spec.document import effective_spec_path
from tests.paths import ROOT

BINARY = ROOT / "node_modules" / ".bin" / "prism"  # pinned in package.json and package-lock.json
STARTUP_TIMEOUT = 60.0  # per Prism
DYNAMIC = {"Prefer": "dynamic=true"}  # per request, what `prism mock --dynamic` sets for all


def installed() -> Path:
    if not BINARY.exists():
        pytest.fail(f"{BINARY.relative_to(ROOT)} is missing: run `make node` (npm ci installs the pinned Prism)")
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
def prisms(*vendors: str) -> Iterator[list[str]]:
    """Prism serving each vendor's effective spec at once: the URLs in that order. Most of a start is Node loading Prism
    (seconds of CPU); started together, the starts overlap instead of queueing, and share their time to start: each
    may take as long as all of them one after another."""
    with contextlib.ExitStack() as stack:
        allowed = STARTUP_TIMEOUT * len(vendors)
        started = [stack.enter_context(_started(vendor, allowed)) for vendor in vendors]
        yield [wait() for wait in started]


@contextlib.contextmanager
def _started(vendor: str, allowed: float) -> Iterator[Callable[[], str]]:
    """A Prism process, launched: the callable waits until it listens and gives its URL; stopped at the exit."""
    port = _free_port()
    command = [str(installed()), "mock", "-h", "127.0.0.1", "-p", str(port), str(effective_spec_path(vendor))]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    output = _Output(process)
    deadline = time.monotonic() + allowed

    def listening() -> str:
        while not output.listening.wait(0.1):  # Prism's own word that it serves: it accepts connections earlier
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"Prism did not start on 127.0.0.1:{port} ({process.poll()=}): {output.text()}")
        return f"http://127.0.0.1:{port}"

    try:
        yield listening
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        output.close()
