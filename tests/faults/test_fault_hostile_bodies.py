"""Bodies built to break a client: JSON nested 120,000 deep on every error status and from the OAuth2 token
endpoint, gzip bombs, and endless bodies without a Content-Length. Each ends in a typed APIError carrying status,
headers and body, with memory bounded while reading; both clients, sync and async, over a real socket
(`hostile.serve`) and in-process (a MockTransport for sync, ASGI for async)."""

from __future__ import annotations

import asyncio
import json
import tracemalloc
import zlib
from typing import Any

import httpx
import pytest
from coalesce_client import AsyncCoalesceClient, CoalesceClient
from synq_client import AsyncSynqClient, ResponseTooLargeError, SynqClient
from synq_coalesce_core.clock import ManualClock
from synq_coalesce_core.exceptions import APIStatusError, class_for_status

from . import hostile

TOKEN = "hostile-token"
DEEP = b'{"a":' * 120_000 + b"1" + b"}" * 120_000  # 720 KB; json.loads gives up at about 1,000 levels
JSON = {"content-type": "application/json"}
STATUSES = [400, 401, 404, 429, 500, 503]
CALLS = [("synq", True), ("synq", False), ("coalesce", True), ("coalesce", False)]
CLASSES = {
    ("synq", True): SynqClient,
    ("synq", False): AsyncSynqClient,
    ("coalesce", True): CoalesceClient,
    ("coalesce", False): AsyncCoalesceClient,
}
MiB = 2**20


def call(vendor: str, sync: bool, url: str, **options: Any) -> BaseException | None:
    """One `get_executions(["e1"])` or `get_run(1)` through a fresh client: the exception it raised, or None.

    The credentials are the caller's when given (`token=`, or `client_id=` and `client_secret=`), else TOKEN."""
    if "client_id" not in options:
        options.setdefault("token", TOKEN)
    client = CLASSES[(vendor, sync)](base_url=url, clock=ManualClock(), **options)

    async def in_async() -> None:
        async with client:
            await (client.get_executions(["e1"]) if vendor == "synq" else client.get_run(1))

    try:
        if sync:
            with client:
                client.get_executions(["e1"]) if vendor == "synq" else client.get_run(1)
        else:
            asyncio.run(in_async())
    except BaseException as error:  # a RecursionError is exactly what must not come out
        return error
    return None


def in_process(vendor: str, sync: bool, status: int, body: bytes, **options: Any) -> BaseException | None:
    """`call` through an in-process transport answering every request with `status` and `body`."""
    if sync:
        transport = httpx.MockTransport(lambda request: httpx.Response(status, content=body, headers=JSON))
        return call(vendor, sync, "http://127.0.0.1:9", http_client=httpx.Client(transport=transport), **options)

    async def app(scope: Any, receive: Any, send: Any) -> None:
        await send(
            {"type": "http.response.start", "status": status, "headers": [(b"content-type", b"application/json")]}
        )
        await send({"type": "http.response.body", "body": body})

    http = httpx.AsyncClient(transport=httpx.ASGITransport(app=app))
    return call(vendor, sync, "http://127.0.0.1:9", http_client=http, **options)


def assert_typed(error: BaseException | None, status: int) -> None:
    assert isinstance(error, APIStatusError), repr(error)
    assert class_for_status(status) in type(error).__mro__  # the vendor's subclass of the shared status class
    assert error.status_code == status
    assert error.headers["content-type"] == "application/json"
    assert error.text.startswith('{"a":{"a":')
    assert len(str(error)) < 400  # an excerpt, not the body


@pytest.mark.parametrize("status", STATUSES)
@pytest.mark.parametrize(("vendor", "sync"), CALLS)
def test_a_deeply_nested_error_body_is_a_typed_error_over_a_socket(vendor: str, sync: bool, status: int) -> None:
    with hostile.serve(hostile.respond(status, DEEP, {"X-Request-Id": "deep"})) as server:
        error = call(vendor, sync, server.url)
    assert_typed(error, status)
    assert isinstance(error, APIStatusError) and error.request_id == "deep"


@pytest.mark.parametrize("status", STATUSES)
@pytest.mark.parametrize(("vendor", "sync"), CALLS)
def test_a_deeply_nested_error_body_is_a_typed_error_in_process(vendor: str, sync: bool, status: int) -> None:
    assert_typed(in_process(vendor, sync, status, DEEP), status)


@pytest.mark.parametrize("status", [400, 401, 500])
@pytest.mark.parametrize("sync", [True, False])
def test_a_deeply_nested_body_from_the_token_endpoint_is_a_typed_error(sync: bool, status: int) -> None:
    with hostile.serve(hostile.respond(status, DEEP)) as server:
        error = call("synq", sync, server.url, client_id="id", client_secret="secret", max_retries=0)
        assert [request.path for request in server.requests] == ["/oauth2/token"]
    assert_typed(error, status)


