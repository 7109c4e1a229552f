"""Every attempt ends within its total timeout: one deadline per attempt, not one per socket operation.

httpx's timeouts bound each socket operation, so a server that drips a byte a second keeps a call alive as long as
it likes. Here one attempt (connect, send, headers, body; the token request of an OAuth2 flow included) gets a
deadline: the longest of its timeouts, counted from the start of the attempt.

- async: the attempt runs under `asyncio.timeout`.
- sync: httpcore's `trace` hook hands over the stream of every connection the client opens, and each read on it is
  shortened to the time left before the deadline of the attempt reading it (a context variable, so threads sharing
  one client each see their own). The deadline is also checked between body chunks (`check_deadline`, called by
  `body`), for transports without sockets.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator, Iterator, Mapping
from contextvars import ContextVar
from typing import Any

import httpcore
import httpx

__all__ = ["async_deadline", "capped_timeout", "check_deadline", "sync_deadline", "total_timeout"]

_DEADLINE: ContextVar[float | None] = ContextVar("synq_coalesce_core_deadline", default=None)


def total_timeout(timeouts: Mapping[str, float | None]) -> float | None:
    """An attempt's deadline in seconds: the longest phase of an `httpx.Timeout.as_dict()`; None if one is None."""
    phases = [timeouts.get(phase) for phase in ("connect", "read", "write", "pool")]
    return None if None in phases else max(phase for phase in phases if phase is not None)


@contextlib.contextmanager
def sync_deadline(request: httpx.Request) -> Iterator[None]:
    """Bound the blocking attempt that sends `request` (and its redirects and token requests) by its deadline."""
    seconds = total_timeout(request.extensions.get("timeout", {}))
    request.extensions["trace"] = _bound_new_streams
    token = _DEADLINE.set(None if seconds is None else time.monotonic() + seconds)
    try:
        yield
    finally:
        _DEADLINE.reset(token)


@contextlib.asynccontextmanager
async def async_deadline(request: httpx.Request) -> AsyncIterator[None]:
    """Bound the async attempt that sends `request` by its deadline; raises TimeoutError when it passes."""
    async with asyncio.timeout(total_timeout(request.extensions.get("timeout", {}))):
        yield


def _bound_new_streams(event: str, info: Mapping[str, Any]) -> None:
    if event.endswith((".connect_tcp.complete", ".start_tls.complete")):
        stream = info["return_value"]
        read = stream.read

        def bounded_read(max_bytes: int, timeout: float | None = None) -> bytes:
            deadline = _DEADLINE.get()
            if deadline is not None:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise httpcore.ReadTimeout("the total timeout of the attempt has passed")
                timeout = left if timeout is None else min(timeout, left)
            data: bytes = read(max_bytes, timeout)
            return data

        stream.read = bounded_read


def check_deadline(response: httpx.Response) -> None:
    """ReadTimeout if the deadline of the blocking attempt reading `response` has passed."""
    deadline = _DEADLINE.get()
    if deadline is not None and time.monotonic() >= deadline:
        raise httpx.ReadTimeout("the total timeout of the attempt has passed", request=response.request)


def capped_timeout(timeout: httpx.Timeout, seconds: float) -> httpx.Timeout:
    """`timeout` with no phase longer than `seconds` (a poller's remaining wait bounds the call it makes)."""
    phases = {name: seconds if value is None else min(value, seconds) for name, value in timeout.as_dict().items()}
    return httpx.Timeout(**phases)
