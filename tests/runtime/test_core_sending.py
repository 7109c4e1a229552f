"""The send loops: retries with the requested sleeps, typed errors after the last attempt, safe logging."""

from __future__ import annotations

import logging
from collections.abc import Callable

import httpx
import pytest
from synq_coalesce_core import exceptions as exc
from synq_coalesce_core.auth import BearerTokenAuth
from synq_coalesce_core.clock import ManualClock
from synq_coalesce_core.in_flight import InFlight
from synq_coalesce_core.options import ClientOptions
from synq_coalesce_core.sending import async_send_with_retries, send_with_retries
from synq_coalesce_core.status_errors import CORE_STATUS_ERRORS

URL = "https://api.example.com/api/v1/runs/7"
TOKEN = "tok-SECRET-sending"
LOGGER = logging.getLogger("example_client")

Step = httpx.Response | Exception


class Script:
    """A MockTransport handler that plays back responses and exceptions, and records the requests."""

    def __init__(self, *steps: Step) -> None:
        self.steps = list(steps)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        step = self.steps.pop(0) if len(self.steps) > 1 else self.steps[0]
        if isinstance(step, Exception):
            raise step
        return step


def parse_message(response: httpx.Response) -> object | None:
    data = response.json()
    return data if isinstance(data, dict) else None


def send(
    script: Script,
    clock: ManualClock,
    *,
    max_retries: int = 2,
    parse: Callable[[httpx.Response], object | None] = parse_message,
) -> httpx.Response:
    with httpx.Client(transport=httpx.MockTransport(script)) as client:
        request, options = (
            client.build_request("GET", URL),
            ClientOptions(max_retries=max_retries, clock=clock, logger=LOGGER),
        )
        return send_with_retries(
            client, request, options, CORE_STATUS_ERRORS.parsing(parse), auth=BearerTokenAuth(TOKEN)
        )


async def async_send(script: Script, clock: ManualClock, *, max_retries: int = 2) -> httpx.Response:
    async def handler(request: httpx.Request) -> httpx.Response:
        return script(request)

    async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as client:
        request, options = (
            client.build_request("GET", URL),
            ClientOptions(max_retries=max_retries, clock=clock, logger=LOGGER),
        )
        errors = CORE_STATUS_ERRORS.parsing(parse_message)
        in_flight = InFlight(client, "test")
        return await async_send_with_retries(
            client, request, options, errors, auth=BearerTokenAuth(TOKEN), in_flight=in_flight
        )


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


def test_success_is_returned_without_sleeping(clock: ManualClock) -> None:
    script = Script(httpx.Response(200, json={"id": 7}))
    assert send(script, clock).json() == {"id": 7}
    assert clock.sleeps == []
    assert script.requests[0].headers["Authorization"] == f"Bearer {TOKEN}"


def test_transient_statuses_are_retried_with_exponential_backoff(clock: ManualClock) -> None:
    script = Script(httpx.Response(503), httpx.Response(502), httpx.Response(200, json={}))
    assert send(script, clock).status_code == 200
    assert len(script.requests) == 3
    assert clock.sleeps == [0.5, 1.0]


def test_retry_after_sets_the_wait(clock: ManualClock) -> None:
    script = Script(httpx.Response(429, headers={"Retry-After": "3"}), httpx.Response(200, json={}))
    send(script, clock)
    assert clock.sleeps == [3.0]


def test_jitter_comes_from_the_clock() -> None:
    clock = ManualClock(random=0.5)
    send(Script(httpx.Response(500), httpx.Response(200, json={})), clock)
    assert clock.sleeps == [0.5 * 0.875]


def test_exhausted_retries_raise_the_typed_error_with_the_parsed_body(clock: ManualClock) -> None:
    script = Script(httpx.Response(503, json={"message": "down for maintenance"}))
    with pytest.raises(exc.ServiceUnavailableError) as caught:
        send(script, clock)
    assert len(script.requests) == 3
    assert caught.value.attempts == 3
    assert caught.value.error == {"message": "down for maintenance"}
    assert str(caught.value) == f"503 Service Unavailable from GET {URL}: down for maintenance"
    assert clock.sleeps == [0.5, 1.0]


def test_max_retries_zero_sends_once(clock: ManualClock) -> None:
    script = Script(httpx.Response(503))
    with pytest.raises(exc.ServiceUnavailableError):
        send(script, clock, max_retries=0)
    assert len(script.requests) == 1
    assert clock.sleeps == []


@pytest.mark.parametrize("status", [400, 401, 403, 404, 499, 501, 520])
def test_non_retryable_status_raises_at_once(clock: ManualClock, status: int) -> None:
    script = Script(httpx.Response(status, json={"message": "no"}))
    with pytest.raises(exc.APIStatusError) as caught:
        send(script, clock)
    assert type(caught.value) is exc.class_for_status(status)
    assert len(script.requests) == 1
    assert caught.value.attempts == 1


