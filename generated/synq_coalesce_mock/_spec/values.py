# Copied from scripts/spec/values.py by "make generate". DO NOT EDIT here: edit scripts/spec/values.py.
"""Read value lists out of the effective spec: operations, enums (open ones too), `oneOf` members.

The mock's seeds and the benchmark's bodies use these, so that a new enum member or identifier kind in the spec
shows up in their data.
"""

from __future__ import annotations

from typing import Any

from synq_coalesce_mock._spec.document import SpecError, pointer
from synq_coalesce_mock._spec.model import OperationSpec, Spec


def operation(spec: Spec, method: str, path: str) -> OperationSpec:
    found = spec.operations_at(path).get(method)
    if found is None:
        raise SpecError(f"{spec.vendor}: {method} {path} is not in the effective spec")
    return found


def success_schema(spec: Spec, op: OperationSpec) -> str:
    response = op.response_for(op.success_status)
    if response is None or response.schema is None:
        raise SpecError(f"{op.label}: the success response has no JSON schema")
    return response.schema


def walk(spec: Spec, location: str, *steps: str) -> str:
    """Pointer reached by following references, then each keyword/name step in turn."""
    location, _ = spec.follow(location)
    for step in steps:
        location, _ = spec.follow(location + pointer(step))
    return location


def enum_values(spec: Spec, location: str) -> list[Any]:
    """The enum at a schema, or in the first `anyOf`/`oneOf` branch that has one (open enums)."""
    location, schema = spec.follow(location)
    if "enum" in schema:
        return list(schema["enum"])
    for keyword in ("anyOf", "oneOf", "allOf"):
        for index in range(len(schema.get(keyword, []))):
            values = enum_values(spec, f"{location}/{keyword}/{index}")
            if values:
                return values
    return []


def oneof_members(spec: Spec, location: str) -> list[tuple[str, str]]:
    """(key, branch pointer) for each member of a oneOf of single-key objects, e.g. SYNQ `Identifier`."""
    location, schema = spec.follow(location)
    members = []
    for index in range(len(schema.get("oneOf", []))):
        branch_location, branch = spec.follow(f"{location}/oneOf/{index}")
        keys = branch.get("required") or list(branch.get("properties", {}))
        if len(keys) != 1:
            raise SpecError(f"{branch_location}: expected a single-key object, found keys {keys}")
        members.append((str(keys[0]), branch_location))
    if not members:
        raise SpecError(f"{location}: expected a oneOf")
    return members
