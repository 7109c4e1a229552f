"""The per-attempt deadline's length, the capped poll timeout, bounded reading and inflating, and scrubbing."""

from __future__ import annotations

import gzip
import zlib

import httpx
import pytest
from synq_coalesce_core.exceptions import ResponseTooLargeError
from synq_coalesce_core.limits import read_body, total_timeout
from synq_coalesce_core.options import DEFAULT_TIMEOUT, capped_timeout
from synq_coalesce_core.redact import scrub

BODY = b'{"id": 1, "runStatus": "completed"}' * 100


@pytest.mark.parametrize(
    ("timeout", "total"),
    [
        (DEFAULT_TIMEOUT, 60.0),
        (httpx.Timeout(3.0), 3.0),
        (httpx.Timeout(5.0, read=None), None),
        (httpx.Timeout(None), None),
    ],
)
def test_an_attempt_lasts_its_longest_phase(timeout: httpx.Timeout, total: float | None) -> None:
    assert total_timeout(timeout.as_dict()) == total


def test_a_capped_timeout_keeps_shorter_phases() -> None:
    assert capped_timeout(DEFAULT_TIMEOUT, 10.0) == httpx.Timeout(10.0, connect=5.0)
    assert capped_timeout(httpx.Timeout(None), 2.5) == httpx.Timeout(2.5)


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


def test_scrub_removes_every_form_of_the_credential() -> None:
    value = "Bearer to\x0bken-1"
    headers = httpx.Headers({"Authorization": value, "Cookie": "a=b", "Accept": "x"})
    text = f"{value.encode()!r} | {value} | {value.partition(' ')[2]} | a=b | x"  # as h11 quotes it, raw, bare
    assert scrub(text, headers) == "b'[redacted]' | [redacted] | [redacted] | [redacted] | x"
