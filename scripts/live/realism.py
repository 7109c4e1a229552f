"""Requests a real vendor would take: the spec's request schemas narrowed to what a vendor documents.

A schema allows more than a vendor accepts: an object without `additionalProperties` allows any unknown field
(SYNQ rejects unknown request fields: its spec's 400), a string any character (control characters included), an
integer any size. A live run that sent those would test only the vendor's 400s, so requests are drawn from a copy of
the spec where, unless the spec says otherwise, objects take only the fields it names, strings are printable ASCII
without blanks and integers fit int32 (what Coalesce's sibling endpoints declare for the same run counter). A map
the spec leaves open (`additionalProperties: true`, such as startRun's `parameters`) gets printable keys and scalar
values.
The copy is used to draw requests only; answers are always checked against the spec itself.
"""

from __future__ import annotations

import copy
from typing import Any

PRINTABLE = "^[!-~]*$"
DECIMAL = "^-?[0-9]+$"
_DECIMAL_FORMATS = {"int64", "uint64"}
"""Formats of a string that ProtoJSON writes as a decimal (a 64-bit integer): without a pattern of the spec's own,
such a string is drawn as one (no generator knows the format on a string, and would draw any text)."""
INT32 = (-(2**31), 2**31 - 1)
_LITERAL_KEYS = {"example", "examples", "default", "enum", "const", "x-examples"}
_FREE_TEXT = {"pattern", "format", "enum", "const", "contentEncoding"}
_ANNOTATION_FORMATS: dict[Any, set[str]] = {"password": {"format"}}
"""Formats that only annotate a string (a secret to hide), so they do not stand for the spec's own text rules."""
_NAME_MAPS = {"properties", "patternProperties", "$defs", "definitions", "schemas", "dependentSchemas"}


def realistic(document: dict[str, Any]) -> dict[str, Any]:
    narrowed = copy.deepcopy(document)
    _narrow(narrowed)
    return narrowed


def _narrow(node: Any, *, in_all_of: bool = False) -> None:
    if isinstance(node, list):
        for item in node:
            _narrow(item, in_all_of=in_all_of)
        return
    if not isinstance(node, dict):
        return
    kind = node.get("type")
    kinds = kind if isinstance(kind, list) else [kind]
    if "object" in kinds or "properties" in node:
        open_keys = ("additionalProperties", "patternProperties", "unevaluatedProperties")
        if not in_all_of and not any(key in node for key in open_keys):
            node["additionalProperties"] = False  # allOf members are closed by their parent, never one by one
        if node.get("additionalProperties") is True:
            node["additionalProperties"] = {"type": ["string", "integer", "boolean"]}  # narrowed below
        if isinstance(node.get("additionalProperties"), dict):
            node.setdefault("propertyNames", {"pattern": PRINTABLE})
    if "string" in kinds and node.get("format") in _DECIMAL_FORMATS and "pattern" not in node:
        node["pattern"] = DECIMAL
    if "string" in kinds and not _FREE_TEXT & node.keys() - _ANNOTATION_FORMATS.get(node.get("format"), set()):
        node["pattern"] = PRINTABLE
    if "integer" in kinds and node.get("format") != "int64":
        node["minimum"] = max(node.get("minimum", INT32[0]), INT32[0])
        node["maximum"] = min(node.get("maximum", INT32[1]), INT32[1])
    for key, value in node.items():
        if key in _NAME_MAPS and isinstance(value, dict):
            for schema in value.values():  # a map of names: its keys are not keywords
                _narrow(schema)
        elif key not in _LITERAL_KEYS:
            _narrow(value, in_all_of=key == "allOf")
