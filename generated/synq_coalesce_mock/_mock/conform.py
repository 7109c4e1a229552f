# Copied from scripts/mock/conform.py by "make generate". DO NOT EDIT here: edit scripts/mock/conform.py.
"""Fit a hand-written fact to the schema: the schema decides the JSON type, the fact only the value.

The seeds state facts as plain Python values (run 4 re-ran run 3, this execution started at 01:30:30); `conform`
writes each the way the schema asks: `3` or `"3"`, an RFC 3339 string or epoch seconds, a list where the schema
now wants one. A fact the schema cannot take (a property it no longer has, a value outside a new enum) gives way
to the schema's static instance, and a required property with no fact gets one. So a type change in the spec
changes the seeds after `make generate`, and every seed stays valid.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from synq_coalesce_mock._mock.dynamic import static_body
from synq_coalesce_mock._spec.document import pointer
from synq_coalesce_mock._spec.model import Spec

_MISSING = object()
_NATURAL = {bool: "boolean", int: "integer", float: "number", str: "string", list: "array", dict: "object"}


def conform(spec: Spec, location: str, fact: Any) -> Any:
    """`fact` in the JSON shape of the schema at `location` (valid against it), else the schema's static instance."""
    fitted = _fit(spec, location, fact)
    return static_body(spec, location) if fitted is _MISSING else fitted


def _fit(spec: Spec, location: str, fact: Any) -> Any:
    location, schema = spec.follow(location)
    validator = spec.validator(location)
    if validator.is_valid(fact):
        return fact
    if not isinstance(schema, dict):
        return _MISSING
    for keyword in ("oneOf", "anyOf"):
        for index in range(len(schema.get(keyword, []))):
            fitted = _fit(spec, f"{location}/{keyword}/{index}", fact)
            if fitted is not _MISSING and validator.is_valid(fitted):
                return fitted
    for kind in _types(schema, fact):
        fitted = _as(spec, location, schema, kind, fact)
        if fitted is not _MISSING and validator.is_valid(fitted):
            return fitted
    return _MISSING


def _types(schema: dict[str, Any], fact: Any) -> list[str]:
    """The schema's types, the fact's own JSON type first."""
    declared = schema.get("type")
    if declared is None:
        declared = "object" if "properties" in schema else "array" if "items" in schema else []
    kinds = [declared] if isinstance(declared, str) else list(declared)
    natural = _NATURAL.get(type(fact))
    return sorted(kinds, key=lambda kind: kind != natural)


def _as(spec: Spec, location: str, schema: dict[str, Any], kind: str, fact: Any) -> Any:
    if kind == "object":
        return _object(spec, location, schema, fact) if isinstance(fact, dict) else _MISSING
    if kind == "array":
        items = f"{location}/items" if "items" in schema else None
        values = fact if isinstance(fact, list) else [fact]
        return [conform(spec, items, value) for value in values] if items else values
    if isinstance(fact, dt.datetime):
        fact = _timestamp(fact, schema.get("format")) if kind == "string" else fact.timestamp()
    return _scalar(kind, fact)


def _scalar(kind: str, fact: Any) -> Any:
    if isinstance(fact, list | dict):
        return _MISSING
    if kind == "string":
        return str(fact).lower() if isinstance(fact, bool) else str(fact)
    if kind == "boolean":
        return fact if isinstance(fact, bool) else _MISSING
    if kind in ("integer", "number") and not isinstance(fact, bool):
        try:
            number = float(fact)
        except (TypeError, ValueError):
            return _MISSING
        if kind == "number":
            return fact if isinstance(fact, int) else number
        return int(number) if number.is_integer() else _MISSING
    return None if kind == "null" and fact is None else _MISSING


def _object(spec: Spec, location: str, schema: dict[str, Any], fact: dict[str, Any]) -> Any:
    properties = schema.get("properties", {})
    extra = schema.get("additionalProperties", True)
    result: dict[str, Any] = {}
    for key, value in fact.items():
        if key in properties:
            result[key] = conform(spec, f"{location}{pointer('properties', key)}", value)
        elif isinstance(extra, dict):
            result[key] = conform(spec, f"{location}/additionalProperties", value)
        elif extra is not False:
            result[key] = value
    for key in schema.get("required", []):
        if key not in result:
            if key not in properties:
                return _MISSING
            result[key] = static_body(spec, f"{location}{pointer('properties', key)}")
    return result


def _timestamp(moment: dt.datetime, fmt: str | None) -> str:
    if fmt == "date":
        return moment.date().isoformat()
    fraction = f".{moment.microsecond // 1000:03d}" if moment.microsecond else ""
    return moment.strftime("%Y-%m-%dT%H:%M:%S") + fraction + "Z"
