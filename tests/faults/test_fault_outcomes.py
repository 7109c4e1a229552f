"""Every fault mode x both vendors x (async in-process, sync and async under uvicorn): the client's exact outcome.

Asserted per case: the typed exception and its fields (status, headers, body, parsed error, attempts), the number
of requests the server saw, every sleep against the retry schedule (ManualClock, jitter 0: backoff 0.5 s x 2^n, or
the server's Retry-After), and on success exactly the data the store holds.
"""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass
from typing import Any

import coalesce_client
import httpx
import pytest
import synq_client

from scripts.mock.error_bodies import ERROR_BODIES
from scripts.vendors import VENDORS

from .harness import Outcome, Target, call, clean_body, expected

BACKOFF = (0.5, 1.0)  # the default policy's first two delays with ManualClock(random=0)
PACKAGES = {"synq": synq_client, "coalesce": coalesce_client}


@dataclass(frozen=True)
class Expect:
    error: str | None  # exception class name, or None for success with the store's data
    attempts: int
    sleeps: tuple[float, ...]
    status: int | None = None
    content_type: str | None = None
    retry_after: str | None = None


EXPECTED: dict[str, Expect] = {
    "latency;ms=20": Expect(None, 1, ()),
    "reset-before-headers": Expect("APIConnectionError", 3, BACKOFF),
    "reset-after-headers": Expect("APIConnectionError", 3, BACKOFF),
    "truncated-json": Expect("ResponseValidationError", 1, (), 200, "application/json"),
    "html-502": Expect("BadGatewayError", 3, BACKOFF, 502, "text/html"),
    "empty-200": Expect("ResponseValidationError", 1, (), 200, "application/json"),
    "schema-violation": Expect("ResponseValidationError", 1, (), 200, "application/json"),
    "rate-limited;retry-after=2": Expect("RateLimitError", 3, (2.0, 2.0), 429, "application/json", "2"),
    "unavailable;retry-after=3": Expect("ServiceUnavailableError", 3, (3.0, 3.0), 503, "application/json", "3"),
    "rate-limited;retry-after=2;times=2": Expect(None, 3, (2.0, 2.0)),
    "unavailable;retry-after=3;times=1": Expect(None, 2, (3.0,)),
    "flap;n=3": Expect(None, 3, BACKOFF),
    "flap;n=2;status=500": Expect(None, 2, BACKOFF[:1]),
    "flap;n=4": Expect("ServiceUnavailableError", 3, BACKOFF, 503, "application/json"),
    "flap;n=4;status=504": Expect("GatewayTimeoutError", 3, BACKOFF, 504, "application/json"),
    "huge;mb=10": Expect(None, 1, ()),
}
WHERE = ["asgi-async", "uvicorn-sync", "uvicorn-async"]


def target_for(where: str, vendor: str, in_process: dict[str, Target], served: dict[str, Target]) -> Target:
    return (in_process if where.startswith("asgi") else served)[vendor]


@pytest.mark.parametrize("where", WHERE)
@pytest.mark.parametrize("fault", list(EXPECTED))
@pytest.mark.parametrize("vendor", VENDORS)
def test_fault_outcome(
    vendor: str, fault: str, where: str, in_process: dict[str, Target], served: dict[str, Target]
) -> None:
    target = target_for(where, vendor, in_process, served)
    outcome = call(vendor, target, fault, sync=where.endswith("sync") and not where.endswith("async"))
    expect = EXPECTED[fault]

    assert outcome.attempts == expect.attempts, outcome
    assert tuple(outcome.sleeps) == expect.sleeps
    if expect.error is None:
        assert outcome.error is None, repr(outcome.error)
        assert outcome.data == expected(vendor, target.app)
        return
    check_error(vendor, fault, expect, outcome, target)


