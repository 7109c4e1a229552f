"""The sync and async client bases the vendor facades build on: settings, options, the httpx client, the call.

A generated facade method is `self._call(OPERATION, timeout, **arguments)`: the arguments are checked against the API
description, the request gets the base URL, the default headers, the timeout (the client's, or the call's, converted
once) and the auth, goes through the send loop (`sending`: retries, deadline, size limit) with the client's
`ClientOptions`, and the 2xx body comes back as the operation's model, or the vendor's typed error is raised.
"""

from __future__ import annotations

import asyncio
import copy
import ssl
import warnings
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from importlib import metadata
from types import TracebackType
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Self, TypeVar, cast

import httpx

from .auth import credentials_of
from .environment import ca_errors_named, check_environment, check_proxy
from .exceptions import APIError, ClientClosedError, ConfigurationError, scrubbed
from .in_flight import InFlight
from .options import NOT_GIVEN, ClientOptions, NotGiven, TimeoutTypes, to_timeout
from .paging import Pager, Paging
from .sending import async_send_with_retries, send_with_retries
from .settings import VendorSettings
from .urls import check_base_url, single_segments

if TYPE_CHECKING:
    from .operations import Operation

__all__ = ["AsyncAPIClient", "ClientBase", "HttpClient", "SyncAPIClient", "user_agent"]

DISTRIBUTION = "synq-coalesce-clients"
DEFAULT_OPTIONS = ClientOptions()

HttpClient = TypeVar("HttpClient", bound=httpx.Client | httpx.AsyncClient)
"""The httpx client type: `httpx.Client` for the blocking client, `httpx.AsyncClient` for the asyncio one."""
T = TypeVar("T")


def user_agent(package: str) -> str:
    """`<package>/<version> python-httpx/<version>`, e.g. `synq_client/1.2.0 python-httpx/0.28.1`."""
    try:
        version = metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        version = "0+unknown"
    return f"{package}/{version} python-httpx/{httpx.__version__}"


