"""The client bases: timeouts, default headers, with_options, ownership of the pool, TLS, repr."""

from __future__ import annotations

import asyncio
import gc
import logging
import ssl
import warnings
from typing import Any

import httpx
import pytest
from synq_coalesce_core.auth import BearerTokenAuth
from synq_coalesce_core.base_client import AsyncAPIClient, SyncAPIClient, user_agent
from synq_coalesce_core.clock import ManualClock
from synq_coalesce_core.exceptions import APIError, ClientClosedError, ConfigurationError, NotFoundError
from synq_coalesce_core.idempotency import IdempotencyLevel
from synq_coalesce_core.operations import Operation
from synq_coalesce_core.options import NOT_GIVEN, ClientOptions, NotGiven, TimeoutTypes
from synq_coalesce_core.settings import VendorSettings
from synq_coalesce_core.status_errors import CORE_STATUS_ERRORS

BASE = "https://api.example.com"
TOKEN = "tok-SECRET-base"
LOGGER = logging.getLogger("example_client")


class Recorder:
    def __init__(self, status: int = 200) -> None:
        self.status = status
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(self.status, json={"message": "nope"} if self.status >= 400 else {})


OPTIONS = ClientOptions(clock=ManualClock(), logger=LOGGER)


def make(recorder: Recorder | None = None, *, base_url: str = BASE, **kwargs: Any) -> SyncAPIClient:
    """A client of `base_url`; `kwargs` are options (`ClientOptions.replace`) or arguments of the constructor."""
    arguments = {name: kwargs.pop(name) for name in ("http_client", "httpx_args", "verify_ssl") if name in kwargs}
    if recorder is not None:
        arguments["httpx_args"] = {"transport": httpx.MockTransport(recorder)}
    settings = VendorSettings(base_url, BearerTokenAuth(TOKEN), "example_client")
    return SyncAPIClient(settings, OPTIONS.replace(**kwargs), **arguments)


READ: Operation[Any] = Operation({}, dict, lambda r: r, CORE_STATUS_ERRORS, IdempotencyLevel.NO_SIDE_EFFECTS)
"""An operation that only reads; `_send` needs its errors and its level."""


def send(client: SyncAPIClient, kwargs: dict[str, Any], timeout: TimeoutTypes | NotGiven = NOT_GIVEN) -> httpx.Response:
    return client._send(kwargs, timeout, READ, [])


async def asend(
    client: AsyncAPIClient, kwargs: dict[str, Any], timeout: TimeoutTypes | NotGiven = NOT_GIVEN
) -> httpx.Response:
    return await client._send(kwargs, timeout, READ, [])


def test_default_timeout_is_finite_and_reaches_the_request() -> None:
    recorder = Recorder()
    with make(recorder) as client:
        assert client.timeout == httpx.Timeout(60.0, connect=5.0)
        send(client, {"method": "get", "url": "/api/v1/runs/1"})
    assert recorder.requests[0].extensions["timeout"] == {"connect": 5.0, "read": 60.0, "write": 60.0, "pool": 60.0}
    assert recorder.requests[0].url == "https://api.example.com/api/v1/runs/1"


def test_per_client_and_per_call_timeouts() -> None:
    recorder = Recorder()
    with make(recorder, timeout=10) as client:
        send(client, {"method": "get", "url": "/a"})
        send(client, {"method": "get", "url": "/b"}, httpx.Timeout(2.0, connect=1.0))
        send(client, {"method": "get", "url": "/c"}, None)
    timeouts = [r.extensions["timeout"] for r in recorder.requests]
    assert timeouts[0] == {"connect": 10.0, "read": 10.0, "write": 10.0, "pool": 10.0}
    assert timeouts[1] == {"connect": 1.0, "read": 2.0, "write": 2.0, "pool": 2.0}
    assert timeouts[2] == {"connect": None, "read": None, "write": None, "pool": None}


