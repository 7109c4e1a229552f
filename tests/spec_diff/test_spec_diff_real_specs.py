"""The gate on the hand-written vendor specs in openapi/: silent on no change, loud on a real vendor change."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

import pytest
import yaml

from scripts.spec.document import pointer
from scripts.spec_diff import Level, diff_specs
from tests.paths import ROOT


def load(vendor: str) -> dict[str, Any]:
    spec = yaml.safe_load((ROOT / "openapi" / f"{vendor}.yaml").read_text(encoding="utf-8"))
    assert isinstance(spec, dict)
    return spec


def enums(node: Any, at: str = "") -> Iterator[tuple[str, list[Any]]]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "enum" and isinstance(value, list):
                yield at + pointer(key), value
            else:
                yield from enums(value, at + pointer(key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from enums(value, at + pointer(index))


def enum_holding(spec: dict[str, Any], value: str) -> tuple[str, list[Any]]:
    (found,) = [(at, values) for at, values in enums(spec["components"]) if value in values]
    return "/components" + found[0], found[1]


@pytest.mark.parametrize("vendor", ["synq", "coalesce"])
def test_spec_compared_with_itself_is_silent(vendor: str) -> None:
    spec = load(vendor)
    assert diff_specs(spec, copy.deepcopy(spec)) == []


@pytest.mark.parametrize(
    ("vendor", "current", "earlier"),
    [
        ("synq", "EXECUTION_TYPE_COALESCE_ENVIRONMENT_RUN", "EXECUTION_TYPE_COALESCE_JOB_RUN"),
        ("coalesce", "waitingToRun", "queued"),
    ],
)
def test_a_renamed_enum_value_is_breaking(vendor: str, current: str, earlier: str) -> None:
    new = load(vendor)
    old = copy.deepcopy(new)
    location, values = enum_holding(old, current)
    values[values.index(current)] = earlier
    changes = diff_specs(old, new)
    assert {c.location for c in changes} == {location}
    removals = [c for c in changes if c.rule.endswith("enum-value-removed")]
    additions = [c for c in changes if c.rule.endswith("enum-value-added")]
    assert removals and all(c.level is Level.BREAKING and repr(earlier) in c.message for c in removals)
    assert additions and all(repr(current) in c.message for c in additions)
    assert len(removals) + len(additions) == len(changes)
