"""msgspec Structs derived from the effective spec at bench time: the typed limit, what the fastest typed decoder in
Python does with the same schema.

Adapted to what msgspec can express: a oneOf/anyOf of objects (Identifier, the Coalesce runDetails) becomes one
Struct with every member's properties, all optional (msgspec has no untagged unions of objects); everything else maps
one to one (string, date-time -> datetime, integer, number, boolean, enum -> Enum, array -> list, map -> dict,
free-form object -> dict[str, Any], `additionalProperties: false` -> forbid_unknown_fields).
"""

from __future__ import annotations

import datetime
import enum
import keyword
import sys
import types
from typing import Any, ForwardRef, Optional

import msgspec

from scripts.spec.model import Spec

_SCALARS: dict[str, Any] = {"string": str, "integer": int, "number": float, "boolean": bool}


_NULL = {"type": "null"}


class _Builder:
    def __init__(self, spec: Spec, module: types.ModuleType) -> None:
        self.schemas: dict[str, Any] = spec.document["components"]["schemas"]
        self.module = module

    def annotation(self, schema: dict[str, Any], name: str) -> Any:
        """The type for `schema`; `name` names a Struct made for an inline oneOf/anyOf."""
        if "$ref" in schema:  # resolved by msgspec in `module` once every type exists (some refer to each other)
            return ForwardRef(schema["$ref"].rsplit("/", 1)[-1])
        members = [member for member in schema.get("oneOf") or schema.get("anyOf") or [] if member != _NULL]
        if len(members) == 1:  # `oneOf: [X, {type: "null"}]`: X or null; a Struct's fields default to None anyway
            return self.annotation(members[0], name)
        if members:
            return self._merged(name, members)
        kind = schema.get("type")
        if isinstance(kind, list):
            kinds = [member for member in kind if member != "null"]
            if len(kinds) == 1:
                return self.annotation({**schema, "type": kinds[0]}, name)
            union = _SCALARS[kinds[0]]
            for member in kinds[1:]:
                union = union | _SCALARS[member]
            return union
        if kind == "array":
            return list[self.annotation(schema.get("items", {}), f"{name}Item")]  # type: ignore[misc]
        if kind == "string" and schema.get("format") == "date-time":
            return datetime.datetime
        if kind in _SCALARS:
            return _SCALARS[kind]
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict):
            return dict[str, self.annotation(extra, f"{name}Value")]  # type: ignore[misc]
        return dict[str, Any]

    def build(self, name: str, schema: dict[str, Any]) -> Any:
        if "enum" in schema:
            return enum.Enum(name, {f"M{index}": value for index, value in enumerate(schema["enum"])})
        if "properties" not in schema:
            return self.annotation(schema, name)
        required = set(schema.get("required", []))
        return self._struct(name, schema["properties"], required, closed=schema.get("additionalProperties") is False)

    def _merged(self, name: str, members: list[dict[str, Any]]) -> Any:
        schemas = [
            self.schemas[member["$ref"].rsplit("/", 1)[-1]] if "$ref" in member else member for member in members
        ]
        closed = all(member.get("additionalProperties") is False for member in schemas)
        properties = {key: prop for member in schemas for key, prop in member.get("properties", {}).items()}
        return self._struct(name, properties, required=set(), closed=closed)

    def _struct(self, name: str, properties: dict[str, Any], required: set[str], *, closed: bool) -> Any:
        fields: list[tuple[str, Any] | tuple[str, Any, Any]] = []
        for key, prop in properties.items():
            python = "".join(char if char.isalnum() else "_" for char in key)
            python = f"{python}_" if keyword.iskeyword(python) or not python.isidentifier() else python
            kind = self.annotation(prop, name + key[:1].upper() + key[1:])
            default = msgspec.field(name=key) if key in required else msgspec.field(default=None, name=key)
            fields.append((python, kind if key in required else Optional[kind], default))  # noqa: UP045
        return msgspec.defstruct(name, fields, kw_only=True, forbid_unknown_fields=closed, module=self.module.__name__)


def structs(spec: Spec, vendor: str) -> types.ModuleType:
    """A module holding one msgspec type per component schema of `spec`, named after the schema."""
    module = types.ModuleType(f"msgspec_{vendor}_models")
    sys.modules[module.__name__] = module  # where msgspec resolves the forward references
    builder = _Builder(spec, module)
    for name, schema in builder.schemas.items():
        setattr(module, name, builder.build(name, schema))
    return module
