"""The seeded store: stable IDs, and every value list of the spec covered (read here from the spec itself)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from scripts.mock.__main__ import main
from scripts.mock.seeds import COALESCE_OPERATION, SYNQ_OPERATION, build_seed_records, seed_records
from scripts.spec.document import resolve
from scripts.spec.model import Spec
from scripts.spec.values import operation, success_schema
from tests.openapi.spec_support import assert_listed
from tests.paths import DATA

from .scratch_specs import scratch_spec


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
    """The success schema of the seeded operation, with references followed by hand (not by the mock's helpers)."""
    method, path = SYNQ_OPERATION if spec.vendor == "synq" else COALESCE_OPERATION
    seeded = spec.document["paths"][path][method.lower()]
    return resolved(spec, resolved(spec, seeded["responses"]["200"])["content"]["application/json"]["schema"])


@pytest.fixture(scope="module")
def executions(synq_spec: Spec) -> dict[str, Any]:
    return seed_records(synq_spec)


@pytest.fixture(scope="module")
def runs(coalesce_spec: Spec) -> dict[int, Any]:
    return seed_records(coalesce_spec)


def test_seeds_are_deterministic(synq_spec: Spec, coalesce_spec: Spec) -> None:
    assert build_seed_records(synq_spec) == build_seed_records(Spec.load("synq"))
    assert build_seed_records(coalesce_spec) == build_seed_records(Spec.load("coalesce"))


@pytest.mark.parametrize("vendor", ["synq", "coalesce"])
def test_the_seeds_built_once_per_spec_are_a_fresh_copy_each_time(vendor: str) -> None:
    spec = Spec.load(vendor)
    first, built = seed_records(spec), build_seed_records(spec)
    assert first == built and all(type(key) is type(next(iter(first))) for key in first)
    next(iter(first.values()))["id"] = "changed by a caller"
    first.clear()
    assert seed_records(Spec.load(vendor)) == built  # `built` is the builder's own object: no caller changed it


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
    assert_listed(sorted(kinds), DATA / "synq" / "identifier_kinds.txt", column=0, ordered=False)
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


def test_list_seeds_prints_every_id(
    capsys: pytest.CaptureFixture[str], executions: dict[str, Any], runs: dict[int, Any]
) -> None:
    assert main(["--list-seeds"]) == 0
    printed = capsys.readouterr().out
    for key in executions:
        assert re.search(rf"^  {key}  EXECUTION_STATUS_", printed, re.MULTILINE) or key == "exec-000"
    for run_id, run in runs.items():
        assert re.search(rf"^  {run_id} +{run['runType']} +{run['runStatus']}\b", printed, re.MULTILINE), run_id


# ---------------------------------------------------------------- seeds follow the spec's types


def _set(path: str, schema: dict[str, Any]) -> Callable[[dict[str, Any]], None]:
    """An edit of a scratch spec: replace the schema at `components/schemas/<path>`."""

    def edit(document: dict[str, Any]) -> None:
        *parents, name = path.split("/")
        node = document["components"]["schemas"]
        for parent in parents:
            node = node[parent]
        node[name] = schema

    return edit


RECORD_SCHEMAS = {"coalesce": "Run", "synq": "EntityExecution"}  # the schema of one seeded record


SCALARS = ("string", "integer", "number", "boolean")


def _kind(schema: dict[str, Any]) -> str | None:
    """`type:format` of a scalar or an array of scalars (one type, not nullable), else None."""
    kind = schema.get("type")
    if kind == "array":
        items = schema.get("items", {})
        return f"array:{items['type']}" if items.get("type") in SCALARS else None
    return f"{kind}:{schema.get('format', '')}" if kind in SCALARS else None


def _reader(field: str) -> Callable[[Any], Any]:
    return lambda record: record.get(field)


def _type_changes() -> list[tuple[str, str, Callable[[Any], Any]]]:
    """Per vendor, one field of the record's schema for each JSON type (and format) the seeds carry, chosen from the
    effective spec, so the fields named here are always the spec's own (the runbook may remove any of them). Each
    becomes a string, or an integer where it is a string already, so the change is one whatever the spec says."""
    changes: list[tuple[str, str, Callable[[Any], Any]]] = []
    for vendor, name in RECORD_SCHEMAS.items():
        spec = Spec.load(vendor)
        records = list(seed_records(spec).values())
        kinds: dict[str | None, str] = {}
        for field, schema in spec.document["components"]["schemas"][name]["properties"].items():
            if "enum" not in schema and any(field in record for record in records):
                kinds.setdefault(_kind(schema), field)
        changes += [
            (vendor, f"{name}/properties/{field}", _reader(field))
            for kind, field in sorted(kinds.items(), key=lambda item: str(item[0]))
            if kind is not None
        ]
    return changes


TYPE_CHANGES = _type_changes()


def _current_type(vendor: str, path: str) -> object:
    node: Any = Spec.load(vendor).document["components"]["schemas"]
    for part in path.split("/"):
        node = node[part]
    return node.get("type")


@pytest.mark.parametrize(("vendor", "path", "field"), TYPE_CHANGES, ids=[change[1] for change in TYPE_CHANGES])
def test_a_type_change_in_the_spec_changes_the_seeds_and_they_still_validate(
    tmp_path: Path, vendor: str, path: str, field: Callable[[Any], Any]
) -> None:
    target, kind = ("integer", int) if _current_type(vendor, path) == "string" else ("string", str)
    before = [value for record in seed_records(Spec.load(vendor)).values() if (value := field(record)) is not None]
    assert before and not any(isinstance(value, kind) for value in before)
    spec = Spec.load(vendor, scratch_spec(vendor, tmp_path, _set(path, {"type": target})))
    records = seed_records(spec)
    after = [value for record in records.values() if (value := field(record)) is not None]
    assert len(after) == len(before) and all(isinstance(value, kind) for value in after), after
    assert_seeds_validate(spec, records)


def test_a_new_required_field_gets_a_schema_value_and_a_dropped_field_is_left_out(tmp_path: Path) -> None:
    run_schema = Spec.load("coalesce").document["components"]["schemas"]["Run"]
    seeded = seed_records(Spec.load("coalesce")).values()
    dropped = next(  # an optional field the seeds carry today, whichever the spec has
        field
        for field in run_schema["properties"]
        if field not in run_schema.get("required", []) and any(field in record for record in seeded)
    )
    added = next(f"projectID{n}" for n in range(100) if f"projectID{n}" not in run_schema["properties"])

    def edit(document: dict[str, Any]) -> None:
        run = document["components"]["schemas"]["Run"]
        run["properties"][added] = {"type": "string", "format": "uuid"}
        run["required"].append(added)
        del run["properties"][dropped]
        run["additionalProperties"] = False

    spec = Spec.load("coalesce", scratch_spec("coalesce", tmp_path, edit))
    records = seed_records(spec)
    assert all(added in record and dropped not in record for record in records.values())
    assert_seeds_validate(spec, records)


def test_the_reruns_keep_pointing_at_the_run_before(runs: dict[int, Any]) -> None:
    reruns = {run_id: record["reRunID"] for run_id, record in runs.items() if "reRunID" in record}
    assert reruns and all(int(target) == run_id - 1 for run_id, target in reruns.items())


def assert_seeds_validate(spec: Spec, records: dict[Any, Any]) -> None:
    (method, path) = SYNQ_OPERATION if spec.vendor == "synq" else COALESCE_OPERATION
    schema = success_schema(spec, operation(spec, method, path))
    if spec.vendor == "synq":
        body: Any = {"executions": records}
        assert spec.validator(schema).is_valid(body), list(spec.validator(schema).iter_errors(body))[:2]
        return
    for record in records.values():
        assert spec.validator(schema).is_valid(record), list(spec.validator(schema).iter_errors(record))[:2]


def test_the_runs_in_a_final_status_have_an_end_time(tmp_path: Path) -> None:
    """Final means what the spec marks with x-final-values: marking one more status final gives its runs an end."""

    def final_of(spec: Spec) -> list[Any]:
        return list(resolved(spec, spec.document["components"]["schemas"]["RunStatus"])["x-final-values"])

    def ended(spec: Spec) -> set[Any]:
        return {record["runStatus"] for record in seed_records(spec).values() if "runEndTime" in record}

    spec = Spec.load("coalesce")
    assert ended(spec) == set(final_of(spec))
    running = next(
        status for status in enum_of(spec, {"$ref": "#/components/schemas/RunStatus"}) if status not in ended(spec)
    )

    def mark(document: dict[str, Any]) -> None:
        document["components"]["schemas"]["RunStatus"]["x-final-values"].append(running)

    marked = Spec.load("coalesce", scratch_spec("coalesce", tmp_path, mark))
    assert ended(marked) == set(final_of(spec)) | {running}


@pytest.mark.parametrize("position", ["first", "last"])
def test_the_runs_the_docs_name_keep_their_story_when_the_vendor_adds_a_status(tmp_path: Path, position: str) -> None:
    """README and PyPI page: run 9 ends in success, run 10 in failure, run 13 never finishes, whatever status comes."""

    def add_status(document: dict[str, Any]) -> None:
        values = document["components"]["schemas"]["RunStatus"]["enum"]
        values.insert(0 if position == "first" else len(values), "vendorAddedStatus")

    spec = Spec.load("coalesce", scratch_spec("coalesce", tmp_path, add_status))
    marks = spec.document["components"]["schemas"]["RunStatus"]
    runs = seed_records(spec)
    assert runs[9]["runStatus"] in marks["x-success-values"]
    assert runs[10]["runStatus"] in set(marks["x-final-values"]) - set(marks["x-success-values"])
    assert runs[13]["runStatus"] not in marks["x-final-values"] and runs[13]["runStatus"] != "waitingToRun"
    assert {record["runStatus"] for record in runs.values()} >= {"vendorAddedStatus"}


@pytest.mark.parametrize("added", [1, 2, 5])
def test_every_auth_type_is_seeded_however_many_the_vendor_adds(tmp_path: Path, added: int) -> None:
    """Every fifth run has no credentials; the auth types must still all appear when their count is a multiple of 5
    (seed 806288: a fifth type, and the type the skipped runs would have had was never seeded)."""

    def edit(document: dict[str, Any]) -> None:
        schemas = document["components"]["schemas"]
        node, _ = resolve(document, schemas["Run"]["properties"]["userCredentials"])
        enum, _ = resolve(document, node["properties"]["snowflakeAuthType"])
        enum["enum"] += [f"AddedAuth{n}" for n in range(added)]

    spec = Spec.load("coalesce", scratch_spec("coalesce", tmp_path, edit))
    credentials = resolved(spec, response_schema(spec)["properties"]["userCredentials"])
    auth_types = enum_of(spec, credentials["properties"]["snowflakeAuthType"])
    seeded = {r["userCredentials"]["snowflakeAuthType"] for r in seed_records(spec).values() if "userCredentials" in r}
    assert seeded == set(auth_types) and {f"AddedAuth{n}" for n in range(added)} <= seeded


def test_credentials_the_vendor_no_longer_documents_are_not_seeded(tmp_path: Path) -> None:
    """Seed 47813 removed `snowflakeAuthType` from the credentials: the seeds are built without it, and still fit."""

    def edit(document: dict[str, Any]) -> None:
        node, _ = resolve(document, document["components"]["schemas"]["Run"]["properties"]["userCredentials"])
        node["properties"].pop("snowflakeAuthType", None)
        node["required"] = [name for name in node.get("required", []) if name != "snowflakeAuthType"]

    spec = Spec.load("coalesce", scratch_spec("coalesce", tmp_path, edit))
    credentials = [r["userCredentials"] for r in seed_records(spec).values() if "userCredentials" in r]
    assert credentials and all("snowflakeAuthType" not in given and given for given in credentials)
    validator = spec.validator(success_schema(spec, operation(spec, *COALESCE_OPERATION)))
    assert all(validator.is_valid(record) for record in seed_records(spec).values())
