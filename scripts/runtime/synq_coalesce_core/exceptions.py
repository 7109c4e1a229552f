"""The exceptions every client raises: one tree, shared with the generated endpoint modules.

    Exception
    ├── APIError                        an API call failed (.message, .request)
    │   ├── APIStatusError              the server answered with a non-2xx status (.status_code .headers .text .error
    │   │                               .vendor_message .request_id)
    │   │   ├── BadRequestError             400
    │   │   ├── AuthenticationError         401
    │   │   ├── PermissionDeniedError       403
    │   │   ├── NotFoundError               404
    │   │   ├── ConflictError               409
    │   │   ├── RateLimitError              429
    │   │   ├── InternalServerError         500 and any other registered 5xx
    │   │   │   ├── BadGatewayError             502
    │   │   │   ├── ServiceUnavailableError     503
    │   │   │   ├── GatewayTimeoutError         504
    │   │   │   └── UnexpectedServerStatusError 5xx codes IANA does not register (520, 561, ...)
    │   │   └── UnexpectedStatusError       every other code (3xx, 408, 422, 499, ...), and the one above
    │   ├── APIConnectionError          no usable response (DNS, refused, reset, TLS), after the retries
    │   │   └── APITimeoutError         the request timed out, after the retries
    │   ├── OutcomeUnknownError         a call that is not idempotent may have acted: not retried (.failure)
    │   ├── ResponseValidationError     a 2xx body that is not JSON or does not match the API description
    │   │   └── PagingError             a page whose next cursor was sent before, or whose last item has no key
    │   ├── ResponseTooLargeError       a body (of any status) larger than the client's max_response_bytes
    │   ├── ClientClosedError           the client was closed before the call (also a RuntimeError, as httpx raises)
    │   ├── RunWaitTimeout              coalesce_client's wait_for_run gave up (also a TimeoutError)
    │   └── RunFailedError              coalesce_client's wait_for_run(raise_on_failure=True) saw the run fail
    └── ValueError
        ├── RequestValidationError      a bad argument, caught before anything is sent (.field)
        └── ConfigurationError          a bad client setting: base URL, missing credentials, plain http

This module is where code that calls both clients imports what it catches: `except NotFoundError` with the class
from here catches a 404 of either client. Each vendor package subclasses the status errors once
(`synq_client.NotFoundError` is a `NotFoundError` whose `.error` is typed `RpcStatus | None`), so `.error` has the
type of the error model its API description declares (here it is `object | None`), and the send loop raises the vendor's classes (`status_errors.StatusErrors`): the class
imported from a client package catches that client's errors only, with `.error` typed.

Every exception here pickles (to cross a process pool) with its class and attributes; the pickle holds the
request's method, URL and redacted headers but not its body (a token request's body holds the client secret), and
the response's redacted headers. What the messages say is composed in `messages` (re-exported here, where the
generated errors modules find `status_message`); which class a response raises is decided in `status_errors`.
"""

from __future__ import annotations

import copy
from http import HTTPStatus
from typing import Any, TypeVar

import httpx

from .messages import error_text, request_of, text_of
from .messages import status_message as status_message  # for the generated errors modules (`core.status_message`)
from .redact import redact_headers, safe_url, scrub_response, scrub_secrets

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadGatewayError",
    "BadRequestError",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "GatewayTimeoutError",
    "InternalServerError",
    "NotFoundError",
    "OutcomeUnknownError",
    "PagingError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestValidationError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "ServiceUnavailableError",
    "UnexpectedServerStatusError",
    "UnexpectedStatusError",
]
# Also importable from here for the runtime and the generated errors modules, but no public name: class_for_status,
# scrubbed, and (from `messages`) describe_response, error_text and status_message.

E = TypeVar("E")
"""A vendor's error model (`status_errors.StatusErrors`): what `APIStatusError.error` holds when the body parsed."""

_REGISTERED = frozenset(status.value for status in HTTPStatus)


class _Picklable(Exception):
    """Pickles by state instead of by `__init__` arguments (which are keyword-only), with secrets left out."""

    def __reduce__(self) -> tuple[Any, ...]:
        state = {name: _without_secrets(value) for name, value in self.__dict__.items()}
        return (_rebuild, (type(self), self.args, state))


def _rebuild(cls: type[Exception], args: tuple[Any, ...], state: dict[str, Any]) -> Exception:
    error = cls.__new__(cls, *args)
    error.args = args
    error.__dict__.update(state)
    return error


