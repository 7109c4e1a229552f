"""Every attempt ends within its total timeout: one deadline per attempt, not one per socket operation.

httpx's timeouts bound each socket operation, so a server that drips a byte a second keeps a call alive as long as
it likes. Here one attempt (connect, send, headers, body; the token request of an OAuth2 flow included) gets a
deadline: the longest of its timeouts, counted from the start of the attempt.

- async: the attempt runs under `asyncio.timeout`.
- sync: httpcore's `trace` hook hands over the stream of every connection the client opens, and each read on it is
  shortened to the time left before the deadline of the attempt reading it (a context variable, so threads sharing
  one client each see their own). Connections already in the pool (opened by a passed-in client before this one
  took over) get the same treatment when an attempt starts (`bound_open_connections`). The deadline is also checked
  between body chunks (`check_deadline`, called by `body`), for transports without sockets.

A caller that waits for something as a whole (`wait_for_run`) sets a deadline of its own, on the client's clock
(`wait_deadline`): the send loop then cuts every attempt's timeout and every retry sleep to the time left.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator, Iterator, Mapping
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any

import httpcore
import httpx

if TYPE_CHECKING:
    from .clock import Clock

__all__ = [
    "async_deadline",
    "bound_open_connections",
    "capped_timeout",
    "check_deadline",
    "sync_deadline",
    "total_timeout",
    "wait_deadline",
    "wait_left",
]

_DEADLINE: ContextVar[float | None] = ContextVar("synq_coalesce_core_deadline", default=None)
_WAIT_END: ContextVar[float | None] = ContextVar("synq_coalesce_core_wait_end", default=None)


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
        _bound(info["return_value"])


def bound_open_connections(client: httpx.Client) -> None:
    """Bound the reads of the connections already in `client`'s pools, opened before the trace hook could see them."""
    for transport in (client._transport, *client._mounts.values()):
        for connection in getattr(getattr(transport, "_pool", None), "connections", ()):
            while hasattr(connection, "_connection"):  # HTTPConnection, proxy connections -> HTTP11/HTTP2Connection
                connection = connection._connection
            stream = getattr(connection, "_network_stream", None)
            if stream is not None:
                _bound(stream)


def _bound(stream: Any) -> None:
    read = stream.read
    if getattr(read, "bounded", False):
        return

    def bounded_read(max_bytes: int, timeout: float | None = None) -> bytes:
        deadline = _DEADLINE.get()
        if deadline is not None:
            left = deadline - time.monotonic()
            if left <= 0:
                raise httpcore.ReadTimeout("the total timeout of the attempt has passed")
            timeout = left if timeout is None else min(timeout, left)
        data: bytes = read(max_bytes, timeout)
        return data

    bounded_read.bounded = True  # type: ignore[attr-defined]
    stream.read = bounded_read


def check_deadline(response: httpx.Response) -> None:
    """ReadTimeout if the deadline of the blocking attempt reading `response` has passed."""
    deadline = _DEADLINE.get()
    if deadline is not None and time.monotonic() >= deadline:
        raise httpx.ReadTimeout("the total timeout of the attempt has passed", request=response.request)


@contextlib.contextmanager
def wait_deadline(at: float) -> Iterator[None]:
    """Let no attempt or retry sleep of the calls made inside reach past `at` (on the client's clock)."""
    token = _WAIT_END.set(at)
    try:
        yield
    finally:
        _WAIT_END.reset(token)


def wait_left(clock: Clock) -> float | None:
    """The seconds left before the `wait_deadline` around this call, or None when there is none."""
    end = _WAIT_END.get()
    return None if end is None else end - clock.monotonic()


def capped_timeout(timeout: httpx.Timeout, seconds: float) -> httpx.Timeout:
    """`timeout` with no phase longer than `seconds` (a poller's remaining wait bounds the call it makes)."""
    phases = {name: seconds if value is None else min(value, seconds) for name, value in timeout.as_dict().items()}
    return httpx.Timeout(**phases)
