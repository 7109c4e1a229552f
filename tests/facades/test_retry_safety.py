"""Starting a run is never sent twice by the client: the real `jobs_initiate_run` (Coalesce startRun, which the spec
leaves at POST's IDEMPOTENCY_UNKNOWN) against a real uvicorn server on 127.0.0.1 and in process, counting what
arrives. A timeout after sending raises OutcomeUnknownError with the spec's hint; a refused connection is retried;
cancelRun, which the overlay marks IDEMPOTENT, is retried after a timeout. Every generated operation of both clients
carries the level the tools read from the effective spec."""

from __future__ import annotations

import asyncio
import importlib
import socket
from collections.abc import Iterator
from dataclasses import dataclass, field

import httpx
import pytest
from coalesce_client import AsyncCoalesceClient, CoalesceClient, OutcomeUnknownError
from coalesce_client.models import CancelRunRequest, StartRunDetails, StartRunRequest
from openapi_python_client.strings import snake_case
from starlette.types import Receive, Scope, Send
from synq_coalesce_core.clock import ManualClock
from synq_coalesce_core.exceptions import APIConnectionError, APITimeoutError
from synq_coalesce_core.idempotency import IdempotencyLevel

from scripts.codegen.safety import HINT_EXTENSION
from scripts.mock.serving import serve_in_background
from scripts.spec.idempotency import IDEMPOTENCY_UNKNOWN
from scripts.spec.model import Spec
from scripts.vendors import VENDORS

TOKEN = "tok-retry-safety"
TIMEOUT = 0.3  # seconds the client waits for an answer; the server takes SLOW
SLOW = 1.5
START, CANCEL = "/scheduler/startRun", "/scheduler/cancelRun"


@dataclass
class SlowServer:
    """Answers every request after `SLOW` seconds, and counts the requests that arrived, by path."""

    arrived: list[str] = field(default_factory=list)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        self.arrived.append(scope["path"])
        await asyncio.sleep(SLOW)
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"application/json")]})
        await send({"type": "http.response.body", "body": b'{"runCounter": 1}'})


@pytest.fixture(scope="module")
def slow() -> Iterator[tuple[str, SlowServer]]:
    app = SlowServer()
    with serve_in_background(app) as url:
        yield url, app


def start_request() -> StartRunRequest:
    return StartRunRequest(run_details=StartRunDetails(environment_id="3", job_id="7"))


def start_hint() -> str:
    operation = Spec.load("coalesce").document["paths"][START]["post"]
    hint = operation[HINT_EXTENSION]
    assert isinstance(hint, str) and hint
    return hint


def test_start_run_is_sent_once_after_a_timeout_over_http(slow: tuple[str, SlowServer]) -> None:
    url, app = slow
    app.arrived.clear()
    with (
        CoalesceClient(TOKEN, base_url=url, timeout=TIMEOUT, clock=ManualClock()) as coalesce,
        pytest.raises(OutcomeUnknownError) as raised,
    ):
        coalesce.jobs_initiate_run(body=start_request())
    assert app.arrived == [START]  # each attempt waited for its timeout, so a retry would have arrived by now
    assert isinstance(raised.value.failure, APITimeoutError)
    assert start_hint() in str(raised.value)


def test_start_run_is_sent_once_after_a_timeout_in_process() -> None:
    app = SlowServer()

    async def go() -> None:
        http = httpx.AsyncClient(transport=httpx.ASGITransport(app), base_url="http://127.0.0.1")
        async with AsyncCoalesceClient(
            TOKEN, base_url="http://127.0.0.1", timeout=TIMEOUT, clock=ManualClock(), http_client=http
        ) as coalesce:
            await coalesce.jobs_initiate_run(body=start_request())

    with pytest.raises(OutcomeUnknownError):
        asyncio.run(go())
    assert app.arrived == [START]


def test_cancel_run_marked_idempotent_is_retried_after_a_timeout(slow: tuple[str, SlowServer]) -> None:
    url, app = slow
    app.arrived.clear()
    with (
        CoalesceClient(TOKEN, base_url=url, timeout=TIMEOUT, max_retries=2, clock=ManualClock()) as coalesce,
        pytest.raises(APITimeoutError) as raised,
    ):
        coalesce.jobs_cancel_job_run(body=CancelRunRequest(run_id=4, environment_id="3"))
    assert not isinstance(raised.value, OutcomeUnknownError)
    assert app.arrived == [CANCEL] * 3


def refusing_port() -> int:
    """A loopback port nothing listens on: connecting to it is refused before any byte is sent."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_start_run_is_retried_after_a_refused_connection() -> None:
    tries: list[httpx.Request] = []
    with (
        CoalesceClient(
            TOKEN,
            base_url=f"http://127.0.0.1:{refusing_port()}",
            max_retries=2,
            clock=ManualClock(),
            httpx_args={"event_hooks": {"request": [tries.append]}},
        ) as coalesce,
        pytest.raises(APIConnectionError) as raised,
    ):
        coalesce.jobs_initiate_run(body=start_request())
    assert not isinstance(raised.value, OutcomeUnknownError)
    assert len(tries) == raised.value.attempts == 3
    assert isinstance(raised.value.__cause__, httpx.ConnectError)


@pytest.mark.parametrize("vendor", VENDORS)
def test_every_generated_operation_has_the_level_of_the_effective_spec(vendor: str) -> None:
    spec = Spec.load(vendor)
    unknown = 0
    for operation in spec.operations:
        tag = spec.document["paths"][operation.path][operation.method.lower()]["tags"][0]
        module = importlib.import_module(f"{vendor}_client.api.{tag}.{snake_case(operation.operation_id)}")
        assert module.OPERATION.idempotency is IdempotencyLevel[operation.idempotency_level], operation.label
        unknown += operation.idempotency_level == IDEMPOTENCY_UNKNOWN
    if vendor == "coalesce":
        assert unknown, "the Coalesce spec has operations that are not idempotent (startRun): none was found"