def _without_secrets(value: object) -> object:
    if isinstance(value, httpx.Request):
        return httpx.Request(value.method, safe_url(value.url), headers=redact_headers(value.headers))
    if isinstance(value, httpx.Response):
        safe = copy.copy(value)  # httpx's own pickle state: no stream, no extensions
        safe.headers = httpx.Headers(redact_headers(value.headers))
        safe.history, safe.next_request = [], None
        request = request_of(value)
        if request is not None:
            safe.request = _without_secrets(request)  # type: ignore[assignment]
        return safe
    if isinstance(value, httpx.Headers):
        return httpx.Headers(redact_headers(value))
    return value


class APIError(_Picklable):
    """An API call failed. `request` is the request that was sent, when there was one."""

    message: str
    """What went wrong, the same text as `str(error)`."""
    request: httpx.Request | None
    attempts: int = 1
    """How many times the request was sent (1 + retries); set by the retry loop."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request

    def __str__(self) -> str:
        return self.message

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r})"


class APIStatusError(APIError):
    """The server answered with a status outside 2xx (after any retries).

    `error` is the vendor's error model when the body parsed into it, else None; `text` is the raw body either way.
    Not generic on purpose: `isinstance(error, NotFoundError)` on an `APIError` narrows to a complete type (pyright
    fills an unsolved type parameter with Unknown); each client's subclasses type `.error` as its error models.
    """

    response: httpx.Response
    """The last response, after any retries."""
    status_code: int
    """Its HTTP status code."""
    headers: httpx.Headers
    """Its headers (`Retry-After`, `x-request-id`, ...)."""
    text: str
    retry_after: float | None = None
    """The seconds the server asked to wait (`Retry-After`, `retry-after-ms`), when it said; set by the retry loop.
    A wait longer than the retry loop takes (60 s) is not slept: the error is raised at once, with this set."""

    def __init__(self, message: str, *, response: httpx.Response, error: object | None = None) -> None:
        super().__init__(message, request=request_of(response))
        _record(self, response)
        self._error = error

    @property
    def error(self) -> object | None:
        """The vendor's error model parsed from the body, or None (typed per client: `synq_client.NotFoundError`'s
        is the SYNQ error model)."""
        return self._error

    @property
    def vendor_message(self) -> str | None:
        """The vendor's own text in the parsed error body (Coalesce's `error.errorString` with its `errorDetail`,
        SYNQ's `message`), or None when the body carried none: `message` is this with the status and URL."""
        return error_text(self.error)

    @property
    def request_id(self) -> str | None:
        """The server's request ID (`x-request-id`), worth quoting to the vendor's support."""
        value: str | None = self.headers.get("x-request-id")
        return value

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status_code={self.status_code}, message={self.message!r})"


class BadRequestError(APIStatusError):
    """400: the server rejected the request as invalid."""


class AuthenticationError(APIStatusError):
    """401: the token is missing, expired or invalid."""


class PermissionDeniedError(APIStatusError):
    """403: the token is valid but lacks the permission (scope) for this call."""


class NotFoundError(APIStatusError):
    """404: the resource does not exist or is not visible to this token."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the resource's current state (retried by default)."""


class RateLimitError(APIStatusError):
    """429: too many requests (retried by default, honouring Retry-After)."""


class InternalServerError(APIStatusError):
    """A 5xx status: the server failed."""


class BadGatewayError(InternalServerError):
    """502: a proxy or gateway got a bad answer upstream (the body is often HTML)."""


class ServiceUnavailableError(InternalServerError):
    """503: the service is temporarily unavailable."""


class GatewayTimeoutError(InternalServerError):
    """504: a proxy or gateway timed out waiting upstream."""


class UnexpectedStatusError(APIStatusError):
    """A status this client has no class for: 3xx (redirects are not followed), 408, 422, 499, 520, ..."""


class UnexpectedServerStatusError(UnexpectedStatusError, InternalServerError):
    """A 5xx code IANA does not register (520, 561, ...): both unexpected and a server failure."""


