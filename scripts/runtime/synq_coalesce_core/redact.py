"""Keep credentials out of messages, logs and reprs."""

from __future__ import annotations

import json
from collections.abc import Iterable
from urllib.parse import quote, quote_plus

import httpx

__all__ = [
    "MIN_SCRUBBED",
    "REDACTED",
    "SENSITIVE_HEADERS",
    "mask",
    "redact_headers",
    "safe_url",
    "scrub",
    "scrub_response",
    "scrub_secrets",
    "secret_repr",
]

MIN_SCRUBBED = 6
"""Secrets shorter than this are not searched for in texts (a one-letter test token would blank every "t")."""

REDACTED = "[redacted]"
SENSITIVE_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key"})
_SENSITIVE_PARAMS = frozenset(
    {
        "access_token",
        "api_key",
        "apikey",
        "client_secret",
        "code",
        "key",
        "password",
        "secret",
        "sig",
        "signature",
        "token",
    }
)


def safe_url(url: httpx.URL | str) -> str:
    """The URL without userinfo, with the values of credential-like query parameters replaced by `[redacted]`."""
    parsed = url if isinstance(url, httpx.URL) else httpx.URL(url)
    if parsed.userinfo:
        parsed = parsed.copy_with(username=None, password=None)
    if parsed.query:
        params = [(k, REDACTED if k.lower() in _SENSITIVE_PARAMS else v) for k, v in parsed.params.multi_items()]
        parsed = parsed.copy_with(params=params)
    return str(parsed)


def redact_headers(headers: httpx.Headers | dict[str, str]) -> dict[str, str]:
    """A copy of the headers that is safe to log: credential headers show `[redacted]`."""
    items = headers.multi_items() if isinstance(headers, httpx.Headers) else list(headers.items())
    return {k: REDACTED if k.lower() in SENSITIVE_HEADERS else v for k, v in items}


def mask(secret: str | None) -> str:
    """How a secret appears in a repr: `'***'` when set, `None` when not."""
    return "None" if secret is None else "'***'"


def secret_repr(value: object) -> str:
    """The repr of a model field the spec marks secret (`format: password`): `'***'`, or `None` when unset."""
    return "None" if value is None else mask("")


def scrub(text: str, headers: httpx.Headers, secrets: Iterable[str] = ()) -> str:
    """`text` with every credential from `headers` (the whole value, and the credential after its scheme, `Bearer
    <token>`, whatever their length) and each of `secrets` replaced by `[redacted]`; see `scrub_secrets`."""
    values = [
        secret
        for name in SENSITIVE_HEADERS
        for value in headers.get_list(name)
        for secret in (value, value.partition(" ")[2])
    ]
    return scrub_secrets(scrub_secrets(text, values, shortest=1), secrets)


def scrub_secrets(text: str, secrets: Iterable[str], *, shortest: int = MIN_SCRUBBED) -> str:
    """`text` with each secret (of `shortest` characters or more) replaced by `[redacted]`, also as a server or a
    library would quote it: escaped in JSON, percent-encoded in a form body or URL, escaped in a bytes repr (h11
    quotes a header value it refuses)."""
    forms: set[str] = set()
    for secret in secrets:
        if len(secret.strip()) >= shortest:
            escaped = json.dumps(secret)[1:-1]
            forms |= {secret, escaped, quote(secret, safe=""), quote_plus(secret)}
            forms.add(repr(secret.encode("utf-8", "surrogateescape"))[2:-1])
    for form in sorted(forms, key=len, reverse=True):
        text = text.replace(form, REDACTED)
    return text


def scrub_response(response: httpx.Response, secrets: Iterable[str]) -> httpx.Response:
    """`response` itself when its (read) body and headers quote none of `secrets`, else a copy with them scrubbed:
    what an error may keep of an answer a server filled with the credentials it was sent (or issued)."""
    kept = list(secrets)
    try:
        text = response.text
    except httpx.ResponseNotRead:
        text = ""
    clean = scrub_secrets(text, kept)
    headers = [(k, scrub_secrets(v, kept)) for k, v in response.headers.multi_items()]
    if clean == text and headers == response.headers.multi_items():
        return response
    headers = [(k, v) for k, v in headers if k.lower() not in ("content-encoding", "content-length")]
    request = response._request  # None for a response built by hand
    copy = httpx.Response(response.status_code, headers=headers, content=clean.encode(), request=request)
    copy.extensions = {key: value for key, value in response.extensions.items() if key == "http_version"}
    return copy
