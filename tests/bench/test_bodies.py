"""The benchmark's Coalesce Run body follows the spec: a field the vendor makes required (in the Run or in the
runDetails variant the body is of) is filled, and the body stays valid."""

from __future__ import annotations

import copy

import pytest

from scripts.bench.bodies import COALESCE_OPERATION, coalesce_run
from scripts.spec.model import Spec
from scripts.spec.values import operation, success_schema

ADDED = {
    "date-time": {"type": "string", "format": "date-time"},
    "enum": {"type": "string", "enum": ["first", "second"]},
    "object": {"type": "object", "required": ["inner"], "properties": {"inner": {"type": "integer", "minimum": 3}}},
    "array": {"type": "array", "minItems": 1, "items": {"type": "boolean"}},
}


@pytest.mark.parametrize("shape", ADDED)
@pytest.mark.parametrize("in_variant", [False, True], ids=["run", "runDetails-variant"])
def test_a_new_required_field_is_filled_in_the_benchmark_run(shape: str, in_variant: bool) -> None:
    spec = Spec.load("coalesce")
    document = copy.deepcopy(spec.document)
    spec = Spec(vendor="coalesce", document=document)
    location = success_schema(spec, operation(spec, *COALESCE_OPERATION))
    target = spec.schema(location)
    if in_variant:
        details = spec.schema(f"{spec.follow(location)[0]}/properties/runDetails")
        branches = [spec.schema(b["$ref"][1:]) for b in details.get("anyOf", []) + details.get("oneOf", [])]
        target = next(branch for branch in branches if "deployCommit" in branch.get("properties", {}))
    target["properties"]["addedField"] = ADDED[shape]
    target["required"] = [*target.get("required", []), "addedField"]

    run = coalesce_run(spec)

    assert spec.validator(location).is_valid(run), list(spec.validator(location).iter_errors(run))[:3]
    assert "addedField" in (run["runDetails"] if in_variant else run)
