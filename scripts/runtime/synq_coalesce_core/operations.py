"""An operation of the API description, as the client's call method (`SyncAPIClient._call`) takes it.

Each generated endpoint module defines one `Operation`: its arguments' schemas from the spec, the generated
`_get_kwargs`, the parser of its 2xx bodies, its `StatusErrors` (the vendor's classes, with the error models the
spec declares), its idempotency level (what the send loop may retry) and, for a call whose outcome may stay unknown,
the spec's hint on where to look for its effect (`x-outcome-unknown-hint`).
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import httpx

from .idempotency import IdempotencyLevel
from .status_errors import StatusErrors
from .validation import Argument, check_arguments, secrets_in

__all__ = ["Operation"]

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Operation(Generic[T]):
    """One generated operation: how to check its arguments, build its request and read its responses."""

    arguments: Mapping[str, Argument]
    get_kwargs: Callable[..., dict[str, Any]]
    parse: Callable[[httpx.Response], T]
    errors: StatusErrors[Any]
    idempotency: IdempotencyLevel
    outcome_hint: str = ""

    def request(self, values: Mapping[str, Any]) -> dict[str, Any]:
        """The generated request arguments for `values`, or RequestValidationError before anything is built.

        Subclasses of int, float and str are replaced by the plain value they hold before the check, so what is
        checked is what is sent: a subclass's own `__str__` (`".."` for a run ID) never reaches a URL.
        """
        plain = {name: _plain(value) for name, value in values.items()}
        check_arguments(self.arguments, plain)
        return self.get_kwargs(**plain)

    def secrets(self, values: Mapping[str, Any]) -> list[str]:
        """The values of the fields the spec marks secret (`format: password`) in `values`, for scrubbing."""
        return secrets_in(self.arguments, {name: _plain(value) for name, value in values.items()})


def _plain(value: Any) -> Any:
    if isinstance(value, enum.Enum | bool) or type(value) in (int, float, str):
        return value
    if isinstance(value, int):
        return int.__int__(value)  # the base's own slot: no method the subclass overrides runs
    if isinstance(value, float):
        return float.__float__(value)
    if isinstance(value, str):
        return str.__str__(value)
    if type(value) in (list, tuple):
        return type(value)(_plain(item) for item in value)
    return value
