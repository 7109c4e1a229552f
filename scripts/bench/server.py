"""The benchmark's servers, in their own process (so they use the other core, not the client's GIL), on 127.0.0.1.

- fixed: a tiny Starlette app answering `POST /api/executions/v2/by-id` and `GET /api/v1/runs/{runID}` with fixed
  bytes (`bodies.py`, validated against the effective specs), so every P1 contestant parses identical bytes.
- mock: the spec-driven mock (`scripts.mock`, request validation and all) with a store of `--executions` SYNQ
  executions and `--latency-ms` added to every request, for P3.

`BenchServers` starts `python -m scripts.bench.server` and stops it again; the child also exits when its stdin
closes, so it cannot outlive the benchmark.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

from scripts.bench.bodies import execution_id
from scripts.mock.serving import serve_forever
from scripts.paths import ROOT

TOKEN = "bench-token"
START_TIMEOUT = 60.0


def fixed_app(synq_body: bytes, coalesce_body: bytes) -> Starlette:
    """Fixed bytes for both operations, whatever the request asks for."""

    async def executions(request: Request) -> Response:
        await request.body()
        return Response(synq_body, media_type="application/json")

    async def run(request: Request) -> Response:
        return Response(coalesce_body, media_type="application/json")

    return Starlette(
        routes=[
            Route("/api/executions/v2/by-id", executions, methods=["POST"]),
            Route("/api/v1/runs/{runID}", run, methods=["GET"]),
        ]
    )


class Latency:
    """ASGI middleware: every HTTP request waits `seconds` (without blocking the loop) before it is handled."""

    def __init__(self, app: ASGIApp, seconds: float) -> None:
        self.app = app
        self.seconds = seconds

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            await asyncio.sleep(self.seconds)
        await self.app(scope, receive, send)


@dataclass(frozen=True)
class CyclingStore:
    """`count` executions with IDs `execution_id(0..count-1)`, each a copy of one of the validated base records."""

    base: list[dict[str, Any]]
    index: dict[str, int]

    @classmethod
    def build(cls, synq_body: bytes, count: int) -> CyclingStore:
        base = list(json.loads(synq_body)["executions"].values())
        return cls(base=base, index={execution_id(number): number % len(base) for number in range(count)})

    def get(self, key: str) -> dict[str, Any] | None:
        position = self.index.get(key)
        return None if position is None else {**self.base[position], "id": key}


def mock_app(synq_body: bytes, executions: int, latency: float) -> Starlette:
    from scripts.mock.app import create_app

    store = CyclingStore.build(synq_body, executions)
    return create_app("synq", token=TOKEN, store=store, middleware=[Middleware(Latency, seconds=latency)])


def _exit_when_stdin_closes() -> None:
    sys.stdin.buffer.read()
    os.kill(os.getpid(), signal.SIGTERM)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.bench.server", description=__doc__.split("\n\n")[0])
    parser.add_argument("--synq-body", type=Path, required=True)
    parser.add_argument("--coalesce-body", type=Path, required=True)
    parser.add_argument("--executions", type=int, required=True, help="executions in the mock's store")
    parser.add_argument("--latency-ms", type=float, required=True, help="added to every mock request")
    args = parser.parse_args(argv)
    synq_body, coalesce_body = args.synq_body.read_bytes(), args.coalesce_body.read_bytes()

    apps = [fixed_app(synq_body, coalesce_body), mock_app(synq_body, args.executions, args.latency_ms / 1000)]

    def announce(urls: list[str]) -> None:
        print(json.dumps({"fixed": urls[0], "mock": urls[1]}), flush=True)

    threading.Thread(target=_exit_when_stdin_closes, daemon=True).start()
    asyncio.run(serve_forever([(app, 0) for app in apps], announce))
    return 0


class BenchServers:
    """Run the servers in a child process for the duration of a `with` block; `.fixed` and `.mock` are base URLs."""

    def __init__(self, synq_body: bytes, coalesce_body: bytes, *, executions: int, latency_ms: float) -> None:
        self._bodies = (synq_body, coalesce_body)
        self._executions = executions
        self._latency_ms = latency_ms
        self._tmp = tempfile.TemporaryDirectory(prefix="bench-")
        self._process: subprocess.Popen[bytes] | None = None
        self.fixed = ""
        self.mock = ""

    def __enter__(self) -> BenchServers:
        synq, coalesce = Path(self._tmp.name, "synq.json"), Path(self._tmp.name, "coalesce.json")
        synq.write_bytes(self._bodies[0])
        coalesce.write_bytes(self._bodies[1])
        command = [sys.executable, "-m", "scripts.bench.server", "--synq-body", str(synq)]
        command += ["--coalesce-body", str(coalesce), "--executions", str(self._executions)]
        command += ["--latency-ms", str(self._latency_ms)]
        self._process = subprocess.Popen(command, cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        line = self._ready_line(self._process)
        urls = json.loads(line)
        self.fixed, self.mock = urls["fixed"], urls["mock"]
        return self

    @staticmethod
    def _ready_line(process: subprocess.Popen[bytes]) -> bytes:
        assert process.stdout is not None
        found: list[bytes] = []
        reader = threading.Thread(target=lambda: found.append(process.stdout.readline()) if process.stdout else None)
        reader.start()
        reader.join(START_TIMEOUT)
        if not found or not found[0].strip():
            process.kill()
            raise RuntimeError("the benchmark servers did not start (see the errors above)")
        return found[0]

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        process = self._process
        if process is not None:
            if process.stdin is not None:
                process.stdin.close()
            process.terminate()
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(10)
            if process.stdout is not None:
                process.stdout.close()
        self._tmp.cleanup()


if __name__ == "__main__":
    raise SystemExit(main())
