# Copied from scripts/spec/secrets.py by "make generate". DO NOT EDIT here: edit scripts/spec/secrets.py.
"""Which request fields hold secrets: every property whose schema says `format: password` (OpenAPI's own mark).

The code generator hides them from the models' reprs and the clients' error texts; the drift alarm redacts them in
what it records and reports. This reads the mark for the tools, which must not import the clients.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from synq_coalesce_mock._spec.document import resolve

__all__ = ["SECRET_FORMAT", "hide_secrets", "is_secret", "secret_property_names"]

SECRET_FORMAT = "password"
_BRANCHES = ("allOf", "anyOf", "oneOf")
_MAX_DEPTH = 8  # branches of branches; a recursive schema stops here


def is_secret(document: Mapping[str, Any], schema: Any, depth: int = 0) -> bool:
    """Whether `schema`, the schema its `$ref`s lead to, or one of its `allOf`/`anyOf`/`oneOf` branches (a nullable
    secret is `anyOf: [{format: password}, {type: "null"}]`) is marked `format: password`."""
    if not isinstance(schema, Mapping) or depth > _MAX_DEPTH:
        return False
    if schema.get("format") == SECRET_FORMAT:
        return True
    resolved, _ = resolve(document, schema)
    if not isinstance(resolved, Mapping):
        return False
    branches = [branch for keyword in _BRANCHES for branch in resolved.get(keyword) or ()]
    return resolved.get("format") == SECRET_FORMAT or any(is_secret(document, b, depth + 1) for b in branches)


def secret_property_names(document: Mapping[str, Any]) -> frozenset[str]:
    """The name of every property, anywhere in `document`, whose schema is marked secret."""
    return frozenset(
        str(name)
        for properties in _property_maps(document)
        for name, schema in properties.items()
        if is_secret(document, schema)
    )


def _property_maps(node: Any) -> Iterator[Mapping[str, Any]]:
    if isinstance(node, Mapping):
        properties = node.get("properties")
        if isinstance(properties, Mapping):
            yield properties
        for value in node.values():
            yield from _property_maps(value)
    elif isinstance(node, list):
        for item in node:
            yield from _property_maps(item)


def hide_secrets(text: str, data: Any, names: frozenset[str]) -> str:
    """`text` with every string that `data` (decoded JSON) holds under a property of `names` replaced by `<secret>`."""
    for secret in sorted(_values_under(data, names), key=len, reverse=True):
        text = text.replace(secret, "<secret>")
    return text


def _values_under(data: Any, names: frozenset[str], inside: bool = False) -> set[str]:
    if isinstance(data, str):
        return {data} if inside and data else set()
    if isinstance(data, Mapping):
        return {v for key, item in data.items() for v in _values_under(item, names, inside or key in names)}
    if isinstance(data, list):
        return {v for item in data for v in _values_under(item, names, inside)}
    return set()
