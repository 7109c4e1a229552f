"""The benchmark's Coalesce Run body follows the spec: a field the vendor makes required (in the Run or in the
runDetails variant the body is of) is filled, and the body stays valid."""

from __future__ import annotations

import copy

import pytest

from scripts.bench.bodies import COALESCE_OPERATION, coalesce_run, hand_written_run
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


def test_a_changed_or_removed_field_is_refitted_and_the_rest_stays_as_it_was() -> None:
    """Each optional field of the Run in turn: its type changed (to one its value does not fit), or the field
    removed. The body stays valid, and every other field keeps its value; where today's spec takes a hand-written
    value, the body holds it."""
    spec = Spec.load("coalesce")
    location = success_schema(spec, operation(spec, *COALESCE_OPERATION))
    run_location = spec.follow(location)[0]
    fitting = {  # the hand-written scalars today's spec takes (objects are fitted field by field)
        key: value
        for key, value in hand_written_run().items()
        if not isinstance(value, dict)
        and key in spec.schema(run_location).get("properties", {})
        and spec.validator(f"{run_location}/properties/{key}").is_valid(value)
    }
    before = coalesce_run(spec)
    assert fitting and fitting.items() <= before.items()
    run_name = run_location.rsplit("/", 1)[-1]
    optional = set(before) - set(spec.schema(location).get("required", []))
    for field, value in ((field, value) for field, value in before.items() if field in optional):
        for change in ("retyped", "removed"):
            document = copy.deepcopy(spec.document)
            properties = document["components"]["schemas"][run_name]["properties"]
            if change == "removed":
                del properties[field]
            else:
                properties[field] = {"type": "boolean"} if not isinstance(value, bool) else {"type": "string"}
            changed = Spec(vendor="coalesce", document=document)
            run = coalesce_run(changed)
            assert changed.validator(location).is_valid(run), (field, change)
            assert (field in run) == (change == "retyped"), (field, change)
            assert {k: v for k, v in run.items() if k != field} == {k: v for k, v in before.items() if k != field}
