"""Deterministic, schema-valid seed records for both vendors, with the value lists read from the spec.

SYNQ: executions `exec-000`, `exec-001`, ... covering every `Identifier` kind (the `oneOf` members of
`EntityExecution.entities.items`), every `ExecutionStatus`, and `ExecutionType`s from as many integrations
as there are records. `exec-000` is the minimal record proto3 JSON produces when every other field is at
its default.

Coalesce: runs 1..N covering every `RunStatus` with both `runType`s (and so both `runDetails` variants),
every `snowflakeAuthType`, and a run without `userCredentials`.

Field names are the vendors' (the seed data is domain data). The lists of values come from the spec (enums,
identifier kinds), so a new member shows up in the seeds after `make generate`; every other value is a fact
written here as a plain Python value (a run ID, a moment, a duration) and put into the JSON type and format the
spec asks for by `conform.py`, so a type change in the spec changes the seeds too. What only this module knows:
the ID naming scheme, which runs lack credentials or re-ran another, and the run that never started
(`waitingToRun`). Runs in a final status (the `x-final-values` the spec marks on `RunStatus`) get an end time.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

from scripts.mock.conform import conform
from scripts.mock.dynamic import static_body
from scripts.mock.run_statuses import WAITING, RunStatuses
from scripts.mock.store import Record
from scripts.spec.document import SpecError
from scripts.spec.model import Spec
from scripts.spec.values import enum_values, oneof_members, operation, success_schema, walk

SYNQ_OPERATION = ("POST", "/api/executions/v2/by-id")
COALESCE_OPERATION = ("GET", "/api/v1/runs/{runID}")
_START = dt.datetime(2026, 1, 15, 1, 30, tzinfo=dt.UTC)


_BUILT: dict[str, str] = {}
"""JSON text of (key, record) pairs per sha256 of a spec document: a copy per call, and run IDs stay integers."""


def seed_records(spec: Spec) -> dict[Any, Record]:
    """The seed records of the spec's vendor, keyed by execution ID (SYNQ) or run ID (Coalesce): a fresh copy of
    `build_seed_records(spec)`, built once per spec content (one process creates the mock many times, the test suite
    a hundred, and building SYNQ's seeds spends 0.2 s validating candidate values against the schema)."""
    key = hashlib.sha256(json.dumps(spec.document, sort_keys=True, default=str).encode()).hexdigest()
    if key not in _BUILT:
        _BUILT[key] = json.dumps(list(build_seed_records(spec).items()))
    return dict(json.loads(_BUILT[key]))


def build_seed_records(spec: Spec) -> dict[Any, Record]:
    """The seed records, built from the spec; `{}` when the spec no longer has the seeded operation (the mock
    still serves the rest)."""
    seeded = {"synq": SYNQ_OPERATION, "coalesce": COALESCE_OPERATION}
    if spec.vendor not in seeded:
        raise SpecError(f"no seeds for vendor {spec.vendor!r}")
    method, path = seeded[spec.vendor]
    if method not in spec.operations_at(path):
        return {}
    return dict(synq_executions(spec)) if spec.vendor == "synq" else dict(coalesce_runs(spec))


def _moment(minutes: float) -> dt.datetime:
    return _START + dt.timedelta(minutes=minutes)


# ---------------------------------------------------------------- SYNQ


def synq_executions(spec: Spec) -> dict[str, Record]:
    execution = walk(spec, success_schema(spec, operation(spec, *SYNQ_OPERATION)), "properties", "executions")
    execution = walk(spec, execution, "additionalProperties")
    statuses = enum_values(spec, walk(spec, execution, "properties", "status"))
    types = enum_values(spec, walk(spec, execution, "properties", "executionType"))
    kinds = oneof_members(spec, walk(spec, execution, "properties", "entities", "items"))
    identifiers = [static_body(spec, branch) for _, branch in kinds]
    if not statuses or not types:
        raise SpecError("EntityExecution.status and .executionType must list their values")

    count = max(len(kinds), len(statuses)) + 1
    types = spread(types)
    # exec-000: everything else at its proto3 default
    records: dict[str, Record] = {"exec-000": conform(spec, execution, {"id": "exec-000"})}
    for number in range(1, count):
        key = f"exec-{number:03d}"
        entity = identifiers[(number - 1) % len(identifiers)]
        target = identifiers[number % len(identifiers)]
        record: Record = {
            "id": key,
            "entities": [entity],
            "entitiesSynqPaths": [synq_path(entity)],
            "executionType": types[(number - 1) % len(types)],
            "status": statuses[number % len(statuses)],
            "createdAt": _moment(number * 60),
        }
        if number % 2:
            record |= {"targets": [target], "targetsSynqPaths": [synq_path(target)]}
        if number % 3 == 0:
            extra = identifiers[(number + 5) % len(identifiers)]
            record |= {"extraReferences": [extra], "extraReferencesSynqPaths": [synq_path(extra)]}
        if number % 5 == 4:
            record["skipped"] = True
            record["message"] = "Skipped: an upstream execution failed."
        elif "ERROR" in str(record["status"]) or "CRITICAL" in str(record["status"]):
            record["message"] = f"Execution {key} failed: relation does not exist."
        if number % 4 != 1:  # some executions never started
            duration = 30.0 + number * 7.25
            record |= {
                "startedAt": _moment(number * 60 + 0.5),
                "finishedAt": _moment(number * 60 + 0.5 + duration / 60),
                "durationSeconds": duration,
            }
        if number > 1 and number % 6 == 0:
            record["parentExecutionIds"] = [f"exec-{number - 1:03d}"]
        records[key] = conform(spec, execution, record)
    return records


def spread(execution_types: list[Any]) -> list[Any]:
    """Reorder so consecutive types come from different integrations (EXECUTION_TYPE_<INTEGRATION>_...)."""
    groups: dict[str, list[Any]] = {}
    for name in execution_types:
        groups.setdefault(str(name).removeprefix("EXECUTION_TYPE_").split("_")[0], []).append(name)
    rounds = max(len(members) for members in groups.values())
    return [members[index] for index in range(rounds) for members in groups.values() if index < len(members)]


def synq_path(identifier: Record) -> str:
    """A readable stand-in for a Coalesce Quality path: kind plus the identifier's string values."""
    ((kind, inner),) = identifier.items()
    values = [str(value) for value in inner.values() if isinstance(value, str)] if isinstance(inner, dict) else []
    return "::".join([kind, *values])


# ---------------------------------------------------------------- Coalesce


def coalesce_runs(spec: Spec) -> dict[int, Record]:
    run = walk(spec, success_schema(spec, operation(spec, *COALESCE_OPERATION)))
    marked = RunStatuses.at(spec, walk(spec, run, "properties", "runStatus"))
    run_types = enum_values(spec, walk(spec, run, "properties", "runType"))
    credentials = walk(spec, run, "properties", "userCredentials")
    credential_fields = spec.schema(credentials).get("properties", {})
    auth = (
        walk(spec, credentials, "properties", "snowflakeAuthType") if "snowflakeAuthType" in credential_fields else None
    )
    auth_types = (enum_values(spec, auth) if auth else []) or [None]  # None: written without it (dropped or no enum)
    details_for = {run_type: details_branch(spec, run, str(run_type)) for run_type in run_types}

    pairs = _story_runs_in_place([(s, t) for t in run_types for s in marked.values], marked)
    records: dict[int, Record] = {}
    credentialed = 0  # runs given credentials so far: each auth type in turn, whatever the count of types
    for index, (status, run_type) in enumerate(pairs):
        run_id = index + 1
        record: Record = {
            "id": run_id,
            "runDetails": _run_details(spec, details_for[run_type], run_id, str(status)),
            "runStatus": status,
            "runTimeParameters": {"environment": "production", "threads": 8} if run_id % 2 else {},
            "runType": run_type,
            "userID": f"user-{run_id % 3 + 1}",
            "version": 1 + run_id % 2,
            "runHistory": list(range(max(1, run_id - 2), run_id)),
        }
        if status != WAITING:
            record["runStartTime"] = _moment(run_id * 90)
        if status in marked.final:
            record["runEndTime"] = _moment(run_id * 90 + 12.25)
        if run_id % 5 != 0:  # every fifth run was started without Snowflake credentials
            given = {
                "snowflakeAccount": "acme-eu1",
                "snowflakeAuthType": auth_types[credentialed % len(auth_types)],
                "snowflakeUsername": f"svc_coalesce_{run_id}",
                "snowflakeRole": "TRANSFORMER",
                "snowflakeWarehouse": "COMPUTE_WH",
            }
            record["userCredentials"] = {k: v for k, v in given.items() if k in credential_fields and v is not None}
            credentialed += 1
        if run_id % 4 == 0:
            record["reRunID"] = run_id - 1  # the ID of the run this one re-ran; the spec says how it is written
        records[run_id] = conform(spec, run, record)
    return records


def _story_runs_in_place(pairs: list[tuple[Any, Any]], marked: RunStatuses) -> list[tuple[Any, Any]]:
    """`pairs` (status, runType), with the runs the README and the docs tell a story about moved to their IDs, so a
    status the vendor adds shifts none of them: run 9 ends in success (the first `x-success-values`), run 10 ends in
    failure (the last final status that is not a success), run 13 never finishes (the last status that is neither
    final nor `waitingToRun`); each of the last run type (today `refresh`). A spec without such a status keeps the
    plain order for that ID."""
    run_type = pairs[-1][1]
    statuses = [status for status, kind in pairs if kind == run_type]
    failures = [s for s in statuses if s in marked.failures]
    unfinished = [s for s in statuses if s not in marked.final and s != WAITING]
    wanted = {9: list(marked.success[:1]), 10: failures[-1:], 13: unfinished[-1:]}
    ordered = list(pairs)
    for run_id, status in wanted.items():
        if status and run_id <= len(ordered):
            here = ordered.index((status[0], run_type))
            ordered[here], ordered[run_id - 1] = ordered[run_id - 1], ordered[here]
    return ordered


def details_branch(spec: Spec, run: str, run_type: str) -> str:
    """The `runDetails` anyOf branch for a run type: the one whose component name starts with it."""
    location, schema = spec.follow(walk(spec, run, "properties", "runDetails"))
    for keyword in ("anyOf", "oneOf"):
        for index, branch in enumerate(schema.get(keyword, [])):
            name = str(branch.get("$ref", branch.get("title", ""))).rsplit("/", 1)[-1]
            if name.lower().startswith(run_type.lower()):
                return spec.follow(f"{location}/{keyword}/{index}")[0]
    raise SpecError(f"no runDetails variant named after runType {run_type!r}")


def _run_details(spec: Spec, branch: str, run_id: int, status: str) -> Record:
    details: Record = static_body(spec, branch)
    realistic = {
        "canceled": status == "canceled",
        "deployCommit": hashlib.sha1(f"commit-{run_id}".encode()).hexdigest(),
        "deployCommitMessage": f"Release {run_id}: add orders models",
        "environmentID": run_id % 3 + 2,
        "parallelism": 16,
        "nodesInRun": 10 + run_id,
        "jobID": run_id * 10 if run_id % 2 else str(run_id * 10),  # both documented types
        "jobName": f"nightly-refresh-{run_id}",
        "includeNodesSelector": "{ location: STAGING }",
        "excludeNodesSelector": "{ name: LEGACY_* }",
    }
    properties = spec.schema(branch).get("properties", {})
    details.update({key: value for key, value in realistic.items() if key in properties})
    return dict(conform(spec, branch, details))
