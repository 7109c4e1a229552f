"""Retries by idempotency level: NO_SIDE_EFFECTS and IDEMPOTENT retry every transient failure as before; an
IDEMPOTENCY_UNKNOWN request is sent again only after an outcome that proves the server did not act on it, and a
failure that leaves it open raises OutcomeUnknownError (sync and async send loops, in process)."""

from __future__ import annotations

import asyncio
import pickle

import httpx
import pytest
from synq_coalesce_core import exceptions as exc
from synq_coalesce_core.auth import BearerTokenAuth
from synq_coalesce_core.clock import ManualClock
from synq_coalesce_core.idempotency import IdempotencyLevel
from synq_coalesce_core.in_flight import InFlight
from synq_coalesce_core.options import ClientOptions
from synq_coalesce_core.sending import async_send_with_retries, send_with_retries
from synq_coalesce_core.status_errors import CORE_STATUS_ERRORS

URL = "https://api.example.com/scheduler/startRun"
HINT = "Look for the run before starting it again."
UNKNOWN = IdempotencyLevel.IDEMPOTENCY_UNKNOWN
ERRORS = CORE_STATUS_ERRORS.parsing(lambda response: None)


def failing(kind: type[httpx.TransportError]) -> httpx.TransportError:
    return kind("failed")


# (outcome of every attempt, what it proves): "not acted on" is retried for every level; "maybe acted on" is
# retried for the levels that allow a second send, and ends in OutcomeUnknownError for IDEMPOTENCY_UNKNOWN;
# "refused" is a status that is retried for the safe levels but whose outcome is known (the server said no).
NOT_ACTED_ON = [
    pytest.param(lambda: failing(httpx.ConnectError), exc.APIConnectionError, id="connect-refused"),
    pytest.param(lambda: failing(httpx.ConnectTimeout), exc.APITimeoutError, id="connect-timeout"),
    pytest.param(lambda: failing(httpx.PoolTimeout), exc.APITimeoutError, id="pool-timeout"),
    pytest.param(lambda: httpx.Response(429), exc.RateLimitError, id="429"),
    pytest.param(lambda: httpx.Response(503, headers={"Retry-After": "1"}), exc.ServiceUnavailableError, id="503-ra"),
    pytest.param(
        lambda: httpx.Response(503, headers={"retry-after-ms": "10"}), exc.ServiceUnavailableError, id="503-ra-ms"
    ),
]
MAYBE_ACTED_ON = [
    pytest.param(lambda: failing(httpx.ReadTimeout), exc.APITimeoutError, id="read-timeout"),
    pytest.param(lambda: failing(httpx.WriteTimeout), exc.APITimeoutError, id="write-timeout"),
    pytest.param(lambda: failing(httpx.ReadError), exc.APIConnectionError, id="reset-after-sending"),
    pytest.param(lambda: failing(httpx.RemoteProtocolError), exc.APIConnectionError, id="closed-without-answer"),
    pytest.param(lambda: httpx.Response(500), exc.InternalServerError, id="500"),
    pytest.param(lambda: httpx.Response(502), exc.BadGatewayError, id="502"),
    pytest.param(lambda: httpx.Response(503), exc.ServiceUnavailableError, id="503-without-retry-after"),
    pytest.param(lambda: httpx.Response(504), exc.GatewayTimeoutError, id="504"),
]
REFUSED = [
    pytest.param(lambda: httpx.Response(408), exc.UnexpectedStatusError, id="408"),
    pytest.param(lambda: httpx.Response(409), exc.ConflictError, id="409"),
]


class Script:
    def __init__(self, *steps: object) -> None:
        self.steps, self.sent = list(steps), 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.sent += 1
        step = self.steps.pop(0) if len(self.steps) > 1 else self.steps[0]
        if callable(step):
            step = step()
        if isinstance(step, Exception):
            raise step
        assert isinstance(step, httpx.Response)
        return step


