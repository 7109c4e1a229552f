"""scripts/runtime/synq_coalesce_core/body.py: bounded reading and inflating of response bodies."""

from __future__ import annotations

import gzip
import zlib

import httpx
import pytest
from synq_coalesce_core.body import read_body
from synq_coalesce_core.exceptions import ResponseTooLargeError

BODY = b'{"id": 1, "runStatus": "completed"}' * 100


def streamed(content: bytes, encoding: str | None) -> httpx.Response:
    headers = {"content-encoding": encoding} if encoding else {}
    chunks = [content[i : i + 7] for i in range(0, len(content), 7)]
    return httpx.Response(
        200, headers=headers, stream=httpx.ByteStream(b"".join(chunks)), request=httpx.Request("GET", "https://h/")
    )


def raw_deflate(data: bytes) -> bytes:
    packer = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    return packer.compress(data) + packer.flush()


@pytest.mark.parametrize(
    ("encoded", "encoding"),
    [(BODY, None), (gzip.compress(BODY), "gzip"), (zlib.compress(BODY), "deflate"), (raw_deflate(BODY), "deflate")],
    ids=["identity", "gzip", "deflate-zlib", "deflate-raw"],
)
def test_bodies_are_decoded_and_counted_after_decoding(encoded: bytes, encoding: str | None) -> None:
    response = streamed(encoded, encoding)
    read_body(response, len(BODY))
    assert response.content == BODY and response.is_closed
    with pytest.raises(ResponseTooLargeError, match=f"larger than max_response_bytes={len(BODY) - 1}") as caught:
        read_body(streamed(encoded, encoding), len(BODY) - 1)
    assert caught.value.text == BODY[:4096].decode()


def test_a_corrupt_gzip_body_is_a_decoding_error() -> None:
    with pytest.raises(httpx.DecodingError):
        read_body(streamed(b"\x1f\x8b not gzip at all", "gzip"), 1000)
