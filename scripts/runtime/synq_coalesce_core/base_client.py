"""The sync and async client bases the vendor facades build on: options, the httpx client, sending, closing.

A generated operation (`operations.call`) turns its `_get_kwargs(...)` into a request with `_send(kwargs, errors=...)`,
which adds the base URL, default headers, the timeout and authentication, retries, and returns the 2xx response or
raises the typed error: the vendor's class from `errors`, with the error model the operation declares.
"""

from __future__ import annotations

import copy
import logging
import ssl
from collections.abc import Mapping
from importlib import metadata
from types import TracebackType
from typing import Any, Self

import httpx

from .clock import SYSTEM_CLOCK, Clock
from .environment import ca_errors_named, check_environment, check_proxy
from .exceptions import ClientClosedError, ConfigurationError
from .limits import DEFAULT_MAX_RESPONSE_BYTES
from .options import DEFAULT_TIMEOUT, NOT_GIVEN, NotGiven, TimeoutTypes, to_timeout
from .retry import DEFAULT_MAX_RETRIES, RetryPolicy
from .sending import async_send_with_retries, send_with_retries
from .status_errors import CORE_STATUS_ERRORS, StatusErrors
from .urls import check_base_url

__all__ = ["AsyncAPIClient", "SyncAPIClient", "user_agent"]

DISTRIBUTION = "synq-coalesce-clients"


def user_agent(package: str) -> str:
    """`<package>/<version> python-httpx/<version>`, e.g. `synq_client/1.2.0 python-httpx/0.28.1`."""
    try:
        version = metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        version = "0+unknown"
    return f"{package}/{version} python-httpx/{httpx.__version__}"


class _ClientBase:
    """Options and request building shared by the sync and the async client."""

    _base_url: str
    _auth: httpx.Auth
    _timeout: httpx.Timeout
    _policy: RetryPolicy
    _headers: dict[str, str]
    _logger: logging.Logger
    _clock: Clock
    _max_response_bytes: int
    _allow_insecure_http: bool
    _owns_http: bool

    def _configure(
        self,
        *,
        base_url: str,
        auth: httpx.Auth,
        timeout: TimeoutTypes,
        max_retries: int,
        max_response_bytes: int,
        headers: Mapping[str, str] | None,
        allow_insecure_http: bool,
        logger: logging.Logger,
        clock: Clock | None,
        user_agent: str,
    ) -> None:
        self._base_url = check_base_url(base_url, allow_insecure_http=allow_insecure_http)
        self._auth = auth
        self._timeout = to_timeout(timeout)
        self._policy = RetryPolicy(max_retries=max_retries)
        self._max_response_bytes = _check_max_response_bytes(max_response_bytes)
        self._allow_insecure_http = allow_insecure_http
        self._headers = {"Accept": "application/json", "User-Agent": user_agent, **_check_headers(headers)}
        self._logger = logger
        self._clock = clock or SYSTEM_CLOCK

    @property
    def base_url(self) -> str:
        """The server every request goes to, without a trailing slash."""
        return self._base_url

    @property
    def timeout(self) -> httpx.Timeout:
        """The timeout of every request unless a call overrides it."""
        return self._timeout

    @property
    def max_retries(self) -> int:
        """How many times a failed request is retried (0: never)."""
        return self._policy.max_retries

    @property
    def max_response_bytes(self) -> int:
        """The largest decoded body a response may have; a larger one raises ResponseTooLargeError."""
        return self._max_response_bytes

    def with_options(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        max_response_bytes: int | NotGiven = NOT_GIVEN,
        headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
    ) -> Self:
        """A copy with other options that shares this client's connection pool and credentials.

        `headers` are added to (and override) the current default headers. Closing the copy leaves the pool open;
        close the original when done.
        """
        clone = copy.copy(self)
        if not isinstance(timeout, NotGiven):
            clone._timeout = to_timeout(timeout)
        if not isinstance(max_retries, NotGiven):
            clone._policy = RetryPolicy(max_retries=max_retries)
        if not isinstance(max_response_bytes, NotGiven):
            clone._max_response_bytes = _check_max_response_bytes(max_response_bytes)
        if not isinstance(headers, NotGiven):
            clone._headers = {**self._headers, **_check_headers(headers)}
        clone._owns_http = False
        return clone

    def _build(
        self, http: httpx.Client | httpx.AsyncClient, kwargs: Mapping[str, Any], timeout: TimeoutTypes | NotGiven
    ) -> httpx.Request:
        if http.is_closed:
            raise ClientClosedError(f"{type(self).__name__} is closed: create a new client to send more requests")
        arguments = dict(kwargs)
        path = str(arguments.pop("url"))
        headers = {**self._headers, **arguments.pop("headers", {})}
        effective = self._timeout if isinstance(timeout, NotGiven) else to_timeout(timeout)
        return http.build_request(url=self._base_url + path, headers=headers, timeout=effective, **arguments)

    def _httpx_kwargs(self, verify_ssl: bool | ssl.SSLContext, httpx_args: Mapping[str, Any] | None) -> dict[str, Any]:
        """The arguments for the httpx client this client creates, after checking what httpx will read from the
        environment (proxies, CA certificates) and any proxy in `httpx_args`."""
        arguments = {
            "timeout": self._timeout,
            "verify": _check_verify(verify_ssl, httpx_args),
            "follow_redirects": False,
            **(httpx_args or {}),
        }
        proxy = arguments.get("proxy")
        if proxy is not None:
            url = proxy.url if isinstance(proxy, httpx.Proxy) else proxy
            check_proxy(
                "httpx_args['proxy']", str(url), base_url=self._base_url, allow_insecure_http=self._allow_insecure_http
            )
        elif arguments.get("trust_env", True):
            check_environment(self._base_url, allow_insecure_http=self._allow_insecure_http)
        return arguments

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={self._base_url!r}, timeout={self._timeout!r}, "
            f"max_retries={self._policy.max_retries}, auth={self._auth!r})"
        )


