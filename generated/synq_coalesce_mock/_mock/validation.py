# Copied from scripts/mock/validation.py by "make generate". DO NOT EDIT here: edit scripts/mock/validation.py.
"""Request validation driven by the operation's parameters and request body schema.

Every rejection is an `InvalidRequest` with a short, human-readable reason; the app turns it into the
vendor's documented 400 body. Nothing here raises anything else for bad input.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from jsonschema import ValidationError  # type: ignore[import-untyped]
from jsonschema.exceptions import best_match  # type: ignore[import-untyped]

from synq_coalesce_mock._mock.bounds import oversize
from synq_coalesce_mock._spec.model import OperationSpec, Parameter, Spec
from synq_coalesce_mock._spec.secrets import hide_secrets

MAX_MESSAGE = 200
_INTEGER = re.compile(r"-?[0-9]+", re.ASCII)
_MAX_DIGITS = 4000  # int() refuses longer digit strings (CPython's int_max_str_digits); longer stays a string -> 400
_NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?", re.ASCII)


class InvalidRequest(ValueError):
    pass


@dataclass(frozen=True)
class RawRequest:
    path_params: Mapping[str, str]
    query: Mapping[str, list[str]]
    headers: Mapping[str, str]  # lower-case names
    body: bytes


@dataclass(frozen=True)
class ValidRequest:
    parameters: dict[str, Any] = field(default_factory=dict)  # name -> value coerced to its schema type
    body: Any = None


def validate_request(spec: Spec, operation: OperationSpec, raw: RawRequest) -> ValidRequest:
    parameters = {
        parameter.name: value
        for parameter in operation.parameters
        if (value := _parameter(spec, parameter, raw)) is not None
    }
    body = _body(spec, operation, raw) if operation.request_body is not None else None
    return ValidRequest(parameters=parameters, body=body)


def _parameter(spec: Spec, parameter: Parameter, raw: RawRequest) -> Any:
    text: str | None
    if parameter.location == "path":
        text = raw.path_params.get(parameter.name)
    elif parameter.location == "query":
        values = raw.query.get(parameter.name, [])
        text = values[0] if values else None
    elif parameter.location == "header":
        text = raw.headers.get(parameter.name.lower())
    else:
        text = None  # cookies: none are documented for these operations
    if text is None:
        if parameter.required:
            raise InvalidRequest(f"missing required {parameter.location} parameter {parameter.name!r}")
        return None
    value = coerce(text, spec.schema(parameter.schema))
    _check(spec, parameter.schema, value, f"{parameter.location} parameter {parameter.name!r}")
    return value


def coerce(text: str, schema: Mapping[str, Any]) -> Any:
    """Turn a path/query/header string into the JSON type its schema asks for; leave it a string otherwise."""
    types = schema.get("type", [])
    types = [types] if isinstance(types, str) else list(types)
    if "integer" in types and _INTEGER.fullmatch(text) and len(text) <= _MAX_DIGITS:
        return int(text)
    if "number" in types and _NUMBER.fullmatch(text) and len(text) <= _MAX_DIGITS:
        return float(text) if not _INTEGER.fullmatch(text) else int(text)
    if "boolean" in types and text in ("true", "false"):
        return text == "true"
    return text


def _body(spec: Spec, operation: OperationSpec, raw: RawRequest) -> Any:
    assert operation.request_body is not None
    media_types = operation.request_body.media_types
    content_type = raw.headers.get("content-type", "")
    essence = content_type.split(";", 1)[0].strip().lower()
    if not raw.body:
        if operation.request_body.required:
            raise InvalidRequest("a request body is required")
        return None
    if essence not in media_types:
        expected = " or ".join(sorted(media_types))
        raise InvalidRequest(f"unsupported content type {content_type or '(none)'!r}; send {expected}")
    body = parse_json(raw.body)
    schema = media_types[essence]
    if schema is not None:
        too_long = oversize(spec, schema, body)
        if too_long:
            raise InvalidRequest(f"invalid request body: {too_long}")
        _check(spec, schema, body, "request body")
    return body


def parse_json(data: bytes) -> Any:
    """Strict JSON: UTF-8 only, no NaN/Infinity, no duplicate keys, bounded nesting, no lone surrogate escapes
    (`"\\ud800"` is not Unicode; protojson refuses it as invalid UTF-8, and it could not be echoed back as UTF-8)."""
    try:
        value = json.loads(data.decode("utf-8"), parse_constant=_reject_constant, object_pairs_hook=_unique_keys)
        json.dumps(value, ensure_ascii=False).encode("utf-8")  # UnicodeEncodeError (a ValueError) on a lone surrogate
        return value
    except (UnicodeError, ValueError, RecursionError) as error:
        raise InvalidRequest(f"request body is not valid JSON: {_short(str(error))}") from None


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"duplicate key {key!r}")
        result[key] = value
    return result


def _check(spec: Spec, schema: str, value: Any, what: str) -> None:
    try:
        error = best_match(spec.validator(schema).iter_errors(value))
    except RecursionError:
        raise InvalidRequest(f"{what} is nested too deeply") from None
    if error is not None:
        raise InvalidRequest(f"invalid {what}: {_without_secrets(error, value, spec.secret_names)}")


def _without_secrets(error: ValidationError, value: Any, names: frozenset[str]) -> str:
    """`describe(error)` with no value the spec marks secret: not the one at fault, not one inside an object it
    quotes."""
    if names.intersection(str(key) for key in error.absolute_path):
        return f"{error.json_path}: the value (secret, not shown) does not fit its schema ({error.validator})"
    return hide_secrets(describe(error), value, names)


def describe(error: ValidationError) -> str:
    """`<json path>: <message> (<keyword>)`, with a long offending value summarised rather than repeated."""
    message = error.message
    shown = repr(error.instance)
    if len(shown) > 60 and isinstance(error.instance, list | dict):
        noun = "items" if isinstance(error.instance, list) else "properties"
        message = message.replace(shown, f"<{type(error.instance).__name__} of {len(error.instance)} {noun}>")
    return f"{error.json_path}: {_short(message)} ({error.validator})"


def _short(text: str) -> str:
    return text if len(text) <= MAX_MESSAGE else text[: MAX_MESSAGE - 3] + "..."
