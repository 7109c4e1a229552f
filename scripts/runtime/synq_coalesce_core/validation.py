"""Check arguments before anything is sent: against the API description's own constraints (`check_arguments`, for
every generated operation) and against the limits of the facades' own options (`check_string_list`, ...).

`check_arguments` checks the value the generated code will send (a model's `to_dict()`, an enum's value) with the
subset of JSON Schema an API description uses for requests: type, enum, const, required, properties,
additionalProperties, items, minItems/maxItems, minLength/maxLength, minimum/maximum (exclusive too), allOf, anyOf and
oneOf (at least one branch must fit). It also refuses what could not be encoded at all: a string with a lone surrogate
(not UTF-8), an integer too long for `str()`, a number that is not finite (not JSON). A value whose schema says
`format: password` (a secret: a Snowflake password, a private key) is never quoted in an error; `secrets_in` lists
those values, so that the client scrubs them from whatever a server echoes back.
"""

from __future__ import annotations

import datetime
import enum
import math
import operator
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from .exceptions import RequestValidationError

__all__ = ["SECRET_FORMAT", "Argument", "check_arguments", "check_positive_number", "check_string_list", "secrets_in"]

SECRET_FORMAT = "password"
"""The `format` of a secret string in the API description (OpenAPI's own mark; the generator keeps it)."""

_ABSENT: Any = object()


@dataclass(frozen=True, slots=True)
class Argument:
    """One argument of a generated operation: its schema in the API description, and the generated class (a model or
    an enum) the value must be an instance of, when the generated code calls a method of it to serialize it."""

    schema: Mapping[str, Any]
    cls: type | None = None
    required: bool = True


def check_arguments(arguments: Mapping[str, Argument], values: Mapping[str, Any]) -> None:
    """Raise RequestValidationError for the first value that breaks its argument's schema (an optional argument that
    is None was not given; a required one must be there, and None is then a wrong type like any other)."""
    for name, argument in arguments.items():
        value = values.get(name, _ABSENT)
        if value is _ABSENT or (value is None and not argument.required):
            if argument.required:
                raise RequestValidationError(f"{name} is required", field=name)
            continue
        if argument.cls is not None and value is not None and not isinstance(value, argument.cls):
            raise RequestValidationError(
                f"{name} must be a {argument.cls.__name__}, got {type(value).__name__}", field=name
            )
        _check(name, _sent_form(name, value), argument.schema)


def secrets_in(arguments: Mapping[str, Argument], values: Mapping[str, Any]) -> list[str]:
    """Every string in `values` (as sent) whose schema is marked `format: password`."""
    found: list[str] = []
    for name, argument in arguments.items():
        value = values.get(name)
        if value is not None:
            _collect_secrets(_sent_form(name, value), argument.schema, found)
    return found


def _collect_secrets(value: Any, schema: Mapping[str, Any], found: list[str]) -> None:
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        if schema.get("format") == SECRET_FORMAT:
            found.append(str(value))
    elif isinstance(value, Mapping):
        properties: Mapping[str, Any] = schema.get("properties", {})
        extra = schema.get("additionalProperties")
        for key, item in value.items():
            sub = properties.get(key, extra)
            if isinstance(sub, Mapping):
                _collect_secrets(item, sub, found)
    elif isinstance(value, list | tuple) and isinstance(schema.get("items"), Mapping):
        for item in value:
            _collect_secrets(item, schema["items"], found)
    for keyword in ("allOf", "anyOf", "oneOf"):
        for branch in schema.get(keyword, ()):
            _collect_secrets(value, branch, found)


