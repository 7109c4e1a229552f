"""Read a response body within the client's `max_response_bytes`, counted after decoding.

Bodies are read as a stream and counted after decoding, so a gzip bomb stops at the limit, not at the end of memory.
gzip and deflate are inflated here, 64 KiB at a time (httpx's decoder inflates a whole network read at once, and
64 KiB of a bomb is 64 MiB); other encodings (br, zstd, several stacked) go through httpx's decoder.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from typing import Final

import httpx

from .deadline import check_deadline
from .exceptions import ResponseTooLargeError
from .messages import describe_response

__all__ = ["aread_body", "read_body"]

_PIECE: Final = 64 * 1024
"""The most one inflate step produces."""

_KEPT_BYTES: Final = 4096
"""How much of a body past the limit is kept for `ResponseTooLargeError.text`."""


def read_body(response: httpx.Response, limit: int) -> None:
    """Read the decoded body into `response.content`; ResponseTooLargeError past `limit` bytes."""
    body = _Body(response, limit)
    inflater = _Inflater.for_response(response)
    try:
        if inflater is None:
            for chunk in response.iter_bytes():
                body.add(chunk)
                check_deadline(response)
        else:
            for raw in response.iter_raw():
                for piece in inflater.pieces(raw):
                    body.add(piece)
                check_deadline(response)
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
