"""Decode response bodies, and the ResponseValidationError for a 2xx body the generated parsers refuse.

JSON decoding: `response_json(response)` is `response.json()` and `decode_json(content)` is `json.loads(content)`
(the standard library), made faster by orjson when it is installed (`pip install "synq-coalesce-clients[fast]"`);
the choice is made once, at import (`JSON_DECODER`). The result is the same either way: orjson is only asked when it
cannot differ, and whatever it refuses (NaN/Infinity, numbers out of float range, lone surrogates, a BOM, other
encodings, deep nesting, malformed JSON) goes to the standard library, which returns or raises what it always did.
"""

from __future__ import annotations

import importlib
import json
from types import ModuleType
from typing import Any, Final

import httpx

from .exceptions import ResponseValidationError
from .messages import describe_response

__all__ = [
    "JSON_DECODER",
    "MODEL_ERRORS",
    "decode_json",
    "response_json",
    "undocumented_success",
    "unparsable_body",
]

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


def unparsable_body(response: httpx.Response, error: Exception) -> ResponseValidationError:
    """The error for a 2xx body that the generated parser refused (`error` is one of MODEL_ERRORS)."""
    if isinstance(error, json.JSONDecodeError | UnicodeDecodeError):
        content_type = response.headers.get("content-type", "no content type")
        problem = f"the body is not JSON ({content_type}, {len(response.content)} bytes)"
    elif isinstance(error, RecursionError):
        problem = "the body is nested too deeply to decode"
    else:
        problem = f"the body does not match the API description ({type(error).__name__}: {error})"
    return ResponseValidationError(f"{describe_response(response)}: {problem}", response=response)


def undocumented_success(response: httpx.Response) -> ResponseValidationError:
    """The error for a 2xx status the API description does not declare for the operation."""
    return ResponseValidationError(
        f"{describe_response(response)}: the API description declares no {response.status_code} response",
        response=response,
    )
