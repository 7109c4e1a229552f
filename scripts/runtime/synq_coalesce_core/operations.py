"""An operation of the API description, as the client's call method (`SyncAPIClient._call`) takes it.

Each generated endpoint module defines one `Operation`: its arguments' schemas from the spec, the generated
`_get_kwargs`, the parser of its 2xx bodies and its `StatusErrors` (the vendor's classes, with the error models the
spec declares).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import httpx

from .status_errors import StatusErrors
from .validation import Argument, check_arguments

__all__ = ["Operation"]

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Operation(Generic[T]):
    """One generated operation: how to check its arguments, build its request and read its responses."""

    arguments: Mapping[str, Argument]
    get_kwargs: Callable[..., dict[str, Any]]
    parse: Callable[[httpx.Response], T]
    errors: StatusErrors[Any]

    def request(self, values: Mapping[str, Any]) -> dict[str, Any]:
        """The generated request arguments for `values`, or RequestValidationError before anything is built."""
        check_arguments(self.arguments, values)
        return self.get_kwargs(**values)
