"""Base-URL safety: a scheme and a host are required, and a token never travels over plain http by accident."""

from __future__ import annotations

import ipaddress

import httpx

from .exceptions import ConfigurationError

__all__ = ["check_base_url", "is_loopback", "may_carry_token", "single_segments"]


def is_loopback(host: str) -> bool:
    """Whether `host` is this machine: `localhost`, `*.localhost`, 127.0.0.0/8 or ::1."""
    name = host.lower().rstrip(".")
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name.strip("[]")).is_loopback
    except ValueError:
        return False


def may_carry_token(url: httpx.URL, *, allow_insecure_http: bool) -> bool:
    """Whether a request to `url` may carry the token: https, or plain http to a loopback host (or when allowed)."""
    if url.scheme == "https":
        return True
    return url.scheme == "http" and (allow_insecure_http or is_loopback(url.host))


def check_base_url(url: object, *, allow_insecure_http: bool = False) -> str:
    """The normalised base URL (no trailing slash), or ConfigurationError saying what is wrong and how to fix it.

    Rules: the URL is absolute with an `https` (or `http`) scheme and a host; it carries no credentials, query or
    fragment; plain `http` is accepted only for a loopback host (a local mock) unless `allow_insecure_http=True`,
    because every request carries the bearer token.
    """
    if not isinstance(url, str | httpx.URL) or not str(url).strip():
        raise ConfigurationError(f"base_url must be a non-empty URL such as 'https://api.example.com', got {url!r}")
    text = str(url).strip()
    try:
        parsed = httpx.URL(text)
    except httpx.InvalidURL as error:
        raise ConfigurationError(f"base_url {text!r} is not a valid URL: {error}") from None
    if parsed.scheme not in ("https", "http") or not parsed.host:
        raise ConfigurationError(
            f"base_url {text!r} must be an absolute URL with a scheme and a host, e.g. 'https://{text.lstrip('/')}'"
        )
    if parsed.userinfo:
        raise ConfigurationError("base_url must not contain credentials; pass the token as an argument instead")
    if parsed.query or parsed.fragment:
        raise ConfigurationError(
            f"base_url {parsed.copy_with(query=None, fragment=None)} must not have a query or fragment"
        )
    if not isinstance(allow_insecure_http, bool):  # "no", 0 or None must not decide about sending a token in clear
        raise ConfigurationError(f"allow_insecure_http must be True or False, got {type(allow_insecure_http).__name__}")
    if not may_carry_token(parsed, allow_insecure_http=allow_insecure_http):
        raise ConfigurationError(
            f"base_url {str(parsed)!r} must use https for a non-loopback host: "
            f"refusing to send the API token over plain http to {parsed.host!r}; use https, "
            "or pass allow_insecure_http=True if this really is a trusted network"
        )
    return str(parsed).rstrip("/")


def single_segments(path: str) -> str:
    """`path` with each `.` or `..` segment percent-encoded (`%2E`), so it stays a segment and httpx does not resolve
    it against the ones before it: a path parameter is one segment, whatever its value (`/runs/..` is not `/`)."""
    before, mark, query = path.partition("?")
    segments = before.split("/")
    if not any(segment in (".", "..") for segment in segments):
        return path
    encoded = [segment.replace(".", "%2E") if segment in (".", "..") else segment for segment in segments]
    return "/".join(encoded) + mark + query
