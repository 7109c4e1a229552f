"""The recursive SYNQ Identifier schema, and the January 2026 ExecutionType rename (research synq-api.md 4.2.1)."""

from __future__ import annotations

import copy
from typing import Any

import pytest
import yaml

from scripts.spec_diff import Level, diff_specs
from tests import paths

DATA = paths.DATA / "spec_diff"
BRK, WARN, INFO = Level.BREAKING, Level.WARNING, Level.INFO
IDENTIFIER = "/components/schemas/Identifier"
MONITOR = "/components/schemas/MonitorIdentifier"


def execution_types() -> list[str]:
    lines = (line.strip() for line in (DATA / "execution_types.txt").read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line and not line.startswith("#")]


HEAD = execution_types()
AT_257AE16 = HEAD[:98]  # 2026-01-15: COALESCE_JOB_RUN renamed to COALESCE_ENVIRONMENT_RUN
AT_7D970CD = [name.replace("COALESCE_ENVIRONMENT_RUN", "COALESCE_JOB_RUN") for name in AT_257AE16]  # 2026-01-13


def mini_synq(execution_types: list[str], open_enum: bool = False) -> dict[str, Any]:
    spec: dict[str, Any] = yaml.safe_load((DATA / "synq_mini.yaml").read_text(encoding="utf-8"))
    known = {"type": "string", "enum": list(execution_types)}
    schemas = spec["components"]["schemas"]
    schemas["ExecutionType"] = {"anyOf": [known, {"type": "string"}, {"type": "integer"}]} if open_enum else known
    return spec


def found(old: dict[str, Any], new: dict[str, Any]) -> list[tuple[str, Level, str]]:
    return [(c.rule, c.level, c.location) for c in diff_specs(old, new)]


def test_execution_type_list_matches_the_research() -> None:
    assert len(HEAD) == len(set(HEAD)) == 104
    assert HEAD[0] == "EXECUTION_TYPE_UNSPECIFIED"
    assert HEAD[93] == "EXECUTION_TYPE_COALESCE_ENVIRONMENT_RUN"
    assert HEAD[-1] == "EXECUTION_TYPE_FABRIC_QUERY_LOG"


def test_recursive_spec_compared_with_itself_is_silent() -> None:
    spec = mini_synq(HEAD)
    assert diff_specs(spec, copy.deepcopy(spec)) == []


@pytest.mark.parametrize(("open_enum", "location"), [(False, "/enum"), (True, "/anyOf/0/enum")], ids=["closed", "open"])
def test_january_2026_rename_is_a_breaking_removal_plus_an_added_value(open_enum: bool, location: str) -> None:
    changes = diff_specs(mini_synq(AT_7D970CD, open_enum), mini_synq(AT_257AE16, open_enum))
    where = "/components/schemas/ExecutionType" + location
    assert [(c.rule, c.level, c.location) for c in changes] == [
        ("response-property-enum-value-removed", BRK, where),
        ("response-property-enum-value-added", WARN, where),
    ]
    assert "'EXECUTION_TYPE_COALESCE_JOB_RUN'" in changes[0].message
    assert "'EXECUTION_TYPE_COALESCE_ENVIRONMENT_RUN'" in changes[1].message


def test_old_enum_against_the_current_one() -> None:
    changes = diff_specs(mini_synq(AT_7D970CD), mini_synq(HEAD))
    removed = [c for c in changes if c.level is BRK]
    added = [c.message.split("'")[1] for c in changes if c.rule == "response-property-enum-value-added"]
    assert [c.rule for c in removed] == ["response-property-enum-value-removed"]
    assert sorted(added) == sorted(HEAD[93:94] + HEAD[98:])
    assert len(changes) == 1 + 7


def test_new_identifier_kind_is_reported_once_per_side_at_identifier() -> None:
    old = mini_synq(HEAD)
    new = copy.deepcopy(old)
    new["components"]["schemas"]["FabricTableIdentifier"] = {
        "type": "object",
        "properties": {"table": {"type": "string"}},
    }
    variant = {
        "type": "object",
        "required": ["fabricTable"],
        "properties": {"fabricTable": {"$ref": "#/components/schemas/FabricTableIdentifier"}},
    }
    new["components"]["schemas"]["Identifier"]["oneOf"].append(variant)
    changes = diff_specs(old, new)
    assert [(c.rule, c.level, c.location) for c in changes] == [
        ("response-property-one-of-added", WARN, IDENTIFIER + "/oneOf"),
        ("request-property-one-of-added", INFO, IDENTIFIER + "/oneOf"),
    ]
    assert "{fabricTable}" in changes[0].message


def test_change_inside_the_recursion_is_reported_once_at_the_component() -> None:
    old = mini_synq(HEAD)
    new = copy.deepcopy(old)
    del new["components"]["schemas"]["MonitorIdentifier"]["properties"]["monitorId"]
    assert found(old, new) == [
        ("request-property-removed", BRK, MONITOR + "/properties/monitorId"),
        ("response-optional-property-removed", BRK, MONITOR + "/properties/monitorId"),
    ]


def retarget(node: Any, old: str, new: str) -> Any:
    if isinstance(node, dict):
        return {k: new if k == "$ref" and v == old else retarget(v, old, new) for k, v in node.items()}
    if isinstance(node, list):
        return [retarget(v, old, new) for v in node]
    return node


def test_renamed_component_with_the_same_shape_only_loses_its_name() -> None:
    old = mini_synq(HEAD)
    new = retarget(old, "#/components/schemas/Identifier", "#/components/schemas/EntityIdentifier")
    new["components"]["schemas"]["EntityIdentifier"] = new["components"]["schemas"].pop("Identifier")
    assert found(old, new) == [("api-schema-removed", BRK, IDENTIFIER)]