class APIConnectionError(APIError):
    """No usable response arrived: DNS failure, connection refused or reset, TLS or protocol error."""

    request: httpx.Request

    def __init__(self, message: str = "Connection error.", *, request: httpx.Request) -> None:
        super().__init__(message, request=request)


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write or pool timeout)."""

    def __init__(self, message: str = "Request timed out.", *, request: httpx.Request) -> None:
        super().__init__(message, request=request)


class OutcomeUnknownError(APIError):
    """A call of an operation that is not idempotent (IDEMPOTENCY_UNKNOWN in the API description: starting a run)
    was sent and may have taken effect, but no answer says whether it did: it timed out or its connection broke
    after the request went out, or the server answered 5xx. It was not sent again, since a second call could act a
    second time. Look for its effect (the message says where) before calling again."""

    failure: APIError
    """The error the call would raise if it were safe to repeat (an APITimeoutError, an InternalServerError, ...)."""

    def __init__(self, message: str, *, failure: APIError) -> None:
        super().__init__(message, request=failure.request)
        self.failure = failure


class ResponseValidationError(APIError):
    """A successful response whose body is not JSON, or does not match the API description."""

    response: httpx.Response
    status_code: int
    """The (2xx) HTTP status code."""
    headers: httpx.Headers
    """The response headers."""
    text: str
    """The raw body."""

    def __init__(self, message: str, *, response: httpx.Response) -> None:
        super().__init__(message, request=request_of(response))
        _record(self, response)


class PagingError(ResponseValidationError):
    """A 2xx page that breaks the operation's paging (`x-paging`): its next cursor was sent before, so iterating
    would never end, or its last item has no key to continue from. `cursor` is the cursor in question (None when
    the last item had none); the items before it were yielded."""

    cursor: Any

    def __init__(self, message: str, *, response: httpx.Response, cursor: Any) -> None:
        super().__init__(message, response=response)
        self.cursor = cursor


class ResponseTooLargeError(APIError):
    """A body decoded to more than the client's `max_response_bytes`; reading stopped there, nothing is retried."""

    response: httpx.Response
    """The response, its body cut at the limit."""
    status_code: int
    """The HTTP status code."""
    headers: httpx.Headers
    """The response headers."""
    text: str
    """The beginning of the body."""
    limit: int
    """The client's `max_response_bytes`."""

    def __init__(self, message: str, *, response: httpx.Response, limit: int) -> None:
        super().__init__(message, request=request_of(response))
        _record(self, response)
        self.limit = limit


def _record(error: APIStatusError | ResponseValidationError | ResponseTooLargeError, response: httpx.Response) -> None:
    error.response = response
    error.status_code = response.status_code
    error.headers = response.headers
    error.text = text_of(response)


def scrubbed(error: APIError, secrets: list[str]) -> APIError:
    """`error` with each of `secrets` (the credentials the client holds) scrubbed from every text it carries: the
    message, `.text`, `.response`'s body and headers, its notes; a parsed `.error` or a chained cause that quotes one
    is dropped."""
    if not any(secrets):
        return error
    error.message = scrub_secrets(error.message, secrets)
    error.args = tuple(scrub_secrets(arg, secrets) if isinstance(arg, str) else arg for arg in error.args)
    response = getattr(error, "response", None)
    if isinstance(response, httpx.Response):
        safe = scrub_response(response, secrets)
        if safe is not response:
            error.response, error.headers, error.text = safe, safe.headers, text_of(safe)  # type: ignore[attr-defined]
    if isinstance(error, APIStatusError) and error.error is not None and _quotes(repr(error.error), secrets):
        error._error = None  # parsed before the body was scrubbed
    notes = getattr(error, "__notes__", None)
    if notes:
        error.__notes__ = [scrub_secrets(note, secrets) for note in notes]
    if _chain_quotes(error, secrets):
        error.__cause__, error.__context__, error.__suppress_context__ = None, None, True
    return error


def _quotes(text: str, secrets: list[str]) -> bool:
    return scrub_secrets(text, secrets) != text


def _chain_quotes(error: BaseException, secrets: list[str]) -> bool:
    """Whether an exception `error` was raised from (or while handling) quotes one of `secrets`."""
    seen: set[int] = set()
    linked = [error.__cause__, error.__context__]
    while linked:
        cause = linked.pop()
        if cause is None or id(cause) in seen:
            continue
        seen.add(id(cause))
        notes = "".join(getattr(cause, "__notes__", None) or ())
        if _quotes(f"{cause!s}{cause!r}{notes}", secrets):
            return True
        linked += [cause.__cause__, cause.__context__]
    return False


class ClientClosedError(APIError, RuntimeError):
    """The client (or the `httpx` client it was given) is closed, by `close()` or the end of its `with` block.

    Nothing was sent. It is also a RuntimeError, the type httpx raises for a closed client.
    """


class RequestValidationError(_Picklable, ValueError):
    """An argument breaks the API's documented limits; raised before any request is sent."""

    field: str
    """The argument at fault, e.g. `ids` or `run_id`."""

    def __init__(self, message: str, *, field: str) -> None:
        super().__init__(message)
        self.field = field


class ConfigurationError(ValueError):
    """A client setting is unusable: a base URL without scheme, missing credentials, a token over plain http."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    429: RateLimitError,
    500: InternalServerError,
    502: BadGatewayError,
    503: ServiceUnavailableError,
    504: GatewayTimeoutError,
}


def class_for_status(status_code: int) -> type[APIStatusError]:
    """The exception class for a non-2xx status code."""
    if status_code in _BY_STATUS:
        return _BY_STATUS[status_code]
    if 500 <= status_code <= 599:
        return InternalServerError if status_code in _REGISTERED else UnexpectedServerStatusError
    return UnexpectedStatusError
