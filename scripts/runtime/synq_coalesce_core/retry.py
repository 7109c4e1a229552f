"""When to retry and how long to wait: pure functions shared by the sync and the async send loops.

Defaults follow the Stainless SDKs (openai, anthropic): 2 retries on connection errors, timeouts, 408, 409, 429, 500,
502, 503 and 504; exponential backoff 0.5 s x 2^n capped at 8 s, each delay multiplied by 1 - 0.25 x random();
a server's `retry-after-ms` or `Retry-After` (seconds or HTTP-date) replaces the backoff when 0 < value <= 60 s.
A server asking for a longer wait gets no retry at all: the error is raised at once (with `.retry_after`), so the
caller can schedule the wait rather than have the client hammer a server that asked for minutes.
An operation the API description does not know to be idempotent (IDEMPOTENCY_UNKNOWN: a POST such as starting a run)
is retried only after an outcome that proves the server did not act on it (`idempotency.not_acted_on`).
"""

from __future__ import annotations

import datetime
import email.utils
import functools
from collections.abc import Mapping
from dataclasses import dataclass, field

import httpx

from .exceptions import APIStatusError, ConfigurationError
from .idempotency import IdempotencyLevel, not_acted_on
from .options import DEFAULT_MAX_RETRIES

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "RETRY_STATUSES",
    "Outcome",
    "Retry",
    "RetryPolicy",
    "backoff_delay",
    "next_step",
    "parse_retry_after",
    "policy_for",
    "retryable_exception",
]

RETRY_STATUSES = frozenset({408, 409, 429, 500, 502, 503, 504})
_RETRYABLE_EXCEPTIONS = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError, httpx.ProxyError)

Outcome = httpx.Response | Exception
"""What one attempt produced: a response, or the exception that replaced it."""


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How often and how patiently to retry. `max_retries=0` sends every request exactly once."""

    max_retries: int = DEFAULT_MAX_RETRIES
    initial_delay: float = 0.5
    max_delay: float = 8.0
    jitter: float = 0.25
    max_retry_after: float = 60.0
    statuses: frozenset[int] = field(default=RETRY_STATUSES)

    def __post_init__(self) -> None:
        if isinstance(self.max_retries, bool) or not isinstance(self.max_retries, int) or self.max_retries < 0:
            raise ConfigurationError(f"max_retries must be an integer >= 0, got {self.max_retries!r}")
        for name in ("initial_delay", "max_delay", "max_retry_after"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
                raise ConfigurationError(f"{name} must be a number >= 0, got {value!r}")
        if not 0 <= self.jitter <= 1:
            raise ConfigurationError(f"jitter must be between 0 and 1, got {self.jitter!r}")


@functools.cache
def policy_for(max_retries: int) -> RetryPolicy:
    """The default policy with `max_retries` (one shared object per value: a client's options name only the count)."""
    return RetryPolicy(max_retries=max_retries)


@dataclass(frozen=True, slots=True)
class Retry:
    """The decision to send again after `delay` seconds; `reason` names what failed, for the log."""

    delay: float
    reason: str


def backoff_delay(policy: RetryPolicy, retries_done: int, random: float) -> float:
    """Exponential backoff for retry number `retries_done + 1`, with jitter; `random` is in [0, 1)."""
    base = min(policy.initial_delay * 2.0**retries_done, policy.max_delay)
    return base * (1.0 - policy.jitter * random)


def parse_retry_after(headers: Mapping[str, str], *, now: float) -> float | None:
    """Seconds the server asked us to wait (`retry-after-ms`, else `Retry-After` as seconds or HTTP-date).

    None when neither header is present or parsable. The value is not capped here; see `next_step`.
    """
    millis = headers.get("retry-after-ms")
    if millis is not None:
        seconds = _number(millis)
        if seconds is not None:
            return seconds / 1000.0
    value = headers.get("retry-after")
    if value is None:
        return None
    seconds = _number(value)
    if seconds is not None:
        return seconds
    try:
        when = email.utils.parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # HTTP-dates are always GMT
        when = when.replace(tzinfo=datetime.UTC)
    return when.timestamp() - now


def _number(text: str) -> float | None:
    try:
        value = float(text.strip())
    except ValueError:
        return None
    return value if value == value and value not in (float("inf"), float("-inf")) else None


def retryable_exception(error: BaseException) -> bool:
    """Whether an exception from sending is transient: a timeout, a network or remote-protocol error, a proxy error.

    Not retried: `UnsupportedProtocol`, `LocalProtocolError`, `TooManyRedirects`, `DecodingError` (our side or
    permanent).
    """
    return isinstance(error, _RETRYABLE_EXCEPTIONS)


def next_step(
    policy: RetryPolicy,
    *,
    retries_done: int,
    outcome: Outcome,
    now: float,
    random: float,
    level: IdempotencyLevel = IdempotencyLevel.NO_SIDE_EFFECTS,
) -> Retry | None:
    """Retry (and after how long), or None to stop and report `outcome`; `level` is the operation's idempotency.

    An `APIStatusError` outcome (e.g. raised by an auth flow's token request) is judged by its status and headers.
    """
    if retries_done >= policy.max_retries:
        return None
    if level is IdempotencyLevel.IDEMPOTENCY_UNKNOWN and not not_acted_on(outcome):
        return None
    if isinstance(outcome, httpx.Response | APIStatusError):
        status = outcome.status_code
        if status not in policy.statuses:
            return None
        reason = f"{status} {outcome.reason_phrase}".strip() if isinstance(outcome, httpx.Response) else str(status)
        asked = parse_retry_after(outcome.headers, now=now)
        if asked is not None and asked > policy.max_retry_after:
            return None
        if asked is not None and asked > 0:
            return Retry(asked, reason)
        return Retry(backoff_delay(policy, retries_done, random), reason)
    if retryable_exception(outcome):
        return Retry(backoff_delay(policy, retries_done, random), type(outcome).__name__)
    return None
