"""What an error says: the status line, the vendor's error text found in a body or an error model, a body excerpt.

Messages say the status, method and URL and quote the vendor's text. They never contain request headers, so the
Authorization header and the token cannot leak through `str()` or `repr()` of an exception.
"""

from __future__ import annotations

import json
from http import HTTPStatus
from typing import Any

import httpx

from .redact import safe_url

__all__ = ["describe_response", "error_text", "request_of", "status_message", "text_of"]

_EXCERPT = 200
_REQUEST_ID = 100
"""The longest request ID quoted in a message (a server decides what the header holds)."""
_MAX_NESTING = 8
"""How deep `error_text` looks into nested `error` objects (the vendors nest one level)."""


def status_message(response: httpx.Response, error_model: object | None = None, *, detail: str | None = None) -> str:
    """`"<status> <reason> from <METHOD> <url>: <detail> (request ID <id>)"`, where detail is where a redirect
    pointed, else `detail` if given, else the vendor's text found in `error_model` (a `message` attribute, or
    `error.error_string` plus `error_detail`), else a short excerpt of the body; the request ID (`x-request-id`, what
    the vendor's support asks for) when the response carries one."""
    text = _redirect_note(response) or detail or error_text(error_model) or _body_excerpt(response)
    request_id = " ".join(response.headers.get("x-request-id", "").split())[:_REQUEST_ID]
    return f"{describe_response(response)}: {text}" + (f" (request ID {request_id})" if request_id else "")


def describe_response(response: httpx.Response) -> str:
    """`"503 Service Unavailable from GET https://host/path"` (no query secrets, no userinfo)."""
    reason = _reason(response.status_code)
    status = f"{response.status_code} {reason}" if reason else str(response.status_code)
    request = request_of(response)
    if request is None:
        return status
    return f"{status} from {request.method} {safe_url(request.url)}"


def error_text(error_model: object | None) -> str | None:
    """The human-readable text in a parsed vendor error model, found by its shape (None if it has none).

    Handles `{message}` (google.rpc.Status), `{error: {errorString, errorDetail}}` (Coalesce) and
    `{error, error_description}` (OAuth2), as models (snake_case attributes) or as plain dicts.
    """
    for _ in range(_MAX_NESTING):  # a loop, not recursion: a hostile body may nest `error` thousands deep
        if error_model is None:
            return None
        found = _own_text(error_model)
        if found is not None:
            return found
        nested = _field(error_model, "error")
        if isinstance(nested, str) and nested.strip():
            return nested.strip()
        if nested is error_model:
            return None
        error_model = nested
    return None


def _own_text(error_model: object) -> str | None:
    for name in ("message", "error_string", "errorString", "detail", "error_description"):
        value = _field(error_model, name)
        if isinstance(value, str) and value.strip():
            extra = _field(error_model, "error_detail")
            if extra is None:
                extra = _field(error_model, "errorDetail")
            if isinstance(extra, str) and extra.strip() and extra.strip() != value.strip():
                return f"{value.strip()} ({extra.strip()})"
            return value.strip()
    return None


def _field(obj: object, name: str) -> object | None:
    if isinstance(obj, dict):
        value: object | None = obj.get(name)
        return value
    return getattr(obj, name, None)


def _reason(status_code: int) -> str:
    try:
        return HTTPStatus(status_code).phrase
    except ValueError:
        return ""


def _redirect_note(response: httpx.Response) -> str | None:
    """For a 3xx with a Location: where it pointed (the clients follow no redirect they cannot vouch for)."""
    location = response.headers.get("location")
    request = request_of(response)
    if not response.is_redirect or location is None or request is None:
        return None
    try:
        target = safe_url(request.url.join(location))
    except httpx.InvalidURL:
        return "redirect to an invalid Location, not followed"
    return f"redirect to {target} not followed"


def _body_excerpt(response: httpx.Response) -> str:
    text = text_of(response)
    if not text.strip():
        return "empty body"
    try:
        parsed: Any = json.loads(text)
    except (ValueError, RecursionError):  # not JSON, or nested deeper than the stack (a hostile body)
        parsed = None
    found = error_text(parsed) if isinstance(parsed, dict) else None
    if found:
        return found
    content_type = response.headers.get("content-type", "").split(";")[0].strip() or "unknown content type"
    if "html" in content_type:
        return f"{content_type} body ({len(response.content)} bytes)"
    flat = " ".join(text.split())
    return flat if len(flat) <= _EXCERPT else flat[:_EXCERPT] + "..."


def request_of(response: httpx.Response) -> httpx.Request | None:
    """The request `response` answers, or None for a response built by hand."""
    try:
        return response.request
    except RuntimeError:  # a Response built by hand has no request
        return None


def text_of(response: httpx.Response) -> str:
    """The body as text, or "" when it was not read."""
    try:
        return response.text
    except httpx.ResponseNotRead:
        return ""
