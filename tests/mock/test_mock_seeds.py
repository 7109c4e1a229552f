"""The seeded store: stable IDs, and every value list of the spec covered (read here from the spec itself)."""

from __future__ import annotations

import re
from typing import Any

import pytest

from scripts.mock.__main__ import main
from scripts.mock.seeds import seed_records
from scripts.mock.spec import Spec


def resolved(spec: Spec, node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        node = spec.node(node["$ref"][1:])
    return node


def enum_of(spec: Spec, node: Any) -> list[Any]:
    """The enum of a schema, also when it is an open enum (`anyOf: [{enum}, {type: string}, ...]`)."""
    node = resolved(spec, node)
    if "enum" in node:
        return list(node["enum"])
    return next((values for branch in node.get("anyOf", []) if (values := enum_of(spec, branch))), [])


def response_schema(spec: Spec) -> Any:
    (path_item,) = spec.document["paths"].values()
    (operation,) = path_item.values()
    return resolved(spec, resolved(spec, operation["responses"]["200"])["content"]["application/json"]["schema"])


@pytest.fixture(scope="module")
def executions(synq_spec: Spec) -> dict[str, Any]:
    return seed_records(synq_spec)


@pytest.fixture(scope="module")
def runs(coalesce_spec: Spec) -> dict[int, Any]:
    return seed_records(coalesce_spec)


def test_seeds_are_deterministic(synq_spec: Spec, coalesce_spec: Spec) -> None:
    assert seed_records(synq_spec) == seed_records(Spec.load("synq"))
    assert seed_records(coalesce_spec) == seed_records(Spec.load("coalesce"))


def test_execution_ids_are_stable_and_numbered(executions: dict[str, Any]) -> None:
    assert list(executions) == [f"exec-{number:03d}" for number in range(len(executions))]
    assert all(record["id"] == key for key, record in executions.items())
    assert executions["exec-000"] == {"id": "exec-000"}  # proto3 JSON with everything else at its default


def test_executions_cover_every_identifier_kind_status_and_a_spread_of_types(
    synq_spec: Spec, executions: dict[str, Any]
) -> None:
    execution = resolved(synq_spec, response_schema(synq_spec)["properties"]["executions"]["additionalProperties"])
    identifier = resolved(synq_spec, execution["properties"]["entities"]["items"])
    kinds = {next(iter(resolved(synq_spec, member)["required"])) for member in identifier["oneOf"]}
    assert len(kinds) == 23
    used_kinds = {
        next(iter(item))
        for record in executions.values()
        for field in ("entities", "targets", "extraReferences")
        for item in record.get(field, [])
    }
    assert used_kinds == kinds
    statuses = enum_of(synq_spec, execution["properties"]["status"])
    assert {record.get("status") for record in executions.values()} - {None} == set(statuses)
    types = {record["executionType"] for record in executions.values() if "executionType" in record}
    assert len(types) >= min(10, len(enum_of(synq_spec, execution["properties"]["executionType"])))
    prefixes = {re.sub(r"^EXECUTION_TYPE_([A-Z]+).*", r"\1", str(name)) for name in types}
    assert len(prefixes) >= 5, f"types should come from several integrations: {sorted(types)}"


def test_runs_are_numbered_from_one(runs: dict[int, Any]) -> None:
    assert list(runs) == list(range(1, len(runs) + 1))
    assert all(record["id"] == key for key, record in runs.items())


def test_runs_cover_every_status_type_details_variant_and_auth_type(coalesce_spec: Spec, runs: dict[int, Any]) -> None:
    run = response_schema(coalesce_spec)
    statuses = enum_of(coalesce_spec, run["properties"]["runStatus"])
    run_types = enum_of(coalesce_spec, run["properties"]["runType"])
    credentials = resolved(coalesce_spec, run["properties"]["userCredentials"])
    auth_types = enum_of(coalesce_spec, credentials["properties"]["snowflakeAuthType"])
    assert {(r["runStatus"], r["runType"]) for r in runs.values()} == {(s, t) for s in statuses for t in run_types}
    assert {r["userCredentials"]["snowflakeAuthType"] for r in runs.values() if "userCredentials" in r} == set(
        auth_types
    )
    assert any("userCredentials" not in r for r in runs.values())
    for record in runs.values():
        details = record["runDetails"]
        if record["runType"] == "deploy":
            assert "deployCommit" in details and "jobID" not in details
        else:
            assert "jobName" in details and "deployCommit" not in details
        assert ("runEndTime" in record) == (record["runStatus"] in ("canceled", "completed", "failed"))


def test_list_seeds_prints_every_id(capsys: pytest.CaptureFixture[str], executions: dict[str, Any]) -> None:
    assert main(["--list-seeds"]) == 0
    printed = capsys.readouterr().out
    for key in executions:
        assert re.search(rf"^  {key}  EXECUTION_STATUS_", printed, re.MULTILINE) or key == "exec-000"
    assert re.search(r"^  14  refresh +waitingToRun", printed, re.MULTILINE)
