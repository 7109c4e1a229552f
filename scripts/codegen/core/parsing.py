"""Turn a response body into a model without letting KeyError, TypeError, ValueError or JSON errors escape."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import httpx

from .exceptions import ResponseValidationError, describe_response

__all__ = ["MODEL_ERRORS", "json_object", "parse_error_model", "parse_model"]

T = TypeVar("T")

MODEL_ERRORS: tuple[type[Exception], ...] = (KeyError, TypeError, ValueError, AttributeError, RecursionError)
"""What a generated `from_dict` raises on a body that does not fit the schema."""


def json_object(response: httpx.Response) -> dict[str, Any]:
    """The body as a JSON object, or ResponseValidationError (not JSON, or JSON but not an object)."""
    try:
        data = response.json()
    except ValueError as error:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        content_type = response.headers.get("content-type", "no content type")
        raise ResponseValidationError(
            f"{describe_response(response)}: the body is not JSON ({content_type}, {len(response.content)} bytes)",
            response=response,
        ) from error
    if not isinstance(data, dict):
        raise ResponseValidationError(
            f"{describe_response(response)}: expected a JSON object, got {type(data).__name__}", response=response
        )
    return data


def parse_model(response: httpx.Response, from_dict: Callable[[Mapping[str, Any]], T]) -> T:
    """`from_dict(body)`, or ResponseValidationError naming what did not match."""
    data = json_object(response)
    try:
        return from_dict(data)
    except MODEL_ERRORS as error:
        raise ResponseValidationError(
            f"{describe_response(response)}: the body does not match the API description "
            f"({type(error).__name__}: {error})",
            response=response,
        ) from error


def parse_error_model(response: httpx.Response, from_dict: Callable[[Mapping[str, Any]], T]) -> T | None:
    """The vendor's error model for a non-2xx body, or None when the body is not JSON or does not fit."""
    try:
        return parse_model(response, from_dict)
    except ResponseValidationError:
        return None
