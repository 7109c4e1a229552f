"""An operation of the API description, as the generated facade methods call it.

Each generated endpoint module defines one `Operation`: its arguments' schemas from the spec, the generated
`_get_kwargs`, the parser of its 2xx bodies and its `StatusErrors` (the vendor's classes, with the error models the
spec declares). A facade method is one line, `call(self, OPERATION, timeout, **arguments)`: the arguments are checked
before anything is sent, the request goes through the client's send loop (retries, timeouts, typed errors), and the
2xx body comes back as the model the spec declares, or ResponseValidationError.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import httpx

from .base_client import AsyncAPIClient, SyncAPIClient
from .options import NotGiven, TimeoutTypes
from .status_errors import StatusErrors
from .validation import Argument, check_arguments

__all__ = ["Operation", "async_call", "call"]

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Operation(Generic[T]):
    """One generated operation: how to check its arguments, build its request and read its responses."""

    arguments: Mapping[str, Argument]
    get_kwargs: Callable[..., dict[str, Any]]
    parse: Callable[[httpx.Response], T]
    errors: StatusErrors[Any]
    unset: object

    def request(self, values: Mapping[str, Any]) -> dict[str, Any]:
        """The generated request arguments for `values`, or RequestValidationError before anything is built."""
        check_arguments(self.arguments, values, unset=self.unset)
        return self.get_kwargs(**values)


def call(client: SyncAPIClient, operation: Operation[T], timeout: TimeoutTypes | NotGiven, /, **values: Any) -> T:
    """Check, send (with the client's retries) and parse one call of `operation`."""
    response = client._send(operation.request(values), timeout=timeout, errors=operation.errors)
    return operation.parse(response)


async def async_call(
    client: AsyncAPIClient, operation: Operation[T], timeout: TimeoutTypes | NotGiven, /, **values: Any
) -> T:
    """The asyncio twin of `call`."""
    response = await client._send(operation.request(values), timeout=timeout, errors=operation.errors)
    return operation.parse(response)