def _sent_form(name: str, value: Any) -> Any:
    """`value` as the generated code serializes it: models as dicts, enums as their values, dates as ISO text."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, list | tuple):
        return [_sent_form(name, item) for item in value]
    if callable(getattr(value, "to_dict", None)):
        try:
            return value.to_dict()
        except (AttributeError, TypeError, ValueError) as error:  # a model holding a value of the wrong type
            raise RequestValidationError(f"{name} cannot be serialized: {error}", field=name) from error
    return value


_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list, tuple),
    "object": (Mapping,),
    "null": (type(None),),
}


def _is(value: Any, json_type: str) -> bool:
    if isinstance(value, bool) and json_type != "boolean":
        return False
    return isinstance(value, _JSON_TYPES.get(json_type, object))


def _fail(field: str, message: str) -> RequestValidationError:
    return RequestValidationError(f"{field} {message}", field=field)


def _check(field: str, value: Any, schema: Mapping[str, Any]) -> None:
    if schema.get("format") == SECRET_FORMAT:
        _check_secret(field, value, schema)
        return
    types = schema.get("type")
    if types is not None:
        allowed = [types] if isinstance(types, str) else list(types)
        if not any(_is(value, json_type) for json_type in allowed):
            raise _fail(field, f"must be {' or '.join(allowed)}, got {type(value).__name__} (type)")
    if "enum" in schema and value not in schema["enum"]:
        raise _fail(field, f"must be one of {schema['enum']!r}, got {value!r} (enum)")
    if "const" in schema and value != schema["const"]:
        raise _fail(field, f"must be {schema['const']!r}, got {value!r} (const)")
    if isinstance(value, str):
        _check_string(field, value, schema)
    elif isinstance(value, int | float) and not isinstance(value, bool):
        _check_number(field, value, schema)
    elif isinstance(value, list | tuple):
        _check_array(field, value, schema)
    elif isinstance(value, Mapping):
        _check_object(field, value, schema)
    for branch in schema.get("allOf", ()):
        _check(field, value, branch)
    for keyword in ("anyOf", "oneOf"):
        if keyword in schema:
            _check_some(field, value, schema[keyword], keyword)


def _check_secret(field: str, value: Any, schema: Mapping[str, Any]) -> None:
    """`_check` for a secret value: the error names the field and the constraint but never quotes the value."""
    try:
        _check(field, value, {keyword: rule for keyword, rule in schema.items() if keyword != "format"})
    except RequestValidationError as error:
        head, _, rest = str(error).partition(" ")
        for shown in {repr(value), str(value)} - {""}:
            rest = rest.replace(shown, "<secret>")
        raise RequestValidationError(f"{head} {rest}", field=error.field) from None


def _check_some(field: str, value: Any, branches: list[Mapping[str, Any]], keyword: str) -> None:
    errors: list[RequestValidationError] = []
    for branch in branches:
        try:
            _check(field, value, branch)
        except RequestValidationError as error:
            errors.append(error)
        else:
            return
    reasons = "; ".join(str(error) for error in errors)
    raise _fail(field, f"fits none of the {len(branches)} schemas ({keyword}): {reasons}")


def _check_string(field: str, value: str, schema: Mapping[str, Any]) -> None:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as error:
        raise _fail(field, f"is not valid Unicode text (a lone surrogate at index {error.start})") from error
    if len(value) < schema.get("minLength", 0):
        raise _fail(field, f"must be at least {schema['minLength']} character(s) long, got {len(value)} (minLength)")
    if "maxLength" in schema and len(value) > schema["maxLength"]:
        raise _fail(field, f"must be at most {schema['maxLength']} characters long, got {len(value)} (maxLength)")


def _check_number(field: str, value: float, schema: Mapping[str, Any]) -> None:
    if isinstance(value, float) and not math.isfinite(value):
        raise _fail(field, f"must be a finite number, got {value}")
    if isinstance(value, int):
        try:
            str(value)
        except ValueError as error:  # beyond sys.get_int_max_str_digits(): it could not be written into the request
            raise _fail(field, f"is too large to send ({value.bit_length()} bits)") from error
    for keyword, holds, relation in _BOUNDS:
        if keyword in schema and not holds(value, schema[keyword]):
            raise _fail(field, f"must be {relation} {schema[keyword]}, got {value} ({keyword})")


_BOUNDS = (
    ("minimum", operator.ge, ">="),
    ("maximum", operator.le, "<="),
    ("exclusiveMinimum", operator.gt, ">"),
    ("exclusiveMaximum", operator.lt, "<"),
)


def _check_array(field: str, value: list[Any] | tuple[Any, ...], schema: Mapping[str, Any]) -> None:
    if len(value) < schema.get("minItems", 0):
        raise _fail(field, f"must contain at least {schema['minItems']} item(s), got {len(value)} (minItems)")
    if "maxItems" in schema and len(value) > schema["maxItems"]:
        raise _fail(field, f"must contain at most {schema['maxItems']} items, got {len(value)} (maxItems)")
    items = schema.get("items")
    if isinstance(items, Mapping) and not _all_plain_strings(value, items):
        for index, item in enumerate(value):  # finds the first bad item and says what is wrong with it
            _check(f"{field}[{index}]", item, items)


_NOT_LENGTH_ONLY = ("enum", "const", "allOf", "anyOf", "oneOf")  # what `_check` tests of a string besides its length


def _all_plain_strings(value: list[Any] | tuple[Any, ...], items: Mapping[str, Any]) -> bool:
    """Whether every item passes `_check` against an `items` schema of type string with at most length bounds, decided
    in one pass over the list (a list of 100 IDs costs one call, not 100). False also means "not decided here": the
    caller then checks the items one by one, which finds the first bad one and words its error."""
    if items.get("type") != "string" or any(keyword in items for keyword in _NOT_LENGTH_ONLY) or not value:
        return False
    if not all(type(item) is str for item in value):
        return False
    if min(map(len, value)) < items.get("minLength", 0):
        return False
    if "maxLength" in items and max(map(len, value)) > items["maxLength"]:
        return False
    try:
        "".join(value).encode("utf-8")  # a lone surrogate in any item fails the whole text
    except UnicodeEncodeError:
        return False
    return True


def _check_object(field: str, value: Mapping[Any, Any], schema: Mapping[str, Any]) -> None:
    for name in schema.get("required", ()):
        if name not in value:
            raise _fail(f"{field}.{name}", "is required (required)")
    properties: Mapping[str, Any] = schema.get("properties", {})
    extra = schema.get("additionalProperties")
    for key, item in value.items():
        if not isinstance(key, str):
            raise _fail(field, f"keys must be strings, got {type(key).__name__}")
        _check_string(f"{field} key {key!r}", key, {})
        if key in properties:
            _check(f"{field}.{key}", item, properties[key])
        elif isinstance(extra, Mapping):
            _check(f"{field}.{key}", item, extra)


def check_string_list(
    field: str, values: object, *, min_items: int | None = None, max_items: int | None = None
) -> list[str]:
    """`values` as a list of non-blank strings within the item limits, or RequestValidationError.

    A bare string is refused: iterating it would send one ID per character.
    """
    if isinstance(values, str | bytes) or not isinstance(values, Iterable):
        raise RequestValidationError(f"{field} must be a list of strings, got {type(values).__name__}", field=field)
    items = list(values)
    for index, item in enumerate(items):
        if not isinstance(item, str):
            raise RequestValidationError(f"{field}[{index}] must be a string, got {type(item).__name__}", field=field)
        if not item.strip():
            raise RequestValidationError(f"{field}[{index}] must be a non-empty string", field=field)
    if min_items is not None and len(items) < min_items:
        raise RequestValidationError(
            f"{field} must contain at least {min_items} item(s), got {len(items)}", field=field
        )
    if max_items is not None and len(items) > max_items:
        raise RequestValidationError(f"{field} must contain at most {max_items} items, got {len(items)}", field=field)
    return items


def check_positive_number(field: str, value: object) -> float:
    """`value` as a float if it is a finite number > 0 (a bool is not), else RequestValidationError."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise RequestValidationError(f"{field} must be a number, got {type(value).__name__}", field=field)
    if not 0 < value < float("inf"):
        raise RequestValidationError(f"{field} must be a finite number > 0, got {value}", field=field)
    return float(value)