@pytest.mark.parametrize("timeout", [-1, "5", True, float("nan")])
def test_bad_timeouts_are_refused(timeout: object) -> None:
    with pytest.raises(ConfigurationError, match="timeout must be"):
        make(timeout=timeout)


def test_default_and_extra_headers() -> None:
    recorder = Recorder()
    with make(recorder, headers={"X-Team": "data"}) as client:
        send(client, {"method": "post", "url": "/x", "json": {"a": 1}, "headers": {"Content-Type": "application/json"}})
    headers = recorder.requests[0].headers
    assert headers["accept"] == "application/json"
    assert headers["user-agent"] == user_agent("example_client")
    assert headers["x-team"] == "data"
    assert headers["content-type"] == "application/json"
    assert headers["authorization"] == f"Bearer {TOKEN}"
    assert recorder.requests[0].content == b'{"a":1}'


@pytest.mark.parametrize("name", ["Authorization", "proxy-authorization"])
def test_credentials_in_headers_are_refused(name: str) -> None:
    with pytest.raises(ConfigurationError, match="token="):
        make(headers={name: "Bearer x"})


def test_with_options_copies_and_shares_the_pool() -> None:
    recorder = Recorder(status=404)
    client = make(recorder)
    copy = client.with_options(timeout=3, max_retries=5, headers={"X-Trace": "1"})
    assert (copy.timeout, copy.max_retries, copy.base_url) == (httpx.Timeout(3.0), 5, BASE)
    assert (client.timeout, client.max_retries) == (httpx.Timeout(60.0, connect=5.0), 2)
    assert copy.http_client is client.http_client
    with pytest.raises(NotFoundError):
        send(copy, {"method": "get", "url": "/x"})
    assert recorder.requests[0].headers["x-trace"] == "1"
    assert "x-trace" not in client._headers
    copy.close()
    assert not client.http_client.is_closed
    client.close()
    assert client.http_client.is_closed


def test_with_options_keeps_what_is_not_given() -> None:
    with make(timeout=7, max_retries=1) as client:
        copy = client.with_options()
        assert (copy.timeout, copy.max_retries) == (httpx.Timeout(7.0), 1)
        with warnings.catch_warnings():  # as a user runs: a ResourceWarning is not an error there
            warnings.simplefilter("ignore", ResourceWarning)
            with pytest.raises(ConfigurationError):
                client.with_options(max_retries=-1)
            gc.collect()  # a half-made copy that believed it owned the pool would close it when collected
        assert not client.http_client.is_closed


def test_borrowed_http_client_is_not_closed() -> None:
    borrowed = httpx.Client(transport=httpx.MockTransport(Recorder()))
    with make(http_client=borrowed) as client:
        assert client.http_client is borrowed
        send(client, {"method": "get", "url": "/x"})
    assert not borrowed.is_closed
    borrowed.close()


def test_http_client_and_httpx_args_conflict() -> None:
    with pytest.raises(ConfigurationError, match="either http_client= or httpx_args="):
        make(http_client=httpx.Client(), httpx_args={"proxy": "http://p"})
    with pytest.raises(ConfigurationError, match=r"http_client must be an httpx\.Client, got AsyncClient"):
        make(http_client=httpx.AsyncClient())


def _ssl_context(client: httpx.Client) -> ssl.SSLContext:
    context: ssl.SSLContext = client._transport._pool._ssl_context  # type: ignore[attr-defined]
    return context


def test_tls_verification_is_on_unless_explicitly_turned_off() -> None:
    with make() as client:
        assert _ssl_context(client.http_client).verify_mode == ssl.CERT_REQUIRED
    with make(verify_ssl=False) as client:
        assert _ssl_context(client.http_client).verify_mode == ssl.CERT_NONE


