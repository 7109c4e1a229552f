"""Facts read off a single schema: its types, nullability, enum values, bounds and union members."""

from __future__ import annotations

import json
from typing import Any

from scripts.spec_diff.document import Node, as_dict

CONSTRAINT_KEYS = (
    "enum",
    "const",
    "pattern",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
    "minLength",
    "maxLength",
    "minItems",
    "maxItems",
    "uniqueItems",
    "minProperties",
    "maxProperties",
)
ANNOTATION_KEYS = {"description", "title", "summary", "examples", "example", "default", "deprecated", "nullable"}


def constraints(schema: Node) -> dict[str, Any]:
    return {key: schema[key] for key in CONSTRAINT_KEYS if key in schema}


def value_key(value: Any) -> str:
    return json.dumps(value, sort_keys=True, default=str)


def types(schema: Node) -> frozenset[str]:
    declared = schema.get("type")
    if isinstance(declared, str):
        found = {declared}
    elif isinstance(declared, list):
        found = {t for t in declared if isinstance(t, str)}
    else:
        found = set()
    found.discard("null")
    if not found and ("properties" in schema or "additionalProperties" in schema):
        found.add("object")
    if not found and "items" in schema:
        found.add("array")
    return frozenset(found)


def type_label(schema: Node) -> str:
    label = "|".join(sorted(types(schema))) or "any"
    return f"{label} ({schema['format']})" if "format" in schema else label


def covers(accepted: frozenset[str], kind: str) -> bool:
    return kind in accepted or (kind == "integer" and "number" in accepted)


def is_null(member: Any) -> bool:
    return isinstance(member, dict) and member.get("type") in ("null", ["null"])


def split_nullable(schema: Node, honours_nullable: bool) -> tuple[Node, bool]:
    """Separate "may be null" from the rest, so `{anyOf: [X, null]}` compares as X plus a nullability flag.

    `nullable: true` counts only in documents that honour it (3.0); OpenAPI 3.1 dropped the keyword.
    """
    nullable = (honours_nullable and schema.get("nullable") is True) or None in (schema.get("enum") or [])
    body = schema
    declared = schema.get("type")
    if isinstance(declared, list) and "null" in declared:
        nullable = True
        rest = [t for t in declared if t != "null"]
        body = {k: v for k, v in schema.items() if k != "type"}
        if rest:
            body["type"] = rest[0] if len(rest) == 1 else rest
    for keyword in ("anyOf", "oneOf"):
        members = body.get(keyword)
        if not isinstance(members, list) or not any(is_null(m) for m in members):
            continue
        nullable = True
        rest = [m for m in members if not is_null(m)]
        others = set(body) - ANNOTATION_KEYS - {keyword}
        if len(rest) == 1 and not others:
            return as_dict(rest[0]), nullable
        body = {**body, keyword: rest}
    return body, nullable


def enum_values(schema: Node) -> list[Any] | None:
    values = schema.get("enum")
    if not isinstance(values, list):
        return None
    return [v for v in values if v is not None]


def member_key(member: Node) -> str:
    """Identity of a oneOf/anyOf member that survives edits inside it (its enum values, its descriptions)."""
    if "$ref" in member:
        return f"$ref:{member['$ref']}"
    if "title" in member:
        return f"title:{member['title']}"
    required = member.get("required")
    if isinstance(required, list) and required:
        return "required:" + ",".join(sorted(map(str, required)))
    properties = as_dict(member.get("properties"))
    if properties:
        return "properties:" + ",".join(sorted(properties))
    if "const" in member:
        return f"const:{value_key(member['const'])}"
    return f"type:{type_label(member)}" + ("+enum" if "enum" in member else "")


def member_name(member: Node) -> str:
    key = member_key(member)
    kind, _, rest = key.partition(":")
    if kind == "$ref":
        return rest.rsplit("/", 1)[-1]
    if kind in ("required", "properties"):
        return "{" + rest + "}"
    return rest


def members(schema: Node, keyword: str) -> dict[str, tuple[int, Node]]:
    found: dict[str, tuple[int, Node]] = {}
    listed = schema.get(keyword)
    for index, member in enumerate(listed if isinstance(listed, list) else []):
        if is_null(member):
            continue
        key = member_key(as_dict(member))
        while key in found:
            key += "'"
        found[key] = (index, as_dict(member))
    return found
