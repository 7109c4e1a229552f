"""Bodies as a proto3 JSON printer writes them, in both of its modes, drawn from the effective spec.

A message is drawn as "each field set to a value, or unset", then printed:

- default options (Connect, vanguard-go): unset fields are left out, and so are implicit-presence fields set to their
  zero value ("", 0, false, the enum's first name, [], {});
- `EmitUnpopulated` (grpc-gateway's default marshaler): every unset field is printed, an unset message field as null
  and the others as their zero value; unset proto3 `optional` fields and oneof members are still left out.

Which fields are messages comes from the spec (the ones that allow null: openapi/NOTES.md); which are proto3
`optional` is not in the spec, so it is listed here from the research (synq-api.md §3 and §5).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from hypothesis import strategies as st

from .spec_bodies import KEYS, MAX_COLLECTION, TEXT, SpecDoc, Strategy

OPTIONAL_FIELDS = {
    "EntityExecution": {"startedAt", "finishedAt", "durationSeconds"},
    "MonitorIdentifier": {"segment", "integrationId"},
}
"""proto3 `optional` fields, which have presence: printed whenever set (even to zero), never when unset."""

UNSET_FIELD: Any = object()
"""A drawn field that is not set."""
_EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)


def _timestamp(seconds: int, nanos: int) -> str:
    """google.protobuf.Timestamp as protojson prints it: UTC, `Z`, 0, 3, 6 or 9 fraction digits."""
    text = (_EPOCH + datetime.timedelta(seconds=seconds)).strftime("%Y-%m-%dT%H:%M:%S")
    if nanos % 1_000_000_000 == 0:
        return text + "Z"
    if nanos % 1_000_000 == 0:
        return f"{text}.{nanos // 1_000_000:03d}Z"
    if nanos % 1000 == 0:
        return f"{text}.{nanos // 1000:06d}Z"
    return f"{text}.{nanos:09d}Z"


TIMESTAMPS = st.builds(_timestamp, st.integers(0, 2**33), st.integers(0, 999_999_999))
# Finite: the spec's `durationSeconds` is `type: number`, so "NaN"/"Infinity" (legal proto3, rarely sent) would make
# the body invalid against it; tests/codegen/test_field_checks.py covers them.
DOUBLES = st.floats(allow_nan=False, allow_infinity=False) | st.integers(-(2**53), 2**53)


def _types(node: dict[str, Any]) -> set[str]:
    types = node.get("type", [])
    return ({types} if isinstance(types, str) else set(types)) - {"null"}


@dataclass
class Proto3Bodies:
    spec: SpecDoc
    emit_unpopulated: bool
    max_depth: int = 2

    def for_pointer(self, pointer: str) -> Strategy:
        strategy = self._value(self.spec.at("#" + pointer), ())
        assert strategy is not None
        return strategy

    def _value(self, node: Any, stack: tuple[str, ...]) -> Strategy | None:
        """A set value of a field with this schema, as printed."""
        if "$ref" in node:
            if stack.count(node["$ref"]) >= self.max_depth:
                return None
            return self._value(self.spec.at(node["$ref"]), (*stack, node["$ref"]))
        branches = [b for b in node.get("oneOf", []) if b != {"type": "null"}]
        if branches:
            options = [s for s in (self._value(b, stack) for b in branches) if s is not None]
            return st.one_of(options) if options else None
        if "enum" in node:
            return st.sampled_from(node["enum"])
        if "properties" in node:
            return self._message(node, stack)
        if "additionalProperties" in node:
            values = self._value(node["additionalProperties"], stack)
            return st.just({}) if values is None else st.dictionaries(KEYS, values, max_size=MAX_COLLECTION)
        if "array" in _types(node):
            items = self._value(node["items"], stack)
            return st.just([]) if items is None else st.lists(items, max_size=MAX_COLLECTION)
        if node.get("format") == "date-time":
            return TIMESTAMPS
        return {
            "string": TEXT,
            "number": DOUBLES,
            "integer": st.integers(-(2**31), 2**31 - 1),
            "boolean": st.booleans(),
        }[next(iter(_types(node)))]

    def _message(self, node: dict[str, Any], stack: tuple[str, ...]) -> Strategy | None:
        name = stack[-1].rsplit("/", 1)[-1] if stack else ""  # the component this message was reached through
        fields: dict[str, Strategy] = {}
        for field, schema in node["properties"].items():
            value = self._value(schema, stack)
            if field in node.get("required", []):  # the member of a oneof wrapper: always set
                if value is None:
                    return None
                fields[field] = value
            else:
                fields[field] = st.just(UNSET_FIELD) if value is None else st.just(UNSET_FIELD) | value
        return st.fixed_dictionaries(fields).map(lambda drawn: self.print_message(name, node, drawn))

    def print_message(self, name: str, node: dict[str, Any], drawn: dict[str, Any]) -> dict[str, Any]:
        """The JSON object a printer writes for a message whose fields are `drawn` (UNSET_FIELD: not set)."""
        printed: dict[str, Any] = {}
        for field, value in drawn.items():
            schema = self.spec.resolve(node["properties"][field])
            presence = field in OPTIONAL_FIELDS.get(name, set()) or field in node.get("required", [])
            message = self._is_message(schema)
            if value is not UNSET_FIELD:
                if presence or message or self.emit_unpopulated or value != self._zero(schema):
                    printed[field] = value
            elif self.emit_unpopulated and not presence:
                printed[field] = None if message else self._zero(schema)
        return printed

    def _is_message(self, schema: dict[str, Any]) -> bool:
        """A singular message field: its schema allows null (the spec marks exactly those, openapi/NOTES.md)."""
        return "null" in schema.get("type", []) or {"type": "null"} in schema.get("oneOf", [])

    def _zero(self, schema: dict[str, Any]) -> Any:
        if "enum" in schema:
            return schema["enum"][0]
        if "additionalProperties" in schema:
            return {}
        return {"array": [], "string": "", "number": 0, "integer": 0, "boolean": False}[next(iter(_types(schema)))]
