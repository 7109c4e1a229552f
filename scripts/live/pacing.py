"""Politeness towards the vendor: a request budget, a rate limit, and `Retry-After`, enforced where requests leave.

Every request of a live run (generated cases, semantic assertions, opt-in probes) goes through one
`PacedAdapter`, so nothing can bypass the limits. A 429 stops the run cleanly: nothing more is sent, and the
report says why. A `Retry-After` on any other answer delays the next request (up to `max_wait`, else it stops).
"""

from __future__ import annotations

import email.utils
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import requests
from requests.adapters import HTTPAdapter

MAX_WAIT = 60.0


class Stopped(Exception):
    """No more requests may be sent: the budget is spent or the vendor asked us to stop."""


def retry_after_seconds(value: str | None, now: Callable[[], float] = time.time) -> float | None:
    """`Retry-After` as seconds from now: delta-seconds or an HTTP date (RFC 9110 10.2.3); None when absent or bad."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    if text.isdigit():
        return float(text)
    try:
        moment = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    return max(0.0, moment.timestamp() - now())


@dataclass
class Pacer:
    budget: int
    rate: float  # requests per second
    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], None] = time.sleep
    max_wait: float = MAX_WAIT
    sent: int = 0
    stop_reason: str | None = None
    last_latency: float = 0.0  # seconds from sending the last request to its answer's headers, pacing excluded
    _next_at: float = field(default=float("-inf"), repr=False)

    def acquire(self) -> None:
        """Wait for the next slot and count the request, or raise `Stopped`."""
        if self.stop_reason is None and self.sent >= self.budget:
            self.stop_reason = f"the request budget of {self.budget} is spent"
        if self.stop_reason is not None:
            raise Stopped(self.stop_reason)
        delay = self._next_at - self.clock()
        if delay > 0:
            self.sleep(delay)
        self.sent += 1
        self._next_at = self.clock() + 1.0 / self.rate

    def observe(self, status: int, retry_after: str | None) -> None:
        wait = retry_after_seconds(retry_after)
        if status == 429:
            hint = f" (Retry-After: {retry_after})" if retry_after else " (no Retry-After)"
            self.stop_reason = f"the vendor answered 429 Too Many Requests{hint}; stopped after {self.sent} requests"
        elif wait is not None and wait > self.max_wait:
            self.stop_reason = f"the vendor asked to wait {wait:g} s (Retry-After), longer than {self.max_wait:g} s"
        elif wait is not None:
            self._next_at = max(self._next_at, self.clock() + wait)


class PacedAdapter(HTTPAdapter):
    """A requests transport adapter that asks the pacer before every request and shows it every answer."""

    def __init__(self, pacer: Pacer) -> None:
        super().__init__()
        self.pacer = pacer

    def send(self, request: requests.PreparedRequest, *args: Any, **kwargs: Any) -> requests.Response:
        self.pacer.acquire()
        started = time.monotonic()
        response = super().send(request, *args, **kwargs)
        self.pacer.last_latency = time.monotonic() - started
        self.pacer.observe(response.status_code, response.headers.get("Retry-After"))
        return response


def paced_session(pacer: Pacer) -> requests.Session:
    session = requests.Session()
    adapter = PacedAdapter(pacer)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session
