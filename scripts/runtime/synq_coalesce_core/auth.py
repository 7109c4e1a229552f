"""Bearer authentication as `httpx.Auth` flows: a fixed token, or OAuth2 client credentials with a cached token.

Tokens and secrets live only in these objects; their reprs mask them and nothing here logs them.
"""

from __future__ import annotations

import asyncio
import logging
import math
import re
import threading
from collections import deque
from collections.abc import AsyncGenerator, Generator
from typing import Any

import httpx

from .body import aread_body, read_body
from .clock import SYSTEM_CLOCK, Clock
from .exceptions import ConfigurationError, ResponseValidationError
from .redact import mask, safe_url, scrub_response
from .status_errors import CORE_STATUS_ERRORS, StatusErrors

__all__ = ["BearerTokenAuth", "ClientCredentialsAuth", "check_secret", "credentials_of", "is_b64token"]

_LOGGER = logging.getLogger(__name__)

_B64TOKEN = re.compile(r"[A-Za-z0-9\-._~+/]+=*")
"""RFC 6750 §2.1: `b64token = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="`."""
_B64TOKEN_RULE = "letters, digits and -._~+/ with optional trailing '=' (RFC 6750 b64token)"

TOKEN_RESPONSE_LIMIT = 2**20
"""1 MiB: a token response is a few hundred bytes; an error page from the token endpoint may be larger."""


def is_b64token(text: str) -> bool:
    """Whether `text` can be sent as `Authorization: Bearer <text>` (RFC 6750 b64token characters)."""
    return _B64TOKEN.fullmatch(text) is not None


def credentials_of(auth: httpx.Auth | None) -> list[str]:
    """Every credential `auth` holds (a token, a client secret, the tokens it was issued): what no error may quote."""
    return auth.credentials() if isinstance(auth, BearerTokenAuth | ClientCredentialsAuth) else []


def check_secret(name: str, value: object) -> str:
    """`value` as a usable credential string (surrounding whitespace removed), or ConfigurationError.

    The message names the argument but never echoes the value.
    """
    if not isinstance(value, str):
        raise ConfigurationError(f"{name} must be a string, got {type(value).__name__}")
    text = value.strip()
    if not text:
        raise ConfigurationError(f"{name} is empty")
    if any(ch in text for ch in "\r\n\0"):
        raise ConfigurationError(f"{name} contains a line break or NUL character")
    return text


class BearerTokenAuth(httpx.Auth):
    """Sends `Authorization: Bearer <token>`. A token pasted with its `Bearer ` prefix is accepted as well."""

    def __init__(self, token: str, *, name: str = "token") -> None:
        text = check_secret(name, token)
        scheme, _, rest = text.partition(" ")
        if scheme.lower() == "bearer":
            text = check_secret(name, rest)
        if not is_b64token(text):
            raise ConfigurationError(f"{name} has characters a bearer token cannot have: only {_B64TOKEN_RULE}")
        self._token = text

    def credentials(self) -> list[str]:
        """The token, for scrubbing (see `credentials_of`)."""
        return [self._token]

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = f"Bearer {self._token}"
        yield request

    def __repr__(self) -> str:
        return f"BearerTokenAuth(token={mask(self._token)})"