def send(script: Script, level: IdempotencyLevel, sync: bool) -> httpx.Response:
    options = ClientOptions(max_retries=2, clock=ManualClock())
    auth = BearerTokenAuth("tok-SECRET-idem")
    if sync:
        with httpx.Client(transport=httpx.MockTransport(script)) as client:
            request = client.build_request("POST", URL, json={})
            return send_with_retries(client, request, options, ERRORS, auth=auth, level=level, hint=HINT)

    async def go() -> httpx.Response:
        async def handler(request: httpx.Request) -> httpx.Response:
            return script(request)

        async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as client:
            request = client.build_request("POST", URL, json={})
            in_flight = InFlight(client, "test")
            return await async_send_with_retries(
                client, request, options, ERRORS, auth=auth, in_flight=in_flight, level=level, hint=HINT
            )

    return asyncio.run(go())


SYNC = pytest.mark.parametrize("sync", [True, False], ids=["sync", "async"])


@SYNC
@pytest.mark.parametrize("level", list(IdempotencyLevel))
@pytest.mark.parametrize(("outcome", "error"), NOT_ACTED_ON)
def test_an_outcome_that_proves_nothing_was_done_is_retried_at_every_level(
    outcome: object, error: type[exc.APIError], level: IdempotencyLevel, sync: bool
) -> None:
    script = Script(outcome)
    with pytest.raises(error) as raised:
        send(script, level, sync)
    assert script.sent == 3 and raised.value.attempts == 3
    assert not isinstance(raised.value, exc.OutcomeUnknownError)


@SYNC
def test_a_refused_connection_then_an_answer_succeeds_for_a_call_that_is_not_idempotent(sync: bool) -> None:
    script = Script(lambda: failing(httpx.ConnectError), httpx.Response(200, json={"runCounter": 1}))
    assert send(script, UNKNOWN, sync).json() == {"runCounter": 1}
    assert script.sent == 2


@SYNC
@pytest.mark.parametrize(("outcome", "error"), MAYBE_ACTED_ON)
def test_an_outcome_that_may_have_acted_is_never_repeated_and_says_so(
    outcome: object, error: type[exc.APIError], sync: bool
) -> None:
    script = Script(outcome, httpx.Response(200, json={}))
    with pytest.raises(exc.OutcomeUnknownError) as raised:
        send(script, UNKNOWN, sync)
    assert script.sent == 1
    unknown = raised.value
    assert type(unknown.failure) is error and unknown.__cause__ is unknown.failure
    assert unknown.message.startswith("outcome unknown: ") and unknown.message.endswith(HINT)
    assert unknown.request is not None and unknown.request.url == URL
    copy = pickle.loads(pickle.dumps(unknown))
    assert type(copy) is exc.OutcomeUnknownError and str(copy) == str(unknown)
    assert type(copy.failure) is error


@SYNC
@pytest.mark.parametrize("level", [IdempotencyLevel.NO_SIDE_EFFECTS, IdempotencyLevel.IDEMPOTENT])
@pytest.mark.parametrize(("outcome", "error"), MAYBE_ACTED_ON + REFUSED)
def test_safe_levels_retry_as_before(
    outcome: object, error: type[exc.APIError], level: IdempotencyLevel, sync: bool
) -> None:
    script = Script(outcome, outcome, httpx.Response(200, json={}))
    assert send(script, level, sync).status_code == 200
    assert script.sent == 3


@SYNC
@pytest.mark.parametrize(("outcome", "error"), REFUSED)
def test_a_refusal_of_a_call_that_is_not_idempotent_is_its_own_error_sent_once(
    outcome: object, error: type[exc.APIError], sync: bool
) -> None:
    script = Script(outcome)
    with pytest.raises(error) as raised:
        send(script, UNKNOWN, sync)
    assert script.sent == 1 and not isinstance(raised.value, exc.OutcomeUnknownError)
