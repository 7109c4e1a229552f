"""Client options: the finite default timeout and the NOT_GIVEN marker for "keep what the client has"."""

from __future__ import annotations

from typing import Final, Literal

import httpx

from .exceptions import ConfigurationError

__all__ = ["DEFAULT_TIMEOUT", "NOT_GIVEN", "NotGiven", "TimeoutTypes", "capped_timeout", "to_timeout"]

DEFAULT_TIMEOUT: Final = httpx.Timeout(60.0, connect=5.0)
"""60 s per attempt in total (see `limits`), of which at most 5 s to connect. httpx's own default is 5 s for each
read or write, and a bare generated client has no timeout at all."""

TimeoutTypes = float | httpx.Timeout | None
"""A number of seconds for every phase, an `httpx.Timeout`, or None for no timeout at all (httpx's meaning)."""


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


def capped_timeout(timeout: httpx.Timeout, seconds: float) -> httpx.Timeout:
    """`timeout` with no phase longer than `seconds` (a poller's remaining wait bounds the call it makes)."""
    phases = {name: seconds if value is None else min(value, seconds) for name, value in timeout.as_dict().items()}
    return httpx.Timeout(**phases)
