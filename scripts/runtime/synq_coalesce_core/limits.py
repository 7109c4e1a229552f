"""Every attempt ends: within its total timeout, and before its body outgrows `max_response_bytes`.

httpx's timeouts bound each socket operation, so a server that drips a byte a second keeps a call alive as long as
it likes. Here one attempt (connect, send, headers, body; the token request of an OAuth2 flow included) gets a
deadline: the longest of its timeouts, counted from the start of the attempt.

- async: the attempt runs under `asyncio.timeout`.
- sync: httpcore's `trace` hook hands over the stream of every connection the client opens, and each read on it is
  shortened to the time left before the deadline of the attempt reading it (a context variable, so threads sharing
  one client each see their own). The deadline is also checked between body chunks, for transports without sockets.

Bodies are read as a stream and counted after decoding, so a gzip bomb stops at the limit, not at the end of memory.
gzip and deflate are inflated here, 64 KiB at a time (httpx's decoder inflates a whole network read at once, and
64 KiB of a bomb is 64 MiB); other encodings (br, zstd, several stacked) go through httpx's decoder.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
import zlib
from collections.abc import AsyncIterator, Iterator, Mapping
from contextvars import ContextVar
from typing import Any, Final

import httpcore
import httpx

from .exceptions import ResponseTooLargeError, describe_response

__all__ = ["DEFAULT_MAX_RESPONSE_BYTES", "aread_body", "async_deadline", "read_body", "sync_deadline", "total_timeout"]

DEFAULT_MAX_RESPONSE_BYTES: Final = 16 * 2**20
"""16 MiB. The largest legal body, 100 SYNQ executions, is 100-200 KB: this is 80 times that, and the JSON objects
a body this size decodes into stay in the low hundreds of MB."""

_PIECE: Final = 64 * 1024
"""The most one inflate step produces."""

_KEPT_BYTES: Final = 4096
"""How much of a body past the limit is kept for `ResponseTooLargeError.text`."""

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


def read_body(response: httpx.Response, limit: int) -> None:
    """Read the decoded body into `response.content`; ResponseTooLargeError past `limit` bytes."""
    body = _Body(response, limit)
    inflater = _Inflater.for_response(response)
    try:
        if inflater is None:
            for chunk in response.iter_bytes():
                body.add(chunk)
                _check_deadline(response)
        else:
            for raw in response.iter_raw():
                for piece in inflater.pieces(raw):
                    body.add(piece)
                _check_deadline(response)
    finally:
        response.close()
    body.finish()


async def aread_body(response: httpx.Response, limit: int) -> None:
    """The async `read_body` (its deadline is the enclosing `async_deadline`)."""
    body = _Body(response, limit)
    inflater = _Inflater.for_response(response)
    try:
        if inflater is None:
            async for chunk in response.aiter_bytes():
                body.add(chunk)
        else:
            async for raw in response.aiter_raw():
                for piece in inflater.pieces(raw):
                    body.add(piece)
    finally:
        await response.aclose()
    body.finish()


class _Inflater:
    """Inflates a gzip or deflate body in pieces of at most _PIECE bytes."""

    def __init__(self, response: httpx.Response, wbits: int) -> None:
        self.response = response
        self.wbits = wbits
        self.zlib = zlib.decompressobj(wbits)
        self.started = False

    @classmethod
    def for_response(cls, response: httpx.Response) -> _Inflater | None:
        encoding = response.headers.get("content-encoding", "").strip().lower()
        if encoding in ("gzip", "x-gzip"):
            return cls(response, zlib.MAX_WBITS | 16)
        if encoding == "deflate":
            return cls(response, zlib.MAX_WBITS)
        return None

    def pieces(self, data: bytes) -> Iterator[bytes]:
        while data:
            try:
                piece = self.zlib.decompress(data, _PIECE)
            except zlib.error as error:
                if self.started or self.wbits != zlib.MAX_WBITS:
                    raise httpx.DecodingError(str(error), request=self.response.request) from error
                self.wbits, self.zlib = -zlib.MAX_WBITS, zlib.decompressobj(-zlib.MAX_WBITS)  # deflate without header
                continue
            self.started = True
            data = self.zlib.unconsumed_tail
            yield piece


def _check_deadline(response: httpx.Response) -> None:
    deadline = _DEADLINE.get()
    if deadline is not None and time.monotonic() >= deadline:
        raise httpx.ReadTimeout("the total timeout of the attempt has passed", request=response.request)


class _Body:
    """The chunks read so far, and the limit they must stay under."""

    def __init__(self, response: httpx.Response, limit: int) -> None:
        self.response = response
        self.limit = limit
        self.chunks: list[bytes] = []
        self.size = 0

    def add(self, chunk: bytes) -> None:
        self.size += len(chunk)
        if self.size > self.limit:
            self.response._content = self.beginning(chunk)
            raise ResponseTooLargeError(
                f"{describe_response(self.response)}: the body is larger than max_response_bytes={self.limit} "
                "(reading stopped there)",
                response=self.response,
                limit=self.limit,
            )
        self.chunks.append(chunk)

    def beginning(self, last: bytes) -> bytes:
        kept = bytearray()
        for part in (*self.chunks, last):
            kept += part[: _KEPT_BYTES - len(kept)]
            if len(kept) >= _KEPT_BYTES:
                break
        return bytes(kept)

    def finish(self) -> None:
        self.response._content = b"".join(self.chunks)