class ClientBase(Generic[HttpClient]):
    """What the sync and the async client share: the settings, the options, the httpx client and request building."""

    _http_class: ClassVar[type[httpx.Client] | type[httpx.AsyncClient]]
    _options: ClientOptions
    _headers: dict[str, str]
    _original: ClientBase[Any] | None = None
    """The client a `with_options` copy was made from: kept alive while the copy uses its pool."""

    def __init__(
        self,
        settings: VendorSettings,
        options: ClientOptions = DEFAULT_OPTIONS,
        *,
        http_client: HttpClient | None = None,
        httpx_args: Mapping[str, Any] | None = None,
        verify_ssl: bool | ssl.SSLContext = True,
    ) -> None:
        self._base_url = check_base_url(settings.base_url, allow_insecure_http=options.allow_insecure_http)
        self._auth = settings.auth
        self._user_agent = user_agent(settings.package)
        self._use(options)
        _check_http_client(http_client, self._http_class, httpx_args)
        with ca_errors_named():
            self._http: HttpClient = http_client or cast(
                HttpClient, self._http_class(**self._httpx_kwargs(verify_ssl, httpx_args))
            )
        self._owns_http = http_client is None

    def _failed(self, error: APIError, secrets: list[str]) -> APIError:
        """`error` with no credential nor secret field (`secrets`) in it, logged at WARNING: the call failed for good
        (after its retries)."""
        clean = scrubbed(error, [*credentials_of(self._auth), *secrets])
        attempts = f" after {clean.attempts} attempts" if clean.attempts > 1 else ""
        self._options.logger.warning("call failed%s: %s", attempts, clean.message)
        return clean

    def _paged(self, step: Callable[..., T], /, *args: Any) -> T:
        """A step of a `paging.Pager`, its PagingError (which quotes a response) scrubbed like a failed call's."""
        try:
            return step(*args)
        except APIError as error:
            raise self._failed(error, [])  # noqa: B904

    def _use(self, options: ClientOptions) -> None:
        self._options = options
        self._headers = {"Accept": "application/json", "User-Agent": self._user_agent, **options.headers}

    @property
    def base_url(self) -> str:
        """The server every request goes to, without a trailing slash."""
        return self._base_url

    @property
    def timeout(self) -> httpx.Timeout:
        """The timeout of every request unless a call overrides it."""
        return self._options.timeout

    @property
    def max_retries(self) -> int:
        """How many times a failed request is retried (0: never)."""
        return self._options.max_retries

    @property
    def max_response_bytes(self) -> int:
        """The largest decoded body a response may have; a larger one raises ResponseTooLargeError."""
        return self._options.max_response_bytes

    @property
    def http_client(self) -> HttpClient:
        """The underlying `httpx.Client` or `httpx.AsyncClient` (for event hooks, or to share its pool)."""
        return self._http

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
        given = {"timeout": timeout, "max_retries": max_retries, "max_response_bytes": max_response_bytes}
        changes: dict[str, Any] = {name: value for name, value in given.items() if not isinstance(value, NotGiven)}
        if not isinstance(headers, NotGiven):
            changes["headers"] = {**self._options.headers, **(headers or {})}
        options = self._options.replace(**changes)  # checked before the copy: a refused change leaves no copy behind
        clone = copy.copy(self)
        clone._owns_http = False
        clone._use(options)
        clone._original = self  # the original closes the pool when collected: not while a copy still uses it
        return clone

    def _build(self, kwargs: Mapping[str, Any], timeout: TimeoutTypes | NotGiven) -> httpx.Request:
        if self._http.is_closed:
            raise ClientClosedError(f"{type(self).__name__} is closed: create a new client to send more requests")
        arguments = dict(kwargs)
        path = single_segments(str(arguments.pop("url")))
        headers = {**self._headers, **arguments.pop("headers", {})}
        effective = self._options.timeout if isinstance(timeout, NotGiven) else to_timeout(timeout)
        return self._http.build_request(url=self._base_url + path, headers=headers, timeout=effective, **arguments)

    def _httpx_kwargs(self, verify_ssl: bool | ssl.SSLContext, httpx_args: Mapping[str, Any] | None) -> dict[str, Any]:
        """The arguments for the httpx client this client creates, after checking what httpx will read from the
        environment (proxies, CA certificates) and any proxy in `httpx_args`."""
        insecure = self._options.allow_insecure_http
        arguments = {
            "timeout": self._options.timeout,
            "verify": _check_verify(verify_ssl, httpx_args),
            "follow_redirects": False,
            **(httpx_args or {}),
        }
        proxy = arguments.get("proxy")
        if proxy is not None:
            url = proxy.url if isinstance(proxy, httpx.Proxy) else proxy
            check_proxy("httpx_args['proxy']", str(url), base_url=self._base_url, allow_insecure_http=insecure)
        elif arguments.get("trust_env", True):
            check_environment(self._base_url, allow_insecure_http=insecure)
        return arguments

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={self._base_url!r}, timeout={self._options.timeout!r}, "
            f"max_retries={self._options.max_retries}, auth={self._auth!r})"
        )