class ClientCredentialsAuth(httpx.Auth):
    """OAuth2 client-credentials grant (RFC 6749 §4.4) with the credentials in the form body.

    The access token is fetched on first use, reused until `expires_in` minus a margin (60 s, or half the lifetime
    for short-lived tokens), fetched again when it has expired, and once more when the API answers 401 to a token
    that was not fresh. Concurrent requests share one fetch (a lock per sync client and per event loop), also when
    several of them get a 401 for the same expired token: the first refreshes it, the others use the new one.
    The token request has the API request's timeout and deadline, never follows a redirect, and its response is read
    up to TOKEN_RESPONSE_LIMIT. Failures of the token request raise the typed `APIStatusError` for its status, the
    vendor's class from `errors` (401 → AuthenticationError); an unusable token response raises
    ResponseValidationError.
    """

    def __init__(
        self,
        *,
        token_url: str,
        client_id: str,
        client_secret: str,
        scope: str | None = None,
        refresh_margin: float = 60.0,
        clock: Clock = SYSTEM_CLOCK,
        logger: logging.Logger | None = None,
        errors: StatusErrors[Any] = CORE_STATUS_ERRORS,
    ) -> None:
        self.token_url = token_url
        self.client_id = check_secret("client_id", client_id)
        self._client_secret = check_secret("client_secret", client_secret)
        self.scope = scope
        self.refresh_margin = refresh_margin
        self._clock = clock
        self._logger = logger or _LOGGER
        self._errors = errors
        self._access_token: str | None = None
        self._issued: deque[str] = deque(maxlen=4)  # a server may still quote a token refreshed a moment ago
        self._refresh_at = -math.inf
        self._thread_lock = threading.Lock()
        self._async_lock: asyncio.Lock | None = None
        self._async_lock_loop: asyncio.AbstractEventLoop | None = None

    def __repr__(self) -> str:
        return (
            f"ClientCredentialsAuth(token_url={self.token_url!r}, client_id={self.client_id!r}, "
            f"client_secret={mask(self._client_secret)})"
        )

    def credentials(self) -> list[str]:
        """The client secret and the latest tokens issued, for scrubbing (see `credentials_of`)."""
        return [self._client_secret, *self._issued]

    @property
    def has_valid_token(self) -> bool:
        """Whether a cached token exists and is not due for refresh."""
        return self._access_token is not None and self._clock.monotonic() < self._refresh_at

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        with self._thread_lock:
            fresh = self._needs_fetch(stale=None)
            if fresh:
                token_response = yield self._token_request(request)
                read_body(token_response, TOKEN_RESPONSE_LIMIT)
                self._store(token_response)
            used = self._sign(request)
        response = yield request
        if response.status_code != 401 or fresh:  # a 401 for a token fetched just now: don't loop
            return
        response.close()
        _forget_body(response)
        with self._thread_lock:
            if self._needs_fetch(stale=used):
                token_response = yield self._token_request(request)
                read_body(token_response, TOKEN_RESPONSE_LIMIT)
                self._store(token_response)
            self._sign(request)
        yield request

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        async with self._lock_for_loop():
            fresh = self._needs_fetch(stale=None)
            if fresh:
                token_response = yield self._token_request(request)
                await aread_body(token_response, TOKEN_RESPONSE_LIMIT)
                self._store(token_response)
            used = self._sign(request)
        response = yield request
        if response.status_code != 401 or fresh:
            return
        await response.aclose()
        _forget_body(response)
        async with self._lock_for_loop():
            if self._needs_fetch(stale=used):
                token_response = yield self._token_request(request)
                await aread_body(token_response, TOKEN_RESPONSE_LIMIT)
                self._store(token_response)
            self._sign(request)
        yield request

    def _needs_fetch(self, *, stale: str | None) -> bool:
        """No valid token is cached, or the cached one is `stale` (the API refused it; nobody has refreshed it yet)."""
        return not self.has_valid_token or self._access_token == stale

    def _lock_for_loop(self) -> asyncio.Lock:
        loop = asyncio.get_running_loop()
        if self._async_lock is None or self._async_lock_loop is not loop:
            self._async_lock = asyncio.Lock()
            self._async_lock_loop = loop
        return self._async_lock

    def _sign(self, request: httpx.Request) -> str | None:
        """Sign `request` with the cached token; return that token."""
        request.headers["Authorization"] = f"Bearer {self._access_token}"
        return self._access_token

    def _token_request(self, request: httpx.Request) -> httpx.Request:
        """The token request, with the timeout and deadline hook of the API `request` it is made for."""
        form = {"grant_type": "client_credentials", "client_id": self.client_id, "client_secret": self._client_secret}
        if self.scope:
            form["scope"] = self.scope
        extensions: dict[str, Any] = {
            key: request.extensions[key] for key in ("timeout", "trace") if key in request.extensions
        }
        return httpx.Request(
            "POST", self.token_url, data=form, headers={"Accept": "application/json"}, extensions=extensions
        )

    def _store(self, received: httpx.Response) -> None:
        url = safe_url(received.request.url)
        body = _json_object(received)
        token = body.get("access_token") if body is not None else None
        issued = [token] if isinstance(token, str) else []
        response = scrub_response(received, [self._client_secret, *issued])  # what an error may keep of it
        if not response.is_success:
            raise self._errors.without_model(response, detail=_oauth_error_text(_json_object(response)))
        if not isinstance(token, str) or not token.strip():
            raise ResponseValidationError(f"the token response from {url} has no access_token", response=response)
        if not is_b64token(token.strip()):
            raise ResponseValidationError(
                f"the access_token from {url} has characters a bearer token cannot have: only {_B64TOKEN_RULE}",
                response=response,
            )
        lifetime = body.get("expires_in") if body is not None else None
        now = self._clock.monotonic()
        if isinstance(lifetime, bool) or not isinstance(lifetime, int | float | str):
            self._refresh_at = math.inf
        else:
            seconds = _seconds(lifetime)
            if seconds is None:
                raise ResponseValidationError(
                    f"the token response from {url} has an expires_in that is not a finite number of seconds",
                    response=response,
                )
            self._refresh_at = now + max(0.0, seconds - min(self.refresh_margin, seconds / 2))
        self._access_token = token.strip()
        self._issued.append(self._access_token)
        _forget_body(received)  # httpx keeps the token response in the history of the API response
        self._logger.debug("fetched an OAuth2 access token from %s (expires_in=%s)", url, lifetime)


def _forget_body(response: httpx.Response) -> None:
    """Drop a body httpx would otherwise read to the end (a 401 before the retry) or keep (the token response) in
    the history of the API response: no error needs it."""
    response._content = b""


def _seconds(lifetime: float | str) -> float | None:
    try:
        seconds = float(lifetime)
    except (ValueError, OverflowError):  # "soon"; an integer with hundreds of digits
        return None
    return seconds if math.isfinite(seconds) else None


def _json_object(response: httpx.Response) -> dict[str, Any] | None:
    try:
        data = response.json()
    except (ValueError, RecursionError):  # not JSON; nested deeper than the stack
        return None
    return data if isinstance(data, dict) else None


def _oauth_error_text(error: dict[str, Any] | None) -> str:
    text = "the OAuth2 token request failed"
    if error is None:
        return text
    code, description = error.get("error"), error.get("error_description")
    parts = [str(p) for p in (code, description) if isinstance(p, str) and p]
    return f"{text}: {': '.join(parts)}" if parts else text
