"""`timeout=` is a total deadline per attempt: a server that drips its headers or body a byte at a time cannot keep a
call alive past it, sync or async, over a socket or in-process, for API and OAuth2 token requests alike; retries
multiply it by the attempts; `wait_for_run(max_wait=)` cuts its poll short.

The dripping servers would take a minute or more to finish; the bounds below allow a second or two of slack. The
deadlines are short (0.1 s) so the module costs seconds, not tens of seconds: every ratio that decides which timeout
fires is kept at 10x or more (a drip's byte gap against the read timeout, a first poll's loopback answer against
the wait), so they hold on a loaded machine.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from coalesce_client import AsyncCoalesceClient, CoalesceClient, RunWaitTimeout
from synq_client import APITimeoutError
from synq_coalesce_core.clock import ManualClock

from . import hostile
from .harness import RUN_ID, mock, store_record
from .test_fault_hostile_bodies import call

pytestmark = pytest.mark.slow

TIMEOUT = 0.1
WAIT = 0.5  # a wait_for_run max_wait: a loopback answer takes milliseconds, a tenth of it at worst
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
    """A body that never ends: a space every 0.02 s (no socket here: only the deadline check between chunks ends it)."""

    def __iter__(self) -> Iterator[bytes]:
        while True:
            time.sleep(0.02)
            yield b" "


def endless_asgi_body() -> Any:
    async def app(scope: Any, receive: Any, send: Any) -> None:
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"application/json")]})
        while True:
            await send({"type": "http.response.body", "body": b" ", "more_body": True})
            await asyncio.sleep(0.02)

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
        error, elapsed = timed(lambda: _raised(lambda: coalesce.wait_for_run(1, max_wait=TIMEOUT)))
    assert isinstance(error, APITimeoutError), repr(error)
    assert elapsed < TIMEOUT + SLACK


def test_wait_for_run_cuts_its_poll_short_async() -> None:
    async def wait(url: str) -> None:
        async with AsyncCoalesceClient("t", base_url=url, max_retries=0, clock=ManualClock()) as coalesce:
            await coalesce.wait_for_run(1, max_wait=TIMEOUT)

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


async def drip_headers_fast(request: hostile.Request, writer: Any) -> None:
    """Headers at 100 bytes/s: every byte arrives well within the read timeout (10x), the whole head takes 25 s."""
    await hostile.drip(
        writer, hostile.head(200, {"Content-Type": "application/json", "X-Pad": "p" * 2500}), per_second=100
    )


@pytest.mark.parametrize("token_request", [False, True], ids=["api-request", "token-request"])
@pytest.mark.parametrize("sync", [True, False])
def test_a_drip_faster_than_the_read_timeout_is_cut_by_the_total_deadline(sync: bool, token_request: bool) -> None:
    """httpx's read timeout never fires here (a byte every 0.01 s against 0.1 s): only the total deadline can."""
    credentials: dict[str, Any] = {"client_id": "id", "client_secret": "secret"} if token_request else {}
    with hostile.serve(drip_headers_fast) as server:
        error, elapsed = timed(lambda: call("synq", sync, server.url, timeout=TIMEOUT, max_retries=0, **credentials))
        paths = [request.path for request in server.requests]
    assert paths == ["/oauth2/token" if token_request else "/api/executions/v2/by-id"]
    assert isinstance(error, APITimeoutError), repr(error)
    assert elapsed < TIMEOUT + SLACK  # the drip alone takes 25 s


async def warm_then_drip(request: hostile.Request, writer: Any) -> None:
    """`/warm` is answered at once, on a connection kept alive; every other request drips its headers (25 s)."""
    if request.path == "/warm":
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Type: application/json\r\n\r\n{}")
        await writer.drain()
    else:
        await drip_headers_fast(request, writer)


def test_the_total_deadline_holds_on_a_connection_opened_before_the_client_took_over() -> None:
    """A passed-in httpx.Client with a warm pooled connection: the attempt reuses it, and the deadline still holds."""
    with hostile.serve(warm_then_drip, keep_alive=True) as server, httpx.Client() as http:
        http.post(server.url + "/warm")
        error, elapsed = timed(lambda: call("synq", True, server.url, http_client=http, timeout=TIMEOUT, max_retries=0))
        connections = server.connections
    assert connections == 1  # the API request went over the warm connection
    assert isinstance(error, APITimeoutError), repr(error)
    assert elapsed < TIMEOUT + SLACK  # 25 s before: nothing bounded the reads of a connection opened elsewhere


async def never_answer(request: hostile.Request, writer: Any) -> None:
    await asyncio.sleep(3600)


@pytest.mark.parametrize("sync", [True, False])
def test_wait_for_run_makes_no_retry_past_its_timeout(sync: bool) -> None:
    """A server that accepts and never answers: the first poll has the whole wait, and no retry follows it (the
    real clock, so the backoff sleeps would count: 3 attempts before)."""

    async def wait_async(url: str) -> None:
        async with AsyncCoalesceClient("t", base_url=url, max_retries=2) as coalesce:
            await coalesce.wait_for_run(1, max_wait=WAIT)

    def wait_sync(url: str) -> None:
        with CoalesceClient("t", base_url=url, max_retries=2) as coalesce:
            coalesce.wait_for_run(1, max_wait=WAIT)

    with hostile.serve(never_answer) as server:
        wait = (lambda: wait_sync(server.url)) if sync else (lambda: asyncio.run(wait_async(server.url)))
        error, elapsed = timed(lambda: _raised(wait))
        attempts = len(server.requests)
    assert isinstance(error, APITimeoutError), repr(error)
    assert attempts == 1
    assert elapsed < WAIT + SLACK


@pytest.mark.parametrize("sync", [True, False])
def test_a_later_poll_cut_short_by_the_wait_gives_up_with_the_last_run(sync: bool) -> None:
    """The first poll sees the run going, the second hangs: the wait, not the server, ended it, so it is a
    RunWaitTimeout with the state last seen (from the cut poll's APITimeoutError), at the wait's timeout."""
    record = {**(store_record(mock("coalesce"), RUN_ID) or {}), "runStatus": "running"}

    async def running_then_hang(request: hostile.Request, writer: Any) -> None:
        if len(server.requests) > 1:
            await asyncio.sleep(3600)
        await hostile.respond(200, json.dumps(record).encode())(request, writer)

    async def wait_async(url: str) -> None:
        async with AsyncCoalesceClient("t", base_url=url) as coalesce:
            await coalesce.wait_for_run(1, max_wait=WAIT, poll_interval=WAIT / 5)

    def wait_sync(url: str) -> None:
        with CoalesceClient("t", base_url=url) as coalesce:
            coalesce.wait_for_run(1, max_wait=WAIT, poll_interval=WAIT / 5)

    with hostile.serve(running_then_hang) as server:
        wait = (lambda: wait_sync(server.url)) if sync else (lambda: asyncio.run(wait_async(server.url)))
        error, elapsed = timed(lambda: _raised(wait))
    assert isinstance(error, RunWaitTimeout), repr(error)
    assert str(error.last_run.run_status) == "running" and isinstance(error.__cause__, APITimeoutError)
    assert elapsed < WAIT + SLACK