def test_a_failing_error_parser_never_hides_the_http_error(clock: ManualClock) -> None:
    def explode(response: httpx.Response) -> object:
        raise KeyError("error")

    with pytest.raises(exc.NotFoundError) as caught:
        send(Script(httpx.Response(404, text="<html>nope</html>")), clock, parse=explode)
    assert caught.value.error is None


def test_html_error_body_does_not_break_the_parser(clock: ManualClock) -> None:
    html = httpx.Response(502, text="<html>Bad gateway</html>", headers={"content-type": "text/html"})
    with pytest.raises(exc.BadGatewayError) as caught:
        send(Script(html), clock, max_retries=0)
    assert caught.value.error is None
    assert caught.value.text == "<html>Bad gateway</html>"


@pytest.mark.parametrize("error", [httpx.ConnectError("refused"), httpx.RemoteProtocolError("peer closed")])
def test_connection_errors_become_api_connection_error_after_retries(clock: ManualClock, error: Exception) -> None:
    script = Script(error)
    with pytest.raises(exc.APIConnectionError) as caught:
        send(script, clock)
    assert not isinstance(caught.value, exc.APITimeoutError)
    assert caught.value.__cause__ is error
    assert caught.value.attempts == 3
    assert len(script.requests) == 3
    assert clock.sleeps == [0.5, 1.0]
    assert str(caught.value) == f"GET {URL} failed ({type(error).__name__}: {error}) after 3 attempts"
    assert caught.value.request is script.requests[0]


def test_timeouts_become_api_timeout_error(clock: ManualClock) -> None:
    script = Script(httpx.ReadTimeout("slow"))
    with pytest.raises(exc.APITimeoutError) as caught:
        send(script, clock)
    assert caught.value.attempts == 3
    assert str(caught.value) == f"GET {URL} timed out (ReadTimeout) after 3 attempts"


def test_connection_error_then_success(clock: ManualClock) -> None:
    script = Script(httpx.ConnectError("refused"), httpx.Response(200, json={}))
    assert send(script, clock).status_code == 200
    assert clock.sleeps == [0.5]


def test_a_non_retryable_transport_error_is_not_retried(clock: ManualClock) -> None:
    script = Script(httpx.UnsupportedProtocol("ftp"))
    with pytest.raises(exc.APIConnectionError):
        send(script, clock)
    assert len(script.requests) == 1


def test_other_exceptions_propagate_unchanged(clock: ManualClock) -> None:
    with pytest.raises(ZeroDivisionError):
        send(Script(ZeroDivisionError()), clock)


def test_logs_method_url_status_and_retries_but_never_the_token(
    clock: ManualClock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    script = Script(httpx.Response(503), httpx.Response(200, json={}))
    send(script, clock)
    records = [r for r in caplog.records if r.name == "example_client"]
    messages = [r.getMessage() for r in records]
    assert messages[0].startswith(f"GET {URL} -> 503 Service Unavailable in ")
    assert messages[1] == f"retrying GET {URL} in 0.50s after 503 Service Unavailable (retry 1 of 2)"
    assert records[1].levelno == logging.INFO
    assert messages[2].startswith(f"GET {URL} -> 200 OK in ")
    assert messages[0].endswith("(attempt 1)")
    assert messages[2].endswith("(attempt 2)")
    assert all(TOKEN not in r.getMessage() and "Authorization" not in r.getMessage() for r in caplog.records)


@pytest.mark.asyncio
async def test_async_retries_then_succeeds(clock: ManualClock) -> None:
    script = Script(
        httpx.Response(429, headers={"retry-after-ms": "1500"}),
        httpx.Response(500),
        httpx.Response(200, json={"ok": True}),
    )
    assert (await async_send(script, clock)).json() == {"ok": True}
    assert clock.sleeps == [1.5, 1.0]


@pytest.mark.asyncio
async def test_async_exhausted_retries_raise_typed_errors(clock: ManualClock) -> None:
    script = Script(httpx.Response(504, json={"message": "deadline exceeded"}))
    with pytest.raises(exc.GatewayTimeoutError) as caught:
        await async_send(script, clock)
    assert caught.value.attempts == 3
    assert caught.value.error == {"message": "deadline exceeded"}


@pytest.mark.asyncio
async def test_async_timeouts_and_connection_errors(clock: ManualClock) -> None:
    with pytest.raises(exc.APITimeoutError):
        await async_send(Script(httpx.ConnectTimeout("slow")), clock, max_retries=1)
    with pytest.raises(exc.APIConnectionError):
        await async_send(Script(httpx.ReadError("reset")), clock, max_retries=1)
    assert clock.sleeps == [0.5, 0.5]
