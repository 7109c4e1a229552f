"""Every way an answer's JSON body breaks the documented schema for its status, as findings with JSON paths.

schemathesis' own `response_schema_conformance` stops at the first error of a body; a drift report wants all
of them, each at a path a person can read: map keys (SYNQ's execution IDs) become `*`, array indices `[*]`, so
the same drift in every execution is one finding. Validation is the mock's Draft 2020-12 validator over the
whole effective spec (`scripts/spec/model.py`), so recursive references such as `Identifier` resolve.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import Any

from jsonschema.exceptions import ValidationError  # type: ignore[import-untyped]

from scripts.live.findings import Finding, excerpt
from scripts.spec.model import OperationSpec, Spec

CHECK = "response_schema_conformance"
MAX_LISTED = 8
_CONSUMES_KEY = {"properties": ".{}", "patternProperties": ".*", "prefixItems": "[{}]"}
_CONSUMES = {"additionalProperties": ".*", "items": "[*]", "unevaluatedProperties": ".*"}


def schema_findings(spec: Spec, operation: OperationSpec, status: int, body: bytes, shown: Any = None) -> list[Finding]:
    """Findings for one answer; `shown` is the redacted body the findings quote (default: the body itself)."""
    documented = operation.response_for(status)
    if documented is None or documented.schema is None:
        return []  # an undocumented status or an empty documented body: status_code_conformance's business
    name = schema_name(spec, spec.follow(documented.schema)[1])
    try:
        instance = json.loads(body)
    except ValueError:
        return [
            Finding(
                spec.vendor,
                operation.label,
                CHECK,
                "$",
                f"a JSON body ({name})",
                "not JSON",
                excerpt(body.decode("utf-8", "replace")),
            )
        ]
    shown = instance if shown is None else shown
    return [
        _finding(spec, operation, error, shown, spec.vendor)
        for error in sorted(
            spec.validator(documented.schema).iter_errors(instance), key=lambda e: list(map(str, e.absolute_path))
        )
    ]


def _finding(spec: Spec, operation: OperationSpec, error: ValidationError, shown: Any, vendor: str) -> Finding:
    path = json_path(error)
    parent, value = locate(shown, list(error.absolute_path))
    owner = schema_name(spec, error.schema)
    owned = f" ({owner})" if owner else ""
    if error.validator == "required":
        missing = [name for name in error.validator_value if isinstance(value, dict) and name not in value]
        label = missing[0] if missing else "?"
        keys = ", ".join(sorted(value)) if isinstance(value, dict) else excerpt(value, 60)
        return Finding(vendor, operation.label, CHECK, f"{path}.{label}", f"required{owned}", "absent", f"keys: {keys}")
    if error.validator == "additionalProperties" and isinstance(value, dict):
        extra = sorted(set(value) - set(error.schema.get("properties", {})))
        label = extra[0] if extra else "?"
        return Finding(
            vendor,
            operation.label,
            CHECK,
            f"{path}.{label}",
            f"no such property{owned}",
            excerpt(value.get(label)),
            excerpt(value),
        )
    key = error.absolute_path[-1] if error.absolute_path else None
    example = excerpt(_around(parent, key) if isinstance(parent, dict) else value)
    return Finding(vendor, operation.label, CHECK, path, expectation(spec, error) + owned, sent(error, value), example)


def _around(parent: dict[str, Any], key: Any) -> dict[str, Any]:
    """The failing property with the object's `id` beside it, if it has one: enough to find the record."""
    return {name: parent.get(name) for name in ("id", key) if name in parent}


def expectation(spec: Spec, error: ValidationError) -> str:
    keyword, value = error.validator, error.validator_value
    if keyword == "enum":
        listed = ", ".join(map(str, value[:MAX_LISTED]))
        return f"one of {listed}" if len(value) <= MAX_LISTED else f"one of {len(value)} values ({listed}, …)"
    if keyword in ("oneOf", "anyOf"):
        return f"{'exactly' if keyword == 'oneOf' else 'at least'} one of {len(value)} variants"
    if keyword == "type":
        return f"type {' or '.join(value) if isinstance(value, list) else value}"
    if keyword == "format":
        return f"format {value}"
    return f"{keyword}: {excerpt(value, 60)}"


def sent(error: ValidationError, value: Any) -> str:
    if error.validator in ("oneOf", "anyOf") and isinstance(value, dict):
        return f"an object with {', '.join(sorted(value)) or 'no keys'}"
    if error.validator == "type":
        return f"{_json_type(value)} {excerpt(json.dumps(value), 60)}"
    return excerpt(json.dumps(value) if not isinstance(value, str) else value, 60)


def _json_type(value: Any) -> str:
    names = {bool: "boolean", int: "integer", float: "number", str: "string", list: "array", dict: "object"}
    return "null" if value is None else names.get(type(value), type(value).__name__)


def schema_name(spec: Spec, schema: Any) -> str:
    """The component name of a schema object (by identity), or "" for an inline one."""
    for name, candidate in spec.document.get("components", {}).get("schemas", {}).items():
        if candidate is schema:
            return str(name)
    return ""


def json_path(error: ValidationError) -> str:
    """`$.executions.*.status`: the error's instance path, with map keys and indices generalised via the schema path."""
    instance = list(error.absolute_path)
    segments = list(_segments(list(error.absolute_schema_path)))
    if len(segments) != len(instance):
        return "$" + "".join(f"[{key}]" if isinstance(key, int) else f".{key}" for key in instance)
    return "$" + "".join(segment.format(key) for segment, key in zip(segments, instance, strict=True))


def _segments(schema_path: Sequence[Any]) -> Iterator[str]:
    tokens = iter(schema_path)
    for token in tokens:
        if token in _CONSUMES_KEY:
            next(tokens, None)
            yield _CONSUMES_KEY[token]
        elif token in _CONSUMES:
            yield _CONSUMES[token]


def locate(body: Any, path: Sequence[Any]) -> tuple[Any, Any]:
    """(parent, value) at an instance path of a (redacted) body; None for what is not there."""
    parent, value = None, body
    for key in path:
        parent = value
        try:
            value = value[key]
        except (KeyError, IndexError, TypeError):
            return parent, None
    return parent, value
