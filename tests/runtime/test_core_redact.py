"""scripts/runtime/synq_coalesce_core/redact.py: scrubbing the credentials out of quoted exception text."""

from __future__ import annotations

import httpx
from synq_coalesce_core.redact import scrub


def test_scrub_removes_every_form_of_the_credential() -> None:
    value = "Bearer to\x0bken-1"
    headers = httpx.Headers({"Authorization": value, "Cookie": "a=b", "Accept": "x"})
    text = f"{value.encode()!r} | {value} | {value.partition(' ')[2]} | a=b | x"  # as h11 quotes it, raw, bare
    assert scrub(text, headers) == "b'[redacted]' | [redacted] | [redacted] | [redacted] | x"