@pytest.fixture(scope="module")
def bomb() -> bytes:
    """256 MiB of zeros as about 250 KB of gzip (run-length matching: as small as the default strategy makes zeros,
    in a third of the time)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31, 9, zlib.Z_RLE)
    zeros = bytes(MiB)
    return b"".join([*(packer.compress(zeros) for _ in range(256)), packer.flush()])


def peak_while(action: Any) -> tuple[Any, int]:
    """What `action()` returned, and the peak of memory Python allocated meanwhile (bytes)."""
    tracemalloc.start()
    try:
        result = action()
        return result, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("sync", [True, False])
def test_a_gzip_bomb_stops_at_the_decoded_limit(bomb: bytes, sync: bool) -> None:
    with hostile.serve(hostile.respond(200, bomb, {"Content-Encoding": "gzip"})) as server:
        error, peak = peak_while(lambda: call("coalesce", sync, server.url, max_response_bytes=MiB))
    assert isinstance(error, ResponseTooLargeError), repr(error)
    assert (error.status_code, error.limit, error.headers["content-encoding"]) == (200, MiB, "gzip")
    assert error.text.startswith("\0") and len(error.text) <= 4096
    assert error.attempts == 1  # not retried: it would only download the same again
    assert peak < 8 * MiB  # of 256 MiB decoded


@pytest.mark.parametrize("sync", [True, False])
def test_an_endless_error_body_without_content_length_stops_at_the_limit(sync: bool) -> None:
    async def flood(request: hostile.Request, writer: Any) -> None:
        writer.write(hostile.head(500, {"Content-Type": "text/plain"}))
        for _ in range(256):  # 256 MiB, unless the client hangs up first
            writer.write(b"x" * MiB)
            await writer.drain()

    with hostile.serve(flood) as server:
        error, peak = peak_while(lambda: call("synq", sync, server.url, max_response_bytes=2 * MiB))
    assert isinstance(error, ResponseTooLargeError), repr(error)
    assert error.status_code == 500 and error.text == "x" * 4096
    assert "larger than max_response_bytes=2097152" in str(error)
    assert peak < 16 * MiB


@pytest.mark.parametrize(("vendor", "sync"), CALLS)
def test_the_limit_is_per_client_and_a_body_at_the_limit_passes(vendor: str, sync: bool) -> None:
    body = b'{"code": 5, "message": "not here", "error": {"errorString": "not here"}}'
    assert isinstance(in_process(vendor, sync, 404, body, max_response_bytes=len(body)), APIStatusError)
    too_large = in_process(vendor, sync, 404, body, max_response_bytes=len(body) - 1)
    assert isinstance(too_large, ResponseTooLargeError) and too_large.status_code == 404


def test_the_default_limit_is_16_mib_and_is_checked() -> None:
    with SynqClient(TOKEN, base_url="http://127.0.0.1:9") as synq:
        assert synq.max_response_bytes == 16 * MiB
        assert synq.with_options(max_response_bytes=MiB).max_response_bytes == MiB
    bad: Any
    for bad in (0, -1, 1.5, True, "16"):
        with pytest.raises(ValueError, match="max_response_bytes must be an integer >= 1"):
            CoalesceClient(TOKEN, base_url="http://127.0.0.1:9", max_response_bytes=bad)


def refusing_once(body: bytes, headers: dict[str, str]) -> hostile.Behaviour:
    """An OAuth2 API that refuses the second call's (cached) token with a 401 carrying `body`, in 64 KiB writes."""
    state = {"tokens": 0, "calls": 0}

    async def behaviour(request: hostile.Request, writer: asyncio.StreamWriter) -> None:
        if request.path == "/oauth2/token":
            state["tokens"] += 1
            issued = {"access_token": f"tok-{state['tokens']}", "expires_in": 3600}
            await hostile.respond(200, json.dumps(issued).encode())(request, writer)
            return
        state["calls"] += 1
        if state["calls"] != 2:
            await hostile.respond(200, b'{"executions": {}}')(request, writer)
            return
        writer.write(
            hostile.head(401, {"Content-Length": str(len(body)), "Content-Type": "application/json", **headers})
        )
        view = memoryview(body)
        for start in range(0, len(body), 64 * 1024):
            writer.write(view[start : start + 64 * 1024])
            await writer.drain()

    return behaviour


@pytest.mark.parametrize("sync", [True, False])
@pytest.mark.parametrize("kind", ["plain-32-MiB", "gzip-bomb-256-MiB"])
def test_the_401_before_an_oauth2_retry_is_not_read(bomb: bytes, sync: bool, kind: str) -> None:
    """httpx reads a 401 the auth flow answers with a retry, to the end and without a limit, and keeps it in the
    history: unless the flow closes it first, this 401 costs its whole decoded size (216 MB RSS for 200 MB before)."""
    body, headers = (bytes(32 * MiB), {}) if kind.startswith("plain") else (bomb, {"Content-Encoding": "gzip"})
    options: dict[str, Any] = {"client_id": "id", "client_secret": "secret", "max_response_bytes": MiB}
    options["clock"] = ManualClock()

    def twice(url: str) -> Any:
        if sync:
            with SynqClient(base_url=url, **options) as synq:
                synq.get_executions(["e1"])
                return peak_while(lambda: synq.get_executions(["e1"]))

        async def in_async() -> Any:
            async with AsyncSynqClient(base_url=url, **options) as synq:
                await synq.get_executions(["e1"])
                tracemalloc.start()
                try:
                    return await synq.get_executions(["e1"]), tracemalloc.get_traced_memory()[1]
                finally:
                    tracemalloc.stop()

        return asyncio.run(in_async())

    with hostile.serve(refusing_once(body, headers)) as server:
        result, peak = twice(server.url)
        paths = [request.path for request in server.requests]
    assert result.missing == ["e1"]  # the retry with the new token succeeded
    assert paths.count("/oauth2/token") == 2 and len(paths) == 5
    assert peak < 4 * MiB  # of a 401 body of 32 MiB, or 256 MiB decoded
