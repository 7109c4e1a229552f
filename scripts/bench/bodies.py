"""Fixed, realistic response bodies for the benchmark, read from the effective specs and validated against them.

Every contestant parses these exact bytes, so the numbers compare parsers, not payloads.

- `synq_executions(n)`: a BatchGetExecutionsResponse with `n` executions (about 1 KB each), mixing all Identifier
  kinds (the recursive `monitor` one included), statuses and execution types.
- `synq_executions(n, kind=...)`: the same shape with every Identifier of one kind and exactly two string fields
  per identifier, so bodies for different kinds differ only in the key that selects the kind (P2's dispatch check).
- `coalesce_run()`: a finished deploy run with every documented field.

`Bodies.build()` validates each body with jsonschema (Draft 2020-12, formats asserted) against the success schema
of its operation in `generated/<vendor>.openapi.yaml`, and fails loudly when one does not fit.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from scripts.mock.instances import InstanceBuilder
from scripts.spec.document import SpecError, pointer
from scripts.spec.model import Spec
from scripts.spec.values import enum_values, oneof_members, operation, success_schema, walk

SYNQ_OPERATION = ("POST", "/api/executions/v2/by-id")
COALESCE_OPERATION = ("GET", "/api/v1/runs/{runID}")
_START = dt.datetime(2026, 3, 2, 4, 0, tzinfo=dt.UTC)
_REALISTIC = {
    "account": "acme-eu1",
    "catalog": "main",
    "cluster": "analytics-prod",
    "dataset": "marts_finance",
    "database": "ANALYTICS",
    "host": "db-prod-1.internal.acme.io",
    "instance": "acme-prod",
    "project": "acme-analytics",
    "schema": "marts",
    "serviceName": "ORCLPDB1",
    "workspace": "adb-4711.azuredatabricks.net",
}


def execution_id(number: int) -> str:
    """A UUID-shaped execution ID, deterministic in `number`."""
    return _uuid(f"execution-{number}")


def _uuid(seed: str) -> str:
    digest = hashlib.sha256(seed.encode()).hexdigest()
    return f"{digest[:8]}-{digest[8:12]}-{digest[12:16]}-{digest[16:20]}-{digest[20:32]}"


def _timestamp(seconds: float) -> str:
    moment = _START + dt.timedelta(seconds=seconds)
    return moment.strftime("%Y-%m-%dT%H:%M:%S") + f".{moment.microsecond // 1000:03d}Z"


@dataclass(frozen=True)
class _SynqShapes:
    """What the SYNQ spec says an execution may contain: Identifier kinds (in spec order) and enum values."""

    kinds: list[tuple[str, dict[str, str | None], list[str]]]  # (key, {string property: format}, nested properties)
    statuses: list[str]
    types: list[str]
    schema: str  # pointer of the success schema


def _synq_shapes(spec: Spec) -> _SynqShapes:
    schema = success_schema(spec, operation(spec, *SYNQ_OPERATION))
    execution = walk(spec, schema, "properties", "executions", "additionalProperties")
    kinds = []
    identifier = walk(spec, execution, "properties", "entities", "items")
    for key, branch in oneof_members(spec, identifier):
        member = walk(spec, branch, "properties", key)
        inner = spec.schema(member).get("properties", {})
        strings = {name: prop.get("format") for name, prop in inner.items() if prop.get("type") == "string"}
        # A field that is an Identifier itself; a field of another schema (an enum a vendor adds) is left out.
        nested = [
            name
            for name, prop in inner.items()
            if "$ref" in prop and walk(spec, member, "properties", name) == identifier
        ]
        kinds.append((key, strings, nested))
    return _SynqShapes(
        kinds=kinds,
        statuses=[str(value) for value in enum_values(spec, walk(spec, execution, "properties", "status"))],
        types=[str(value) for value in enum_values(spec, walk(spec, execution, "properties", "executionType"))],
        schema=schema,
    )


def _identifier(shapes: _SynqShapes, kind_index: int, number: int, *, fields: int | None = None) -> dict[str, Any]:
    key, strings, nested = shapes.kinds[kind_index]
    if fields is not None:  # equal-sized identifiers whatever the kind: only the selecting key differs
        chosen = list(strings.items())[:fields]
        return {key: {name: _string(name, form, number, realistic=False) for name, form in chosen}}
    inner: dict[str, Any] = {name: _string(name, form, number, realistic=True) for name, form in strings.items()}
    for name in nested:  # MonitorIdentifier.monitoredId: a plain identifier of another kind
        inner[name] = _identifier(shapes, (kind_index + 1) % len(shapes.kinds), number)
    return {key: inner}


def _string(name: str, form: str | None, number: int, *, realistic: bool) -> str:
    """A value for a string property: its `format` honoured (uuid, date-time), else a plausible name."""
    if form == "uuid":
        return _uuid(f"{name}-{number}")
    if form == "date-time":
        return _timestamp(number * 60.0)
    if not realistic:
        return f"value-{number:06d}-0000-0000-000000000000"  # as long as a UUID
    if name == "table":
        return f"fct_orders_{number:04d}"
    return _REALISTIC.get(name, f"{name}-{number:04d}")


def _synq_path(identifier: dict[str, Any]) -> str:
    ((kind, inner),) = identifier.items()
    return "::".join([kind, *(value for value in inner.values() if isinstance(value, str))])


def _execution(shapes: _SynqShapes, number: int, kind: int | None) -> dict[str, Any]:
    kinds = len(shapes.kinds)

    def ident(offset: int) -> dict[str, Any]:
        if kind is None:
            return _identifier(shapes, (number + offset) % kinds, number + offset)
        return _identifier(shapes, kind, number + offset, fields=2)

    entities = [ident(0)]
    targets = [ident(11)]
    extra = [ident(17)]
    status = shapes.statuses[1 + number % (len(shapes.statuses) - 1)]
    created = number * 37.5
    duration = 12.5 + (number * 7919 % 1000) / 8
    record: dict[str, Any] = {
        "id": execution_id(number),
        "entities": entities,
        "entitiesSynqPaths": [_synq_path(item) for item in entities],
        "targets": targets,
        "targetsSynqPaths": [_synq_path(item) for item in targets],
        "extraReferences": extra,
        "extraReferencesSynqPaths": [_synq_path(item) for item in extra],
        "executionType": shapes.types[(number * 13) % len(shapes.types)],
        "status": status,
        "skipped": number % 9 == 0,
        "message": f"Execution {number} finished with {status.rsplit('_', 1)[-1].lower()}: 1,204 rows affected.",
        "createdAt": _timestamp(created),
        "startedAt": _timestamp(created + 0.25),
        "finishedAt": _timestamp(created + 0.25 + duration),
        "parentExecutionIds": [execution_id(number + 100_000), execution_id(number + 200_000)],
        "durationSeconds": duration,
    }
    return record


@dataclass(frozen=True)
class Bodies:
    """The fixed bodies of one benchmark run, as bytes (what the server sends) and the IDs asked for."""

    synq: bytes  # `executions` executions, mixed kinds
    synq_ids: list[str]
    synq_first_kind: bytes  # every Identifier of the first kind in the spec's oneOf
    synq_last_kind: bytes  # ... of the last kind
    first_kind: str
    last_kind: str
    coalesce: bytes
    coalesce_run_id: int
    synq_large: bytes  # `large` executions, mixed kinds (P7)

    @classmethod
    def build(cls, executions: int, large: int = 0) -> Bodies:
        synq_spec, coalesce_spec = Spec.load("synq"), Spec.load("coalesce")
        shapes = _synq_shapes(synq_spec)
        validator = synq_spec.validator(shapes.schema)

        def synq_body(kind: int | None, count: int = executions) -> bytes:
            body = {"executions": {execution_id(n): _execution(shapes, n, kind) for n in range(count)}}
            return _checked(validator.iter_errors(body), body, "SYNQ BatchGetExecutionsResponse")

        run = coalesce_run(coalesce_spec)
        run_validator = coalesce_spec.validator(
            success_schema(coalesce_spec, operation(coalesce_spec, *COALESCE_OPERATION))
        )
        return cls(
            synq=synq_body(None),
            synq_ids=[execution_id(n) for n in range(min(executions, _max_ids(synq_spec)))],
            synq_first_kind=synq_body(0),
            synq_last_kind=synq_body(len(shapes.kinds) - 1),
            first_kind=shapes.kinds[0][0],
            last_kind=shapes.kinds[-1][0],
            coalesce=_checked(run_validator.iter_errors(run), run, "Coalesce Run"),
            coalesce_run_id=int(run["id"]),
            synq_large=synq_body(None, large),
        )


def _max_ids(spec: Spec) -> int:
    """The IDs one BatchGetExecutions request may carry (the spec's executionIds maxItems): the P1 call asks for as
    many of the body's executions as the vendor takes."""
    body = operation(spec, *SYNQ_OPERATION).request_body
    assert body is not None
    return int(
        spec.schema(walk(spec, body.media_types["application/json"] or "", "properties", "executionIds"))["maxItems"]
    )


def _checked(errors: Any, body: Any, what: str) -> bytes:
    problems = [f"{'/'.join(map(str, error.absolute_path))}: {error.message}" for error in errors]
    if problems:
        raise SpecError(f"the benchmark's {what} body does not match the effective spec: {problems[:3]}")
    return json.dumps(body, separators=(",", ":")).encode()


def fitted(spec: Spec, location: str, body: dict[str, Any]) -> dict[str, Any]:
    """`body` made to fit the schema at `location`, in it and in the objects it holds (of a union, the branch
    declaring most of its keys): a field the spec no longer has is dropped, a value its field no longer accepts (a
    changed type, say) is replaced by the field's static instance, and each required field it lacks is added. The
    hand-written values stay wherever the vendor's spec still takes them."""
    location, schema = spec.follow(location)
    branches = [f"{location}/{kw}/{index}" for kw in ("anyOf", "oneOf") for index in range(len(schema.get(kw, [])))]
    if branches:
        best = max(branches, key=lambda branch: len(set(body) & set(spec.schema(branch).get("properties", {}))))
        return fitted(spec, best, body)
    properties = schema.get("properties", {})
    builder = InstanceBuilder(spec)

    def fit(key: str, value: Any) -> Any:
        field = f"{location}/properties{pointer(key)}"
        if isinstance(value, dict) and {"properties", "anyOf", "oneOf"} & set(spec.schema(field)):
            value = fitted(spec, field, value)
        return value if spec.validator(field).is_valid(value) else builder.build(field)

    kept = {key: fit(key, value) for key, value in body.items() if key in properties}
    missing = [key for key in schema.get("required", []) if key not in kept]
    return kept | {key: builder.build(f"{location}/properties{pointer(key)}") for key in missing}


def coalesce_run(spec: Spec) -> dict[str, Any]:
    """A finished deploy run with every documented field, `fitted` to the spec as it is now (a status, type or auth
    type the vendor drops is replaced by one it documents)."""
    location = success_schema(spec, operation(spec, *COALESCE_OPERATION))
    return fitted(spec, location, hand_written_run())


def hand_written_run() -> dict[str, Any]:
    return {
        "id": 4711,
        "reRunID": "4710",
        "runDetails": {
            "canceled": False,
            "deployCommit": hashlib.sha1(b"release-2026.03").hexdigest(),
            "deployCommitMessage": "Release 2026.03: add orders and invoices marts, drop legacy staging nodes",
            "environmentID": "12",
            "parallelism": 16,
            "nodesInRun": 184,
        },
        "runEndTime": _timestamp(1312.5),
        "runHistory": [4701, 4703, 4706, 4709, 4710],
        "runStartTime": _timestamp(0.125),
        "runStatus": "completed",
        "runTimeParameters": {"environment": "production", "threads": 8, "target": {"warehouse": "COMPUTE_WH"}},
        "runType": "deploy",
        "userCredentials": {
            "snowflakeAccount": "acme-eu1",
            "snowflakeAuthType": "Basic",
            "snowflakeRole": "TRANSFORMER",
            "snowflakeUsername": "svc_coalesce_deploy",
            "snowflakeWarehouse": "COMPUTE_WH",
        },
        "userID": "8f1b2c9e-77aa-4d3e-9a41-0c6a3e5d2b10",
        "version": 3,
    }
