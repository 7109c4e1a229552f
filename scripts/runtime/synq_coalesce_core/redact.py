"""Keep credentials out of messages, logs and reprs."""

from __future__ import annotations

import httpx

__all__ = ["REDACTED", "SENSITIVE_HEADERS", "mask", "redact_headers", "safe_url", "scrub"]

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


def scrub(text: str, headers: httpx.Headers) -> str:
    """`text` with every credential from `headers` replaced by `[redacted]`: the whole value, the credential after
    its scheme (`Bearer <token>`), and both as a bytes repr escapes them (h11 quotes a header value it refuses)."""
    forms: set[str] = set()
    for name in SENSITIVE_HEADERS:
        for value in headers.get_list(name):
            for secret in (value, value.partition(" ")[2]):
                if secret.strip():
                    forms |= {secret, repr(secret.encode("utf-8", "surrogateescape"))[2:-1]}
    for form in sorted(forms, key=len, reverse=True):
        text = text.replace(form, REDACTED)
    return text
