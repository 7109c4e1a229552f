"""Async clients under load and across event loops. Many concurrent calls on a small connection pool all finish,
and the wait for a connection counts against the timeout; a client reused in a second event loop raises a typed
error. httpcore's pool re-checks every queued request against every connection whenever one frees up,
so requests queued inside it cost the event loop (queue length x pool size) per answer: 2,000 calls on the default
pool did not finish in 157 s. The client queues them in a semaphore at the pool size instead."""

from __future__ import annotations

import asyncio
import gc
import time
from typing import Any

import httpcore
import httpx
import pytest
from synq_client import APIError, APITimeoutError, AsyncSynqClient, ClientClosedError
from synq_coalesce_core.clock import ManualClock

from . import hostile

CALLS = 200
POOL = 4


def answer_after(seconds: float) -> hostile.Behaviour:
    async def behaviour(request: hostile.Request, writer: asyncio.StreamWriter) -> None:
        await asyncio.sleep(seconds)
        await hostile.respond(200, b'{"executions": {}}')(request, writer)

    return behaviour


async def many(url: str, calls: int, pool: int, **options: Any) -> list[Any]:
    limits = httpx.Limits(max_connections=pool)
    async with AsyncSynqClient(
        "t", base_url=url, clock=ManualClock(), httpx_args={"limits": limits}, **options
    ) as synq:
        batches = (synq.get_executions([f"e{n}"]) for n in range(calls))
        return await asyncio.gather(*batches, return_exceptions=True)


def test_many_concurrent_calls_queue_outside_the_pool(monkeypatch: pytest.MonkeyPatch) -> None:
    """The figure: how often the pool checks a queued request against a connection. Queued inside the pool, 200 calls
    on 4 connections cost about 200 x 200 / 2 x 4 checks; queued outside it, a few per call."""
    checks = 0
    check = httpcore.AsyncHTTPConnection.can_handle_request

    def counted(self: httpcore.AsyncHTTPConnection, origin: httpcore.Origin) -> bool:
        nonlocal checks
        checks += 1
        return check(self, origin)

    monkeypatch.setattr(httpcore.AsyncHTTPConnection, "can_handle_request", counted)
    with hostile.serve(answer_after(0)) as server:
        results = asyncio.run(many(server.url, CALLS, POOL))
    assert [result.missing for result in results] == [[f"e{n}"] for n in range(CALLS)]
    assert checks < 10 * CALLS * POOL


def test_the_wait_for_a_connection_counts_against_the_timeout() -> None:
    """40 calls, 2 connections, 0.2 s per answer: 4 s of work. With timeout=0.5 the calls still waiting for a
    connection time out at 0.5 s, all of them at once."""
    with hostile.serve(answer_after(0.2)) as server:
        started = time.monotonic()
        results = asyncio.run(many(server.url, 40, 2, timeout=0.5, max_retries=0))
        elapsed = time.monotonic() - started
    timed_out = [result for result in results if isinstance(result, APITimeoutError)]
    assert len(timed_out) >= 30 and len(timed_out) + sum(not isinstance(r, Exception) for r in results) == 40
    assert elapsed < 0.5 + 2.0  # 4 s if the wait did not count


async def keep_alive(request: hostile.Request, writer: asyncio.StreamWriter) -> None:
    body = b'{"executions": {}}'
    writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n" % len(body) + body)
    await writer.drain()


def test_an_async_client_reused_in_a_second_event_loop_raises_a_typed_error() -> None:
    """Its pooled connection belongs to the first asyncio.run(), closed now: httpx would fail with a bare
    RuntimeError ("Event loop is closed")."""
    with hostile.serve(keep_alive, keep_alive=True) as server:
        synq = AsyncSynqClient("t", base_url=server.url, clock=ManualClock())
        assert asyncio.run(synq.get_executions(["e1"])).missing == ["e1"]
        with pytest.raises(ClientClosedError, match="event loop of its first call, which has closed") as caught:
            asyncio.run(synq.get_executions(["e1"]))
        assert isinstance(caught.value, APIError) and len(server.requests) == 1
        with pytest.warns(ResourceWarning):  # never closed: its loop is gone, so only the warning is left
            del synq, caught  # the traceback holds the client too
            gc.collect()
