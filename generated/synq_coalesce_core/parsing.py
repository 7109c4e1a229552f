# Copied from scripts/codegen/core/parsing.py by "make generate". DO NOT EDIT here: edit scripts/codegen/core/parsing.py.
"""Turn a response body into a model without letting KeyError, TypeError, ValueError or JSON errors escape.

JSON decoding: `response_json(response)` is `response.json()` and `decode_json(content)` is `json.loads(content)`
(the standard library), made faster by orjson when it is installed (`pip install "synq-coalesce-clients[fast]"`);
the choice is made once, at import (`JSON_DECODER`). The result is the same either way: orjson is only asked when it
cannot differ, and whatever it refuses (NaN/Infinity, numbers out of float range, lone surrogates, a BOM, other
encodings, deep nesting, malformed JSON) goes to the standard library, which returns or raises what it always did.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable, Mapping
from types import ModuleType
from typing import Any, Final, TypeVar

import httpx

from .exceptions import ResponseValidationError, describe_response

__all__ = [
    "JSON_DECODER",
    "MODEL_ERRORS",
    "decode_json",
    "json_object",
    "parse_error_model",
    "parse_model",
    "response_json",
]

T = TypeVar("T")

MODEL_ERRORS: tuple[type[Exception], ...] = (KeyError, TypeError, ValueError, AttributeError, RecursionError)
"""What a generated `from_dict` raises on a body that does not fit the schema."""


def _optional(name: str) -> ModuleType | None:
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


_orjson: Final = _optional("orjson")

JSON_DECODER: Final = "orjson" if _orjson is not None else "json"
"""Which decoder `response_json` tries first: "orjson" (the `fast` extra is installed) or "json"."""

# orjson turns an integer literal outside [-2**63, 2**64) into a float instead of failing; such a literal has 19 or
# more digits in a row. Bodies with a run that long (in a number or in a string) go to the standard library.
_DIGITS_ONLY: Final = bytes(ord("0") if ord("0") <= byte <= ord("9") else ord(" ") for byte in range(256))
_LONG_DIGIT_RUN: Final = b"0" * 19


_UNDECIDED: Final = object()


def _by_orjson(content: bytes) -> Any:
    """orjson's result for `content`, or _UNDECIDED: orjson is not installed, could differ, or refuses `content`."""
    if _orjson is None or _LONG_DIGIT_RUN in content.translate(_DIGITS_ONLY):
        return _UNDECIDED
    try:
        return _orjson.loads(content)
    except _orjson.JSONDecodeError:  # NaN, 1e400, "\ud800", a BOM, UTF-16, malformed: the standard library decides
        return _UNDECIDED


def decode_json(content: bytes) -> Any:
    """`json.loads(content)`, decoded by orjson when it is installed and the result cannot differ."""
    data = _by_orjson(content)
    return json.loads(content) if data is _UNDECIDED else data


def response_json(response: httpx.Response) -> Any:
    """`response.json()`, decoded by orjson when it is installed and the result cannot differ.

    Raises what `response.json()` raises (a ValueError: JSONDecodeError or UnicodeDecodeError; RecursionError).
    """
    data = _by_orjson(response.content)
    return response.json() if data is _UNDECIDED else data


def json_object(response: httpx.Response) -> dict[str, Any]:
    """The body as a JSON object, or ResponseValidationError (not JSON, or JSON but not an object)."""
    try:
        data = response_json(response)
    except (ValueError, RecursionError) as error:  # JSONDecodeError, UnicodeDecodeError; nesting beyond the stack
        content_type = response.headers.get("content-type", "no content type")
        problem = "is nested too deeply to decode" if isinstance(error, RecursionError) else "is not JSON"
        raise ResponseValidationError(
            f"{describe_response(response)}: the body {problem} ({content_type}, {len(response.content)} bytes)",
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