class SyncAPIClient(_ClientBase):
    """A blocking client: owns an `httpx.Client` unless one is passed in."""

    def __init__(
        self,
        *,
        base_url: str,
        auth: httpx.Auth,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        httpx_args: Mapping[str, Any] | None = None,
        verify_ssl: bool | ssl.SSLContext = True,
        allow_insecure_http: bool = False,
        logger: logging.Logger,
        clock: Clock | None = None,
        user_agent: str,
    ) -> None:
        self._configure(
            base_url=base_url,
            auth=auth,
            timeout=timeout,
            max_retries=max_retries,
            max_response_bytes=max_response_bytes,
            headers=headers,
            allow_insecure_http=allow_insecure_http,
            logger=logger,
            clock=clock,
            user_agent=user_agent,
        )
        _check_http_client(http_client, httpx.Client, httpx_args)
        with ca_errors_named():
            self._http = http_client or httpx.Client(**self._httpx_kwargs(verify_ssl, httpx_args))
        self._owns_http = http_client is None

    @property
    def http_client(self) -> httpx.Client:
        """The underlying `httpx.Client` (for event hooks, or to share its pool)."""
        return self._http

    def _send(
        self,
        kwargs: Mapping[str, Any],
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        errors: StatusErrors[Any] = CORE_STATUS_ERRORS,
    ) -> httpx.Response:
        return send_with_retries(
            self._http,
            self._build(self._http, kwargs, timeout),
            auth=self._auth,
            policy=self._policy,
            errors=errors,
            max_response_bytes=self._max_response_bytes,
            allow_insecure_http=self._allow_insecure_http,
            logger=self._logger,
            clock=self._clock,
        )

    def close(self) -> None:
        """Close the connection pool, if this client created it."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncAPIClient(_ClientBase):
    """An asyncio client: owns an `httpx.AsyncClient` unless one is passed in."""

    def __init__(
        self,
        *,
        base_url: str,
        auth: httpx.Auth,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        httpx_args: Mapping[str, Any] | None = None,
        verify_ssl: bool | ssl.SSLContext = True,
        allow_insecure_http: bool = False,
        logger: logging.Logger,
        clock: Clock | None = None,
        user_agent: str,
    ) -> None:
        self._configure(
            base_url=base_url,
            auth=auth,
            timeout=timeout,
            max_retries=max_retries,
            max_response_bytes=max_response_bytes,
            headers=headers,
            allow_insecure_http=allow_insecure_http,
            logger=logger,
            clock=clock,
            user_agent=user_agent,
        )
        _check_http_client(http_client, httpx.AsyncClient, httpx_args)
        with ca_errors_named():
            self._http = http_client or httpx.AsyncClient(**self._httpx_kwargs(verify_ssl, httpx_args))
        self._owns_http = http_client is None

    @property
    def http_client(self) -> httpx.AsyncClient:
        """The underlying `httpx.AsyncClient` (for event hooks, or to share its pool)."""
        return self._http

    async def _send(
        self,
        kwargs: Mapping[str, Any],
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        errors: StatusErrors[Any] = CORE_STATUS_ERRORS,
    ) -> httpx.Response:
        return await async_send_with_retries(
            self._http,
            self._build(self._http, kwargs, timeout),
            auth=self._auth,
            policy=self._policy,
            errors=errors,
            max_response_bytes=self._max_response_bytes,
            allow_insecure_http=self._allow_insecure_http,
            logger=self._logger,
            clock=self._clock,
        )

    async def close(self) -> None:
        """Close the connection pool, if this client created it."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()


def _check_headers(headers: Mapping[str, str] | None) -> dict[str, str]:
    if headers is None:
        return {}
    checked: dict[str, str] = {}
    for name, value in headers.items():
        if not isinstance(name, str) or not isinstance(value, str):
            raise ConfigurationError(f"headers must map strings to strings, got {name!r}: {type(value).__name__}")
        if name.lower() in ("authorization", "proxy-authorization"):
            raise ConfigurationError(f"set credentials with token=, not with the {name} header")
        checked[name] = value
    return checked


def _check_http_client(http_client: object, expected: type, httpx_args: Mapping[str, Any] | None) -> None:
    if http_client is None:
        return
    if not isinstance(http_client, expected):
        raise ConfigurationError(f"http_client must be an httpx.{expected.__name__}, got {type(http_client).__name__}")
    if httpx_args:
        raise ConfigurationError("pass either http_client= or httpx_args=, not both")


def _check_max_response_bytes(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ConfigurationError(f"max_response_bytes must be an integer >= 1, got {value!r}")
    return value


def _check_verify(verify_ssl: object, httpx_args: Mapping[str, Any] | None) -> bool | ssl.SSLContext:
    """TLS verification stays on unless `verify_ssl` is exactly False or an SSLContext: no other value (0, None,
    "false") and no second way (`httpx_args={"verify": ...}`) can turn it off by accident."""
    if not isinstance(verify_ssl, bool | ssl.SSLContext):
        raise ConfigurationError(
            f"verify_ssl must be True, False or an ssl.SSLContext, got {type(verify_ssl).__name__}"
        )
    if httpx_args and "verify" in httpx_args:
        raise ConfigurationError("set TLS verification with verify_ssl=, not httpx_args['verify']")
    return verify_ssl
