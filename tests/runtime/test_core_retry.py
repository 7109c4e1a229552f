"""The retry decision: which outcomes retry, the backoff schedule, and Retry-After in all its forms."""

from __future__ import annotations

import email.utils

import httpx
import pytest
from synq_coalesce_core.exceptions import ConfigurationError
from synq_coalesce_core.retry import (
    RETRY_STATUSES,
    Retry,
    RetryPolicy,
    backoff_delay,
    next_step,
    parse_retry_after,
)
from synq_coalesce_core.status_errors import status_error

NOW = 1_700_000_000.0
POLICY = RetryPolicy()
REQUEST = httpx.Request("GET", "https://api.example.com/x")


def step(outcome: httpx.Response | Exception, retries_done: int = 0, policy: RetryPolicy = POLICY) -> Retry | None:
    return next_step(policy, retries_done=retries_done, outcome=outcome, now=NOW, random=0.0)


def test_defaults() -> None:
    assert (POLICY.max_retries, POLICY.initial_delay, POLICY.max_delay, POLICY.jitter) == (2, 0.5, 8.0, 0.25)
    assert POLICY.max_retry_after == 60.0
    assert sorted(RETRY_STATUSES) == [408, 409, 429, 500, 502, 503, 504]


def test_backoff_doubles_from_half_a_second_and_caps_at_eight() -> None:
    assert [backoff_delay(POLICY, n, 0.0) for n in range(7)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0]


def test_jitter_shortens_by_at_most_a_quarter() -> None:
    assert backoff_delay(POLICY, 0, 1.0) == pytest.approx(0.375)
    assert backoff_delay(POLICY, 2, 0.5) == pytest.approx(2.0 * 0.875)


@pytest.mark.parametrize("status", sorted(RETRY_STATUSES))
def test_retryable_statuses(status: int) -> None:
    assert step(httpx.Response(status)) == Retry(0.5, f"{status} {httpx.Response(status).reason_phrase}")


@pytest.mark.parametrize("status", [200, 301, 400, 401, 403, 404, 422, 499, 501, 505, 520, 561])
def test_other_statuses_do_not_retry(status: int) -> None:
    assert step(httpx.Response(status)) is None


def test_stops_after_max_retries() -> None:
    assert step(httpx.Response(503), retries_done=1) == Retry(1.0, "503 Service Unavailable")
    assert step(httpx.Response(503), retries_done=2) is None
    assert step(httpx.Response(503), policy=RetryPolicy(max_retries=0)) is None


@pytest.mark.parametrize(
    "error",
    [
        httpx.ConnectError("refused"),
        httpx.ReadError("reset"),
        httpx.WriteError("broken pipe"),
        httpx.RemoteProtocolError("peer closed connection"),
        httpx.ConnectTimeout("slow"),
        httpx.ReadTimeout("slow"),
        httpx.PoolTimeout("busy"),
        httpx.ProxyError("proxy"),
    ],
)
def test_transient_transport_errors_retry(error: Exception) -> None:
    assert step(error) == Retry(0.5, type(error).__name__)


@pytest.mark.parametrize(
    "error",
    [
        httpx.UnsupportedProtocol("ftp"),
        httpx.LocalProtocolError("bad header"),
        httpx.TooManyRedirects("loop"),
        ValueError(),
    ],
)
def test_permanent_errors_do_not_retry(error: Exception) -> None:
    assert step(error) is None


def test_status_error_outcome_is_judged_by_its_status() -> None:
    unavailable = status_error(httpx.Response(503, headers={"retry-after": "4"}, request=REQUEST))
    assert step(unavailable) == Retry(4.0, "503")
    assert step(status_error(httpx.Response(401, request=REQUEST))) is None


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"retry-after": "3"}, 3.0),
        ({"retry-after": " 1.5 "}, 1.5),
        ({"retry-after-ms": "2500"}, 2.5),
        ({"retry-after-ms": "250", "retry-after": "9"}, 0.25),
        ({"retry-after-ms": "soon", "retry-after": "9"}, 9.0),
        ({"retry-after": email.utils.formatdate(NOW + 10, usegmt=True)}, 10.0),
        ({"retry-after": email.utils.formatdate(NOW - 10, usegmt=True)}, -10.0),
        ({"retry-after": "Wed, 21 Oct 2015 07:28:00"}, 1445412480.0 - NOW),
        ({"retry-after": "tomorrow"}, None),
        ({"retry-after": "nan"}, None),
        ({"retry-after": "inf"}, None),
        ({}, None),
    ],
)
def test_parse_retry_after(headers: dict[str, str], expected: float | None) -> None:
    assert parse_retry_after(httpx.Headers(headers), now=NOW) == (None if expected is None else pytest.approx(expected))


@pytest.mark.parametrize(
    ("headers", "delay"),
    [
        ({"retry-after": "7"}, 7.0),
        ({"retry-after": "60"}, 60.0),
        ({"retry-after-ms": "100"}, 0.1),
        ({"retry-after": email.utils.formatdate(NOW + 30, usegmt=True)}, 30.0),
        ({"retry-after": "0"}, 0.5),
        ({"retry-after": "-5"}, 0.5),
        ({"retry-after": email.utils.formatdate(NOW - 30, usegmt=True)}, 0.5),
        ({"retry-after": "garbage"}, 0.5),
    ],
)
def test_retry_after_is_honoured_only_between_zero_and_sixty_seconds(headers: dict[str, str], delay: float) -> None:
    result = step(httpx.Response(429, headers=headers))
    assert result is not None
    assert result.delay == pytest.approx(delay)


@pytest.mark.parametrize("headers", [{"retry-after": "61"}, {"retry-after": "3600"}, {"retry-after-ms": "120000"}])
def test_retry_after_beyond_the_cap_stops_the_retries(headers: dict[str, str]) -> None:
    """A server asking for more than a minute is not retried after the backoff: the error goes out at once."""
    assert step(httpx.Response(429, headers=headers)) is None


def test_retry_after_on_a_non_retryable_status_is_ignored() -> None:
    assert step(httpx.Response(400, headers={"retry-after": "1"})) is None


@pytest.mark.parametrize(
    "kwargs",
    [{"max_retries": -1}, {"max_retries": True}, {"max_retries": 1.5}, {"initial_delay": -1}, {"jitter": 2}],
)
def test_policy_rejects_bad_settings(kwargs: dict[str, object]) -> None:
    with pytest.raises(ConfigurationError):
        RetryPolicy(**kwargs)  # type: ignore[arg-type]
