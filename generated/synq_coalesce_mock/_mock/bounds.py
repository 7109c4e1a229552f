# Copied from scripts/mock/bounds.py by "make generate". DO NOT EDIT here: edit scripts/mock/bounds.py.
"""Cheap size checks that run before full schema validation: `maxItems`, `maxLength`, `maxProperties`.

jsonschema validates item by item (a 100,000-ID array took seconds) before it reports `maxItems`; these checks
read only lengths, at the value and down through named properties (never into array items), so an oversize
request is refused in microseconds. The message has the validator's shape: `<json path>: ... (<keyword>)`.
"""

from __future__ import annotations

from typing import Any

from synq_coalesce_mock._spec.document import pointer
from synq_coalesce_mock._spec.model import Spec

_SIZED = (("maxItems", list, "items"), ("maxLength", str, "characters"), ("maxProperties", dict, "properties"))


def oversize(spec: Spec, location: str, value: Any, path: str = "$") -> str | None:
    """The first size bound `value` breaks, as a message, or None."""
    location, schema = spec.follow(location)
    if not isinstance(schema, dict):
        return None
    for keyword, kind, noun in _SIZED:
        if keyword in schema and isinstance(value, kind) and len(value) > int(schema[keyword]):
            return f"{path}: {type(value).__name__} of {len(value)} {noun} is too long ({keyword})"
    if isinstance(value, dict):
        for name in schema.get("properties", {}):
            if name in value:
                found = oversize(spec, f"{location}{pointer('properties', name)}", value[name], f"{path}.{name}")
                if found:
                    return found
    return None
