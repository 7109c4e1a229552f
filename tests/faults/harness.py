"""Drive the real clients against the fault-injecting mock, in-process or under uvicorn, and record what happened.

Every call sends `X-Mock-Fault: <mode>` and a fresh `X-Mock-Fault-Key`, so the mock's `flap`/`times` counters and
the attempt counter here are private to the call even on a server shared by the whole session.
"""

from __future__ import annotations

import asyncio
import itertools
import threading
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import httpx
from coalesce_client import AsyncCoalesceClient, CoalesceClient
from starlette.types import ASGIApp, Receive, Scope, Send
from synq_client import AsyncSynqClient, SynqClient
from synq_client.models import BatchGetExecutionsRequest
from synq_coalesce_core.clock import ManualClock

from scripts.load import canonical
from scripts.mock.app import create_app

TOKEN = "faults-token"
SYNQ_IDS = ["exec-001", "exec-007", "exec-016", "no-such-execution"]
RUN_ID = 3
IN_PROCESS_URL = "http://127.0.0.1:9"  # never dialled: the ASGI transport answers
_KEYS = itertools.count()


class CountingApp:
    """Counts the requests that reach the mock, per `X-Mock-Fault-Key` (the client's attempts, seen from the server)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.counts: Counter[str] = Counter()
        self._lock = threading.Lock()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            key = dict(scope["headers"]).get(b"x-mock-fault-key", b"").decode()
            with self._lock:
                self.counts[key] += 1
        await self.app(scope, receive, send)


def mock(vendor: str, *, fault: str | None = None) -> CountingApp:
    return CountingApp(create_app(vendor, token=TOKEN, fault=fault))


def store_record(app: CountingApp, key: Any) -> dict[str, Any] | None:
    record: dict[str, Any] | None = app.app.state.service.store.get(key)  # type: ignore[attr-defined]
    return record


def expected(vendor: str, app: CountingApp) -> Any:
    """What the store holds for the call `call()` makes: the executions found, or the run."""
    if vendor == "synq":
        return canonical({key: store_record(app, key) for key in SYNQ_IDS if store_record(app, key) is not None})
    return canonical(store_record(app, RUN_ID))


@dataclass
class Outcome:
    data: Any = None
    error: BaseException | None = None
    sleeps: list[float] = field(default_factory=list)
    attempts: int = 0


@dataclass
class Target:
    """Where the mock runs: in-process (`app`, async clients only) or at `url` under uvicorn."""

    app: CountingApp
    url: str | None = None

    def options(self, fault: str, key: str, clock: ManualClock, **extra: Any) -> dict[str, Any]:
        headers = {"X-Mock-Fault": fault, "X-Mock-Fault-Key": key}
        return {"base_url": self.url or IN_PROCESS_URL, "headers": headers, "clock": clock, **extra}


def fresh_key(label: str) -> str:
    return f"{label}-{next(_KEYS)}"


def call(vendor: str, target: Target, fault: str, *, sync: bool, **client_options: Any) -> Outcome:
    """One `batch_get_executions(SYNQ_IDS)` or `get_run(RUN_ID)` through a fresh client; what came of it."""
    clock = ManualClock()
    key = fresh_key(fault)
    options = target.options(fault, key, clock, **client_options)
    outcome = Outcome()
    try:
        if sync:
            outcome.data = _call_sync(vendor, options)
        else:
            outcome.data = asyncio.run(_call_async(vendor, target, options))
    except Exception as error:
        outcome.error = error
    outcome.sleeps = clock.sleeps
    outcome.attempts = target.app.counts[key]
    return outcome


def _call_sync(vendor: str, options: dict[str, Any]) -> Any:
    if vendor == "synq":
        with SynqClient(TOKEN, **options) as synq:
            response = synq.batch_get_executions(body=BatchGetExecutionsRequest(execution_ids=SYNQ_IDS))
            return canonical(response.to_dict()["executions"])
    with CoalesceClient(TOKEN, **options) as coalesce:
        return canonical(coalesce.get_run(RUN_ID).to_dict())


async def _call_async(vendor: str, target: Target, options: dict[str, Any]) -> Any:
    if target.url is not None:
        return await _call_async_with(vendor, options)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=target.app)) as http:
        return await _call_async_with(vendor, {**options, "http_client": http})


async def _call_async_with(vendor: str, options: dict[str, Any]) -> Any:
    if vendor == "synq":
        async with AsyncSynqClient(TOKEN, **options) as synq:
            response = await synq.batch_get_executions(body=BatchGetExecutionsRequest(execution_ids=SYNQ_IDS))
            return canonical(response.to_dict()["executions"])
    async with AsyncCoalesceClient(TOKEN, **options) as coalesce:
        return canonical((await coalesce.get_run(RUN_ID)).to_dict())


async def clean_body(vendor: str, target: Target) -> bytes:
    """The body the mock sends for the same call without a fault."""
    transport = httpx.ASGITransport(app=target.app) if target.url is None else None
    async with httpx.AsyncClient(transport=transport, base_url=target.url or IN_PROCESS_URL) as http:
        auth = {"Authorization": f"Bearer {TOKEN}"}
        if vendor == "synq":
            response = await http.post("/api/executions/v2/by-id", json={"executionIds": SYNQ_IDS}, headers=auth)
        else:
            response = await http.get(f"/api/v1/runs/{RUN_ID}", headers=auth)
        return response.content
