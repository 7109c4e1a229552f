"""Smoke test of `python -m scripts.bench`: the quick mode runs every goal end to end and reports sane numbers.

No timing thresholds: the numbers of a one-round run with tiny bodies say nothing about speed. What is checked is
the plumbing: the servers start on 127.0.0.1 and stop, every contestant runs, and every goal has its row.
"""

from __future__ import annotations

import datetime
import enum
import math
import typing
import uuid

import pytest
from pydantic import BaseModel

from scripts.bench import pydantic_models
from scripts.bench.__main__ import main
from scripts.bench.goals import GOALS, Results, Settings, expected_goal_keys, parse_only, run
from scripts.bench.report import render
from scripts.mock.spec import Spec


@pytest.fixture(scope="module")
def quick_results() -> Results:
    return run(Settings.quick())


def test_every_goal_has_a_row(quick_results: Results) -> None:
    keys = [goal.key for goal in quick_results.goals]
    assert sorted(keys) == sorted(expected_goal_keys(GOALS))
    table = render(quick_results)
    for key in keys:
        assert f"| {key} " in table
    assert {group.key for group in quick_results.groups} == {"P1-synq", "P1-coalesce", "P2", "P2-busy", "P3", "P4"}


def test_numbers_are_positive_and_finite(quick_results: Results) -> None:
    for group in quick_results.groups:
        assert group.samples, group.title
        for name, sample in group.samples.items():
            for value in (sample.median, sample.min, *sample.per_op):
                assert math.isfinite(value) and value > 0, (group.title, name, value)
    for goal in quick_results.goals:
        for value in (goal.value, goal.of_mins):
            assert math.isfinite(value) and value > 0, goal
    assert all(size > 0 for size in quick_results.sizes.values())


def test_the_table_names_the_versions(quick_results: Results) -> None:
    table = render(quick_results)
    for name in ("Python", "httpx", "attrs", "pydantic"):
        assert f"{name} " in table


def test_cli_quick_only(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--quick", "--only", "p2"]) == 0
    out = capsys.readouterr().out
    for key in expected_goal_keys(("P2",)):
        assert f"| {key} " in out
    assert "P1-synq" not in out


def test_only_is_checked() -> None:
    assert parse_only("P3, p1") == ("P3", "P1")
    assert parse_only(None) == GOALS
    with pytest.raises(ValueError, match="--only"):
        parse_only("P5")


@pytest.mark.parametrize("vendor", ["synq", "coalesce"])
def test_pydantic_models_follow_the_effective_spec(vendor: str) -> None:
    """Every object schema and enum of the spec has a same-named reference model with the same properties, required
    properties and values; so a spec change that the reference models miss fails here, not in a benchmark."""
    schemas = Spec.load(vendor).document["components"]["schemas"]
    skipped = {"BatchGetExecutionsRequest", "RpcStatus", "Status", "ProtobufAny", "ErrorResponse", "Error"}
    for name, schema in schemas.items():
        if name in skipped or name == "RunTimeParameters":
            continue
        model = getattr(pydantic_models, name, None)
        if "enum" in schema:
            assert model is not None and issubclass(model, enum.Enum), name
            assert {member.value for member in model} == set(schema["enum"]), name
        elif "properties" in schema:
            assert model is not None and issubclass(model, BaseModel), name
            fields = {field.alias or key: field for key, field in model.model_fields.items()}
            assert set(fields) == set(schema["properties"]), name
            required = {alias for alias, field in fields.items() if field.is_required()}
            assert required == set(schema.get("required", [])), name
            for alias, prop in schema["properties"].items():
                wanted = {"date-time": datetime.datetime, "uuid": uuid.UUID}.get(prop.get("format", ""))
                if wanted is not None:
                    assert wanted in typing.get_args(fields[alias].annotation), (name, alias)
            extra = "forbid" if schema.get("additionalProperties") is False else "allow"
            assert model.model_config.get("extra") == extra, name
    kinds = [ref["$ref"].rsplit("/", 1)[-1] for ref in schemas.get("Identifier", {}).get("oneOf", [])]
    if kinds:
        assert [model.__name__ for model in pydantic_models.IDENTIFIER_KINDS.values()] == kinds