def check_error(vendor: str, fault: str, expect: Expect, outcome: Outcome, target: Target) -> None:
    package = PACKAGES[vendor]
    error = outcome.error
    assert error is not None, "the call succeeded"
    assert type(error).__name__ == expect.error, repr(error)
    assert isinstance(error, package.APIError)
    path = "/api/executions/v2/by-id" if vendor == "synq" else "/api/v1/runs/3"
    assert path in str(error)
    if expect.error == "ResponseValidationError":
        assert error.attempts == 1
        check_response_validation(vendor, fault, error, target)
        return
    assert error.attempts == expect.attempts
    if expect.status is None:  # no response at all
        assert isinstance(error, package.APIConnectionError)
        assert not isinstance(error, package.APITimeoutError)
        assert isinstance(error.__cause__, httpx.ReadError | httpx.RemoteProtocolError)
        return
    assert isinstance(error, package.APIStatusError)
    assert error.status_code == expect.status
    assert error.headers["content-type"].startswith(expect.content_type or "")
    assert error.headers.get("retry-after") == expect.retry_after
    if expect.content_type == "text/html":
        assert "<h1>502 Bad Gateway</h1>" in error.text
        assert error.error is None
        assert f"text/html body ({len(error.text)} bytes)" in error.message
        return
    body = json.loads(error.text)
    assert set(body) == set(ERROR_BODIES[vendor](expect.status, "")), "not the documented error shape"
    assert error.error is not None, "the documented error body was not parsed into the vendor's model"
    assert "Injected" in error.message  # the vendor's text, quoted


def check_response_validation(vendor: str, fault: str, error: Any, target: Target) -> None:
    assert error.status_code == 200
    if fault == "empty-200":
        assert error.text == ""
        assert "not JSON" in error.message
    elif fault == "truncated-json":
        clean = asyncio.run(clean_body(vendor, target)).decode()
        assert 0 < len(error.text) < len(clean)
        assert clean.startswith(error.text)
        assert "not JSON" in error.message
    else:
        assert isinstance(json.loads(error.text), dict | list)  # valid JSON, wrong shape
        assert "does not match the API description" in error.message


@pytest.mark.parametrize("sync", [True, False], ids=["sync", "async"])
@pytest.mark.parametrize("vendor", VENDORS)
def test_slow_drip_trips_the_read_timeout_on_every_attempt(vendor: str, sync: bool, served: dict[str, Target]) -> None:
    """Each chunk comes 1 s after the last; the read timeout is 0.1 s, so no attempt can finish the body."""
    timeout = httpx.Timeout(5.0, read=0.1)
    outcome = call(vendor, served[vendor], "drip;interval=1;chunks=3", sync=sync, timeout=timeout, max_retries=1)
    error = outcome.error
    assert type(error).__name__ == "APITimeoutError", repr(error)
    assert isinstance(error, PACKAGES[vendor].APITimeoutError)
    assert isinstance(error.__cause__, httpx.ReadTimeout)
    assert (error.attempts, outcome.attempts, outcome.sleeps) == (2, 2, [0.5])
    assert "timed out (ReadTimeout) after 2 attempts" in str(error)


@pytest.mark.parametrize("vendor", VENDORS)
def test_a_drip_within_the_read_timeout_delivers_the_stores_data(vendor: str, served: dict[str, Target]) -> None:
    outcome = call(vendor, served[vendor], "drip;interval=0.01;chunks=5", sync=False)
    assert outcome.error is None, repr(outcome.error)
    assert (outcome.attempts, outcome.sleeps) == (1, [])
    assert outcome.data == expected(vendor, served[vendor].app)


@pytest.mark.parametrize("vendor", VENDORS)
def test_latency_beyond_the_read_timeout_is_a_timeout_error(vendor: str, served: dict[str, Target]) -> None:
    timeout = httpx.Timeout(5.0, read=0.1)
    outcome = call(vendor, served[vendor], "latency;ms=500", sync=True, timeout=timeout, max_retries=0)
    assert type(outcome.error).__name__ == "APITimeoutError", repr(outcome.error)
    assert (outcome.attempts, outcome.sleeps) == (1, [])
