# Copied from scripts/mock/instances.py by "make generate". DO NOT EDIT here: edit scripts/mock/instances.py.
"""Build JSON instances of a spec schema: the one deterministic "static" instance, or seeded random ones.

Static mode is Prism's static mode: the first `examples`/`example`/`default`/`enum` value, every declared
property, one item per array, format-aware strings. Random mode draws everything from `random.Random(seed)`:
which `oneOf`/`anyOf` branch, enum member, optional properties, array lengths and values.

Recursive schemas (SYNQ `MonitorIdentifier.monitoredId` is an `Identifier`) are cut when a reference
would be entered more than `max_recursion` times on the current path: optional properties and array
items that need to go deeper are left out, and branches that would are skipped.
Callers that need a guarantee validate the result (see `dynamic.py`); this module only aims at validity.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import string
import uuid
from collections.abc import Mapping
from typing import Any

from synq_coalesce_mock._spec.model import Spec

STATIC_DATE_TIME = "2026-01-15T01:30:00Z"
_EPOCH = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
_INT32 = (-(2**31), 2**31 - 1)
Trail = tuple[str, ...]  # the references entered on the way to the current schema


class TooDeep(Exception):
    """This schema cannot be satisfied without entering a reference once too often."""


class InstanceBuilder:
    def __init__(self, spec: Spec, rng: random.Random | None = None, *, max_recursion: int = 2) -> None:
        self.spec = spec
        self.rng = rng
        self.max_recursion = max_recursion

    @property
    def static(self) -> bool:
        return self.rng is None

    def build(self, location: str) -> Any:
        """An instance of the schema at a JSON pointer."""
        return self.instance(self.spec.node(location), trail=(), name="value")

    def instance(self, schema: Any, *, trail: Trail, name: str) -> Any:
        if schema is True or schema == {}:
            return self._text(name)
        if not isinstance(schema, Mapping):
            raise TooDeep(name)  # `false`: nothing is valid here
        if "$ref" in schema:
            return self._reference(schema, trail=trail, name=name)
        if "const" in schema:
            return schema["const"]
        if "enum" in schema:
            return self._choose(list(schema["enum"]))
        if self.static:
            for keyword in ("examples", "example", "default"):
                if keyword in schema:
                    value = schema[keyword]
                    return value[0] if keyword == "examples" and isinstance(value, list) and value else value
        if "allOf" in schema:
            return self.instance(merge_all_of(self.spec, schema), trail=trail, name=name)
        for keyword in ("oneOf", "anyOf"):
            if keyword in schema:
                return self._branch(schema, keyword, trail=trail, name=name)
        kind = self._type(schema)
        if kind == "object":
            return self._object(schema, trail=trail, name=name)
        if kind == "array":
            return self._array(schema, trail=trail, name=name)
        if kind == "string":
            return self._string(schema, name)
        if kind == "integer":
            return self._integer(schema)
        if kind == "number":
            return self._number(schema)
        if kind == "boolean":
            return self._choose([True, False])
        return None  # "null"

    def _reference(self, schema: Mapping[str, Any], *, trail: Trail, name: str) -> Any:
        reference = str(schema["$ref"])
        if trail.count(reference) >= self.max_recursion:
            raise TooDeep(name)
        _, target = self.spec.follow(reference[1:])
        siblings = {key: value for key, value in schema.items() if key != "$ref"}
        merged = {**target, **siblings} if isinstance(target, Mapping) and siblings else target
        return self.instance(merged, trail=(*trail, reference), name=name)

    def _branch(self, schema: Mapping[str, Any], keyword: str, *, trail: Trail, name: str) -> Any:
        branches = list(schema[keyword])
        order = list(range(len(branches)))
        if self.rng is not None:
            self.rng.shuffle(order)
        siblings = {key: value for key, value in schema.items() if key not in (keyword, "description", "title")}
        for index in order:
            candidate = {**siblings, "allOf": [branches[index]]} if siblings else branches[index]
            try:
                return self.instance(candidate, trail=trail, name=name)
            except TooDeep:
                continue
        raise TooDeep(name)

    def _object(self, schema: Mapping[str, Any], *, trail: Trail, name: str) -> dict[str, Any]:
        properties: Mapping[str, Any] = schema.get("properties", {})
        required = set(schema.get("required", []))
        result: dict[str, Any] = {}
        for key, subschema in properties.items():
            if key not in required and not self._coin():
                continue
            try:
                result[key] = self.instance(subschema, trail=trail, name=key)
            except TooDeep:
                if key in required:
                    raise
        extra = schema.get("additionalProperties")
        if not properties and extra not in (None, False):
            for _ in range(1 if self.static else self._randint(0, 3)):
                key = self._text(name)
                try:
                    result[key] = self.instance(extra, trail=trail, name=key)
                except TooDeep:
                    break
        return result

    def _array(self, schema: Mapping[str, Any], *, trail: Trail, name: str) -> list[Any]:
        low = int(schema.get("minItems", 0))
        high = int(schema.get("maxItems", low + 3))
        count = max(low, min(1, high)) if self.static else self._randint(low, min(high, low + 3))
        items = schema.get("items", {})
        result = []
        for _ in range(count):
            try:
                result.append(self.instance(items, trail=trail, name=name))
            except TooDeep:
                if len(result) < low:
                    raise
                break
        return result

    def _string(self, schema: Mapping[str, Any], name: str) -> str:
        if "pattern" in schema:
            return self._matching(str(schema["pattern"]), name)
        fmt = schema.get("format")
        if fmt == "date-time":
            if self.static:
                return STATIC_DATE_TIME
            moment = _EPOCH + dt.timedelta(seconds=self._randint(0, 3 * 365 * 86400))
            return moment.strftime("%Y-%m-%dT%H:%M:%SZ")
        if fmt == "uuid":
            return str(uuid.uuid5(uuid.NAMESPACE_URL, name)) if self.static else str(uuid.UUID(int=self._bits(128)))
        text = self._text(name).ljust(int(schema.get("minLength", 0)), "x")
        high = schema.get("maxLength")
        return text if high is None else text[: int(high)]

    def _matching(self, pattern: str, name: str) -> str:
        """A string the pattern matches, from a few plain candidates; the mock has no regex inverter."""
        for candidate in (self._text(name), name, "a", "A", "0", "1", "a-1", str(uuid.uuid5(uuid.NAMESPACE_URL, name))):
            if re.search(pattern, candidate):
                return candidate
        raise NotImplementedError(f"no built-in candidate matches the pattern {pattern!r} of property {name!r}")

    def _integer(self, schema: Mapping[str, Any]) -> int:
        low, high = bounds(schema)
        return max(low, min(high, 1)) if self.static else self._randint(low, high)

    def _number(self, schema: Mapping[str, Any]) -> float:
        low, high = bounds(schema)
        if self.static:
            return float(max(low, min(high, 1)))
        return min(float(high), self._randint(low, high) + round(self._fraction(), 3))

    def _type(self, schema: Mapping[str, Any]) -> str:
        declared = schema.get("type")
        if isinstance(declared, str):
            return declared
        if isinstance(declared, list) and declared:
            return str(self._choose([kind for kind in declared if kind != "null"] or ["null"]))
        if "properties" in schema or "additionalProperties" in schema:
            return "object"
        return "array" if "items" in schema else "string"

    # ------------------------------------------------------------ choices: the first one, or a seeded draw

    def _choose(self, options: list[Any]) -> Any:
        return options[0] if self.rng is None else self.rng.choice(options)

    def _coin(self) -> bool:
        return self.rng is None or self.rng.random() < 0.6

    def _randint(self, low: int, high: int) -> int:
        assert self.rng is not None
        return self.rng.randint(low, max(low, high))

    def _fraction(self) -> float:
        return 0.0 if self.rng is None else self.rng.random()

    def _bits(self, count: int) -> int:
        assert self.rng is not None
        return self.rng.getrandbits(count)

    def _text(self, name: str) -> str:
        if self.rng is None:
            return f"{name}-1"
        return f"{name}-" + "".join(self.rng.choices(string.ascii_lowercase + string.digits, k=6))


def bounds(schema: Mapping[str, Any]) -> tuple[int, int]:
    """Integer range to draw from: the schema's bounds, else int32's for `format: int32`, else 0..10000."""
    low, high = _INT32 if schema.get("format") == "int32" else (0, 10_000)
    if "minimum" in schema:
        low = int(schema["minimum"])
        high = max(high, low)
    if "maximum" in schema:
        high = int(schema["maximum"])
        low = min(low, high)
    if "exclusiveMinimum" in schema:
        low = max(low, int(schema["exclusiveMinimum"]) + 1)
    if "exclusiveMaximum" in schema:
        high = min(high, int(schema["exclusiveMaximum"]) - 1)
    return low, high


def merge_all_of(spec: Spec, schema: Mapping[str, Any]) -> dict[str, Any]:
    """Merge `allOf` members into one schema: enough for the shapes these specs use (objects, one-branch wraps)."""
    merged: dict[str, Any] = {key: value for key, value in schema.items() if key != "allOf"}
    for member in schema["allOf"]:
        if isinstance(member, Mapping) and "$ref" in member:
            member = spec.schema(member["$ref"][1:])
        for key, value in member.items():
            if key == "properties":
                merged["properties"] = {**merged.get("properties", {}), **value}
            elif key == "required":
                merged["required"] = sorted({*merged.get("required", []), *value})
            elif key == "allOf":
                merged = merge_all_of(spec, {**merged, "allOf": value})
            else:
                merged.setdefault(key, value)
    return merged
