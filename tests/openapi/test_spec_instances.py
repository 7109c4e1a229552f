"""The test-side body builder: a partial body completed from the spec is valid against it, whatever required field
of whatever JSON shape the vendor adds: to the object, to an object it holds, or to the union variant it holds."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from tests.contract.spec_bodies import SpecDoc

from .spec_instances import complete, effective_spec

SHAPES: dict[str, dict[str, Any]] = {
    "string": {"type": "string", "minLength": 30},
    "int32": {"type": "integer", "format": "int32", "minimum": 5},
    "int64": {"type": "string", "format": "int64"},
    "double": {"type": "number", "maximum": 0},
    "bool": {"type": "boolean"},
    "date-time": {"type": "string", "format": "date-time"},
    "nullable": {"type": ["string", "null"]},
    "enum": {"type": "string", "enum": ["first", "second"]},
    "object": {"type": "object", "required": ["inner"], "properties": {"inner": {"type": "integer"}}},
    "array": {"type": "array", "minItems": 2, "items": {"type": "object", "required": ["a"], "properties": {"a": {}}}},
    "map": {"type": "object", "additionalProperties": {"type": "string"}},
    "union": {"oneOf": [{"type": "null"}, {"type": "object", "required": ["b"], "properties": {"b": {"const": 1}}}]},
}
KEPT = {"keptKey": ["as", "given"]}


def success_schema(spec: SpecDoc) -> str:
    """The pointer of the component schema getRun answers (the Run)."""
    pointer = spec.response_pointer(*spec.tested_operation(), "200")
    name = spec.schema_name(pointer)
    assert name is not None
    return f"/components/schemas/{name}"


def holder(spec: SpecDoc, place: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """(the schema to add a required field to, the partial body that reaches it)."""
    top = spec.at("#" + success_schema(spec))
    if place == "top":
        return top, dict(KEPT)
    for name, prop in top["properties"].items():
        node = spec.resolve(prop)
        branches = node.get("anyOf", []) + node.get("oneOf", [])
        if place == "nested" and "properties" in node and not branches:
            return node, {**KEPT, name: dict(KEPT)}
        if place == "variant" and branches and "properties" in spec.resolve(branches[0]):
            return spec.resolve(branches[0]), {**KEPT, name: dict(KEPT)}
    raise AssertionError(f"the {success_schema(spec)} schema holds no {place} object")


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("place", ["top", "nested", "variant"])
def test_a_partial_body_completed_from_the_spec_is_valid(place: str, shape: str) -> None:
    spec = SpecDoc("coalesce", copy.deepcopy(effective_spec("coalesce")))
    target, partial = holder(spec, place)
    target["properties"]["addedField"] = SHAPES[shape]
    target["required"] = [*target.get("required", []), "addedField"]

    body = complete(spec.document, spec.at("#" + success_schema(spec)), copy.deepcopy(partial))

    spec.assert_valid(success_schema(spec), body)
    assert body["keptKey"] == KEPT["keptKey"]  # what the test gave is kept as given
    inner = [value for key, value in body.items() if key in partial and key != "keptKey"]
    assert all(value["keptKey"] == KEPT["keptKey"] and "addedField" in value for value in inner)