def test_a_closed_client_raises_a_typed_error_and_sends_nothing() -> None:
    recorder = Recorder()
    with make(recorder) as client:
        copy = client.with_options(max_retries=0)
    for closed in (client, copy):  # a copy shares the pool its original closed
        with pytest.raises(ClientClosedError, match="SyncAPIClient is closed") as raised:
            send(closed, {"method": "get", "url": "/x"})
        assert isinstance(raised.value, APIError) and isinstance(raised.value, RuntimeError)
    assert recorder.requests == []


def test_redirects_are_not_followed() -> None:
    with make() as client:
        assert client.http_client.follow_redirects is False


def test_plain_http_is_refused_at_construction() -> None:
    with pytest.raises(ConfigurationError, match="plain http"):
        make(base_url="http://api.example.com")
    with make(base_url="http://api.example.com", allow_insecure_http=True) as client:
        assert client.base_url == "http://api.example.com"


def test_repr_shows_options_not_the_token() -> None:
    with make() as client:
        text = repr(client)
    assert text == (
        "SyncAPIClient(base_url='https://api.example.com', timeout=Timeout(connect=5.0, read=60.0, write=60.0, "
        "pool=60.0), max_retries=2, auth=BearerTokenAuth(token='***'))"
    )
    assert TOKEN not in text


def test_user_agent() -> None:
    assert user_agent("synq_client").startswith("synq_client/")
    assert user_agent("synq_client").endswith(f" python-httpx/{httpx.__version__}")


@pytest.mark.asyncio
async def test_async_client_sends_and_closes() -> None:
    recorder = Recorder()

    async def handler(request: httpx.Request) -> httpx.Response:
        return recorder(request)

    settings = VendorSettings(BASE, BearerTokenAuth(TOKEN), "example_client")
    async with AsyncAPIClient(settings, httpx_args={"transport": httpx.MockTransport(handler)}) as client:
        response = await asend(client, {"method": "get", "url": "/x"}, 1.5)
        assert response.status_code == 200
        copy = client.with_options(max_retries=0)
        await copy.close()
        assert not client.http_client.is_closed
    assert client.http_client.is_closed
    assert recorder.requests[0].extensions["timeout"]["read"] == 1.5
    with pytest.raises(ClientClosedError, match="AsyncAPIClient is closed"):
        await asend(client, {"method": "get", "url": "/x"})
    assert len(recorder.requests) == 1


def test_a_dot_segment_from_a_path_parameter_stays_a_segment() -> None:
    recorder = Recorder()
    with make(recorder) as client:
        send(client, {"method": "get", "url": "/runs/.."})
    assert recorder.requests[0].url.raw_path == b"/runs/%2E%2E"  # not "/": a parameter is one segment


def test_a_client_never_closed_closes_its_pool_when_collected_with_a_resource_warning() -> None:
    client = make(Recorder())
    send(client, {"method": "get", "url": "/x"})
    http = client.http_client
    with pytest.warns(ResourceWarning, match="unclosed SyncAPIClient"):
        del client
        gc.collect()
    assert http.is_closed


def test_a_copy_keeps_the_pool_of_an_original_it_outlives() -> None:
    recorder = Recorder()
    copy = make(recorder).with_options(max_retries=0)  # the original is unreachable at once
    gc.collect()
    assert send(copy, {"method": "get", "url": "/x"}).status_code == 200
    with pytest.warns(ResourceWarning):  # the original, collected with its last copy
        del copy
        gc.collect()


@pytest.mark.asyncio
async def test_an_async_client_never_closed_closes_its_pool_on_its_loop_when_collected() -> None:
    settings = VendorSettings(BASE, BearerTokenAuth(TOKEN), "example_client")
    client = AsyncAPIClient(settings, OPTIONS, httpx_args={"transport": httpx.MockTransport(Recorder())})
    await asend(client, {"method": "get", "url": "/x"})
    http = client.http_client
    with pytest.warns(ResourceWarning, match="unclosed AsyncAPIClient"):
        del client
        gc.collect()
    for _ in range(3):
        await asyncio.sleep(0)
    assert http.is_closed
