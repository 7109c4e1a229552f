"""Every client setting, its default and its check, in one place: `ClientOptions`, plus the timeout forms and
NOT_GIVEN, the marker for "keep what the client has".

The clients' constructors and `with_options` take the settings as keyword arguments (so type checkers and the API
reference read them) and build one `ClientOptions`; everything after that reads the settings from it.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, Final, Literal

import httpx

from .clock import SYSTEM_CLOCK, Clock
from .exceptions import ConfigurationError

__all__ = [
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "NOT_GIVEN",
    "ClientOptions",
    "NotGiven",
    "TimeoutTypes",
    "to_timeout",
]

DEFAULT_TIMEOUT: Final = httpx.Timeout(60.0, connect=5.0)
"""60 s per attempt in total (see `deadline`), of which at most 5 s to connect. httpx's own default is 5 s for each
read or write, and a bare generated client has no timeout at all."""

DEFAULT_MAX_RETRIES: Final = 2
"""Retries of connection errors, timeouts and the retryable statuses (`retry.RETRY_STATUSES`)."""

DEFAULT_MAX_RESPONSE_BYTES: Final = 16 * 2**20
"""16 MiB. The largest legal body, 100 SYNQ executions, is 100-200 KB: this is 80 times that, and the JSON objects
a body this size decodes into stay in the low hundreds of MB."""

TimeoutTypes = float | httpx.Timeout | None
"""A number of seconds for every phase, an `httpx.Timeout`, or None for no timeout at all (httpx's meaning)."""

_LOGGER: Final = logging.getLogger(__package__)

_CREDENTIAL_HEADERS: Final = frozenset({"authorization", "proxy-authorization"})


class NotGiven:
    """The type of NOT_GIVEN: an argument left out, as opposed to an explicit None."""

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()
"""The default of per-call options such as `timeout=`: "use the client's setting", where None would mean "none"."""


def to_timeout(value: TimeoutTypes) -> httpx.Timeout:
    """An `httpx.Timeout` from the accepted forms; a negative, NaN or non-number value is a ConfigurationError."""
    if isinstance(value, httpx.Timeout):
        return value
    if value is None:
        return httpx.Timeout(None)
    if isinstance(value, bool) or not isinstance(value, int | float) or not value >= 0:
        raise ConfigurationError(f"timeout must be a number of seconds >= 0, an httpx.Timeout or None, got {value!r}")
    return httpx.Timeout(float(value))


@dataclasses.dataclass(frozen=True, slots=True)
class ClientOptions:
    """A client's settings, checked when built: what every request of the client is sent with.

    `timeout` is the per-attempt timeout (an `httpx.Timeout`: convert other forms with `to_timeout`), `headers` the
    extra headers of every request (no credentials: those come from the auth), `logger` where the send loop logs.
    """

    timeout: httpx.Timeout = dataclasses.field(default_factory=lambda: DEFAULT_TIMEOUT)
    max_retries: int = DEFAULT_MAX_RETRIES
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES
    headers: Mapping[str, str] = dataclasses.field(default_factory=dict)
    allow_insecure_http: bool = False
    clock: Clock = SYSTEM_CLOCK
    logger: logging.Logger = _LOGGER

    def __post_init__(self) -> None:
        if not isinstance(self.timeout, httpx.Timeout):
            raise ConfigurationError(f"timeout must be an httpx.Timeout here (see to_timeout), got {self.timeout!r}")
        if isinstance(self.max_retries, bool) or not isinstance(self.max_retries, int) or self.max_retries < 0:
            raise ConfigurationError(f"max_retries must be an integer >= 0, got {self.max_retries!r}")
        value = self.max_response_bytes
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise ConfigurationError(f"max_response_bytes must be an integer >= 1, got {value!r}")
        if not isinstance(self.allow_insecure_http, bool):  # "no", 0 or None must not decide about a token in clear
            raise ConfigurationError(
                f"allow_insecure_http must be True or False, got {type(self.allow_insecure_http).__name__}"
            )
        object.__setattr__(self, "headers", MappingProxyType(_checked_headers(self.headers)))

    def replace(self, **changes: Any) -> ClientOptions:
        """A copy with `changes` (checked the same way); `timeout` may be any of `TimeoutTypes`."""
        if "timeout" in changes:
            changes["timeout"] = to_timeout(changes["timeout"])
        return dataclasses.replace(self, **changes)


def _checked_headers(headers: Mapping[str, str] | None) -> dict[str, str]:
    if headers is None:
        return {}
    checked: dict[str, str] = {}
    for name, value in headers.items():
        if not isinstance(name, str) or not isinstance(value, str):
            raise ConfigurationError(f"headers must map strings to strings, got {name!r}: {type(value).__name__}")
        if name.lower() in _CREDENTIAL_HEADERS:
            raise ConfigurationError(f"set credentials with token=, not with the {name} header")
        checked[name] = value
    return checked
