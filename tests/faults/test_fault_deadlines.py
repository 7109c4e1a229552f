"""`timeout=` is a total deadline per attempt: a server that drips its headers or body a byte at a time cannot keep a
call alive past it, sync or async, over a socket or in-process, for API and OAuth2 token requests alike; retries
multiply it by the attempts; `wait_for_run(timeout=)` cuts its poll short.

The dripping servers would take a minute or more to finish; the bounds below allow a second or two of slack.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from coalesce_client import AsyncCoalesceClient, CoalesceClient
from synq_client import APITimeoutError, ManualClock

from . import hostile
from .test_fault_hostile_bodies import call

pytestmark = pytest.mark.slow

TIMEOUT = 0.5
SLACK = 2.0


async def drip_body(request: hostile.Request, writer: Any) -> None:
    writer.write(hostile.head(200, {"Content-Type": "application/json", "Content-Length": "60"}))
    await hostile.drip(writer, b" " * 60, per_second=1)


async def drip_headers(request: hostile.Request, writer: Any) -> None:
    await hostile.drip(
        writer, hostile.head(200, {"Content-Type": "application/json", "X-Pad": "p" * 200}), per_second=2
    )


def timed(action: Any) -> tuple[Any, float]:
    started = time.monotonic()
    result = action()
    return result, time.monotonic() - started


@pytest.mark.parametrize("behaviour", [drip_body, drip_headers], ids=["body-1-byte-per-s", "headers-2-bytes-per-s"])
@pytest.mark.parametrize(("vendor", "sync"), [("synq", True), ("synq", False), ("coalesce", True), ("coalesce", False)])
def test_a_dripping_server_cannot_outlast_the_timeout(vendor: str, sync: bool, behaviour: Any) -> None:
    with hostile.serve(behaviour) as server:
        error, elapsed = timed(lambda: call(vendor, sync, server.url, timeout=TIMEOUT, max_retries=0))
    assert isinstance(error, APITimeoutError), repr(error)
    assert elapsed < TIMEOUT + SLACK


@pytest.mark.parametrize("sync", [True, False])
def test_each_retry_gets_its_own_deadline(sync: bool) -> None:
    with hostile.serve(drip_headers) as server:
        error, elapsed = timed(lambda: call("coalesce", sync, server.url, timeout=TIMEOUT, max_retries=2))
        attempts = len(server.requests)
    assert isinstance(error, APITimeoutError) and error.attempts == attempts == 3
    assert 3 * TIMEOUT <= elapsed < 3 * TIMEOUT + SLACK  # the backoff sleeps on the ManualClock


@pytest.mark.parametrize("sync", [True, False])
def test_the_token_request_shares_the_deadline(sync: bool) -> None:
    with hostile.serve(drip_headers) as server:
        error, elapsed = timed(
            lambda: call(
                "synq", sync, server.url, client_id="id", client_secret="secret", timeout=TIMEOUT, max_retries=0
            )
        )
        assert [request.path for request in server.requests] == ["/oauth2/token"]
    assert isinstance(error, APITimeoutError), repr(error)
    assert elapsed < TIMEOUT + SLACK


class SlowStream(httpx.SyncByteStream):
    """A body that never ends: a space every 0.2 s."""

    def __iter__(self) -> Iterator[bytes]:
        while True:
            time.sleep(0.2)
            yield b" "


def endless_asgi_body() -> Any:
    async def app(scope: Any, receive: Any, send: Any) -> None:
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"application/json")]})
        while True:
            await send({"type": "http.response.body", "body": b" ", "more_body": True})
            await asyncio.sleep(0.2)

    return app


@pytest.mark.parametrize("sync", [True, False])
def test_an_endless_in_process_body_stops_at_the_deadline(sync: bool) -> None:
    if sync:
        transport = httpx.MockTransport(lambda request: httpx.Response(200, stream=SlowStream()))
        http: Any = httpx.Client(transport=transport)
    else:
        http = httpx.AsyncClient(transport=httpx.ASGITransport(app=endless_asgi_body()))
    error, elapsed = timed(
        lambda: call("coalesce", sync, "http://127.0.0.1:9", http_client=http, timeout=TIMEOUT, max_retries=0)
    )
    assert isinstance(error, APITimeoutError), repr(error)
    assert elapsed < TIMEOUT + SLACK


def test_wait_for_run_cuts_its_poll_short_sync() -> None:
    with (
        hostile.serve(drip_body) as server,
        CoalesceClient("t", base_url=server.url, max_retries=0, clock=ManualClock()) as coalesce,
    ):
        assert coalesce.timeout.read == 60.0
        error, elapsed = timed(lambda: _raised(lambda: coalesce.wait_for_run(1, timeout=TIMEOUT)))
    assert isinstance(error, APITimeoutError), repr(error)
    assert elapsed < TIMEOUT + SLACK


def test_wait_for_run_cuts_its_poll_short_async() -> None:
    async def wait(url: str) -> None:
        async with AsyncCoalesceClient("t", base_url=url, max_retries=0, clock=ManualClock()) as coalesce:
            await coalesce.wait_for_run(1, timeout=TIMEOUT)

    with hostile.serve(drip_body) as server:
        error, elapsed = timed(lambda: _raised(lambda: asyncio.run(wait(server.url))))
    assert isinstance(error, APITimeoutError), repr(error)
    assert elapsed < TIMEOUT + SLACK


def _raised(action: Any) -> BaseException | None:
    try:
        action()
    except BaseException as error:
        return error
    return None