class SyncAPIClient(ClientBase[httpx.Client]):
    """A blocking client: owns an `httpx.Client` unless one is passed in."""

    _http_class = httpx.Client

    def _call(self, operation: Operation[T], timeout: TimeoutTypes | NotGiven, /, **values: Any) -> T:
        """Check, send (with the client's retries, as the operation's idempotency allows) and parse one call of
        `operation`."""
        return self._exchange(operation, timeout, values)[0]

    def _exchange(
        self, operation: Operation[T], timeout: TimeoutTypes | NotGiven, values: Mapping[str, Any]
    ) -> tuple[T, httpx.Response]:
        """`_call`'s work: the parsed 2xx body and the response it came from."""
        kwargs = operation.request(values)
        secrets = operation.secrets(values)
        try:
            response = self._send(kwargs, timeout, operation, secrets)
            return operation.parse(response), response
        except APIError as error:  # the send loop's errors are clean already; the parser's may quote a credential
            raise self._failed(error, secrets)  # noqa: B904 (the same error, its chain kept)

    def _iterate(
        self,
        operation: Operation[Any],
        paging: Paging,
        timeout: TimeoutTypes | NotGiven,
        max_items: int | None,
        /,
        **values: Any,
    ) -> Iterator[Any]:
        """Every item of a paged operation (`paging.Pager`), its pages fetched as they are consumed. The arguments and
        `max_items` are checked now, before the first page."""
        operation.request(values)
        return self._pages(operation, Pager(paging, operation.arguments, values, max_items), timeout)

    def _pages(self, operation: Operation[Any], pager: Pager, timeout: TimeoutTypes | NotGiven) -> Iterator[Any]:
        while (values := self._paged(pager.next_request)) is not None:
            parsed, response = self._exchange(operation, timeout, values)
            yield from self._paged(pager.receive, parsed, response)

    def _send(
        self, kwargs: Mapping[str, Any], timeout: TimeoutTypes | NotGiven, operation: Operation[Any], secrets: list[str]
    ) -> httpx.Response:
        return send_with_retries(
            self._http,
            self._build(kwargs, timeout),
            self._options,
            operation.errors,
            auth=self._auth,
            level=operation.idempotency,
            hint=operation.outcome_hint,
            secrets=secrets,
        )

    def close(self) -> None:
        """Close the connection pool, if this client created it."""
        if self._owns_http:
            self._http.close()

    def __del__(self) -> None:
        if getattr(self, "_owns_http", False) and not self._http.is_closed:
            warnings.warn(
                f"unclosed {self!r}: close() it or use a with block", ResourceWarning, stacklevel=1, source=self
            )
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncAPIClient(ClientBase[httpx.AsyncClient]):
    """An asyncio client: owns an `httpx.AsyncClient` unless one is passed in."""

    _http_class = httpx.AsyncClient

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._in_flight = InFlight(self._http, type(self).__name__)

    async def _call(self, operation: Operation[T], timeout: TimeoutTypes | NotGiven, /, **values: Any) -> T:
        """The awaitable `SyncAPIClient._call`."""
        return (await self._exchange(operation, timeout, values))[0]

    async def _exchange(
        self, operation: Operation[T], timeout: TimeoutTypes | NotGiven, values: Mapping[str, Any]
    ) -> tuple[T, httpx.Response]:
        kwargs = operation.request(values)
        secrets = operation.secrets(values)
        try:
            response = await self._send(kwargs, timeout, operation, secrets)
            return operation.parse(response), response
        except APIError as error:
            raise self._failed(error, secrets)  # noqa: B904

    def _iterate(
        self,
        operation: Operation[Any],
        paging: Paging,
        timeout: TimeoutTypes | NotGiven,
        max_items: int | None,
        /,
        **values: Any,
    ) -> AsyncIterator[Any]:
        """The `async for` form of `SyncAPIClient._iterate`."""
        operation.request(values)
        return self._pages(operation, Pager(paging, operation.arguments, values, max_items), timeout)

    async def _pages(
        self, operation: Operation[Any], pager: Pager, timeout: TimeoutTypes | NotGiven
    ) -> AsyncIterator[Any]:
        while (values := self._paged(pager.next_request)) is not None:
            parsed, response = await self._exchange(operation, timeout, values)
            for item in self._paged(pager.receive, parsed, response):
                yield item

    async def _send(
        self, kwargs: Mapping[str, Any], timeout: TimeoutTypes | NotGiven, operation: Operation[Any], secrets: list[str]
    ) -> httpx.Response:
        return await async_send_with_retries(
            self._http,
            self._build(kwargs, timeout),
            self._options,
            operation.errors,
            auth=self._auth,
            in_flight=self._in_flight,
            level=operation.idempotency,
            hint=operation.outcome_hint,
            secrets=secrets,
        )

    async def close(self) -> None:
        """Close the connection pool, if this client created it."""
        if self._owns_http:
            await self._http.aclose()

    def __del__(self) -> None:
        """Warn; close the pool on its event loop when that is still open (a closed loop took the sockets along)."""
        if not getattr(self, "_owns_http", False) or self._http.is_closed:
            return
        warnings.warn(
            f"unclosed {self!r}: close() it or use an async with block", ResourceWarning, stacklevel=1, source=self
        )
        in_flight = getattr(self, "_in_flight", None)
        loop = in_flight.loop if in_flight is not None else None
        if loop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(_close_later, self._http)

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()


_CLOSING: set[asyncio.Task[None]] = set()


def _close_later(http: httpx.AsyncClient) -> None:
    task = asyncio.ensure_future(http.aclose())
    _CLOSING.add(task)  # the loop holds tasks only weakly
    task.add_done_callback(_CLOSING.discard)


def _check_http_client(http_client: object, expected: type, httpx_args: Mapping[str, Any] | None) -> None:
    if http_client is None:
        return
    if not isinstance(http_client, expected):
        raise ConfigurationError(f"http_client must be an httpx.{expected.__name__}, got {type(http_client).__name__}")
    if httpx_args:
        raise ConfigurationError("pass either http_client= or httpx_args=, not both")


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
