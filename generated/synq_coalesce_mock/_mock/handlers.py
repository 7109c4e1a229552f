# Copied from scripts/mock/handlers.py by "make generate". DO NOT EDIT here: edit scripts/mock/handlers.py.
"""What each operation does with a valid request.

Some operations have semantics beyond the spec, keyed by (method, path template): BatchGetExecutions and getRun read
the store; the Coalesce scheduler operations and run results drive the run lifecycle when the store is a `RunBook`
(`lifecycle.py`, the Coalesce mock's default). Every other operation in the spec answers its success status with a
body built from the spec alone (`spec_answer`), so a new operation is served after `make generate` with no code here.
A handler returns a `Reply`; turning it into bytes (error bodies, headers, `Prefer`) is the app's job.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from synq_coalesce_mock._mock.conform import conform
from synq_coalesce_mock._mock.dynamic import NoValidBody, static_body
from synq_coalesce_mock._mock.lifecycle import LifecycleError, RunBook
from synq_coalesce_mock._mock.run_results import node_results
from synq_coalesce_mock._mock.store import ListableStore, Store
from synq_coalesce_mock._mock.validation import ValidRequest
from synq_coalesce_mock._spec.document import SpecError
from synq_coalesce_mock._spec.model import OperationSpec, Spec
from synq_coalesce_mock._spec.values import enum_values, success_schema, walk


@dataclass(frozen=True)
class Reply:
    status: int
    body: Any = None
    error: str | None = None  # an error reply: the app renders the vendor's error body with this message


Handler = Callable[[ValidRequest], Reply]
HandlerFactory = Callable[[Spec, Store[Any], OperationSpec], Handler]


def batch_get_executions(spec: Spec, store: Store[Any], operation: OperationSpec) -> Handler:
    """SYNQ BatchGetExecutions: the executions the store knows; unknown IDs are simply absent."""

    def handle(request: ValidRequest) -> Reply:
        found = {}
        for execution_id in request.body["executionIds"]:
            record = store.get(execution_id)
            if record is not None:
                found[execution_id] = record
        return Reply(operation.success_status, {"executions": found})

    return handle


def get_latest_executions(spec: Spec, store: Store[Any], operation: OperationSpec) -> Handler:
    """SYNQ GetLatestExecutions: per requested entity, its latest execution (by start, else creation time) among the
    records whose `entities` hold it (SVC: "Only returns executions where the entity appears in
    EntityExecution.entities"), of one of `statuses` and `executionTypes` when given (an absent status or type is
    the enum's first value, its proto3 default). Entities without one are left out. The map key ("entity identifier
    (as string)") has no documented form; the mock writes the Identifier as compact JSON with sorted keys. A store
    that cannot list its records answers from the spec, as an operation without semantics does."""
    if not isinstance(store, ListableStore):
        raise _NoSemantics
    status_default, type_default = _enum_defaults(spec, operation)

    def handle(request: ValidRequest) -> Reply:
        statuses = set(request.body.get("statuses", ()))
        types = set(request.body.get("executionTypes", ()))
        candidates = [
            record
            for record in store.values()
            if (not statuses or record.get("status", status_default) in statuses)
            and (not types or record.get("executionType", type_default) in types)
        ]
        latest = {}
        for entity in request.body["entityIds"]:
            runs = [record for record in candidates if entity in (record.get("entities") or [])]
            if runs:
                latest[json.dumps(entity, sort_keys=True, separators=(",", ":"))] = max(runs, key=_started)
        return Reply(operation.success_status, {"latestExecutions": latest})

    return handle


class _NoSemantics(Exception):
    """A handler factory that cannot serve with the store it was given: the operation answers from the spec."""


def _enum_defaults(spec: Spec, operation: OperationSpec) -> tuple[Any, Any]:
    """The proto3 defaults of `status` and `executionType` (each enum's first value) in the success schema."""
    execution = walk(spec, success_schema(spec, operation), "properties", "latestExecutions", "additionalProperties")
    status, execution_type = (
        (enum_values(spec, walk(spec, execution, "properties", name)) or [None])[0]
        for name in ("status", "executionType")
    )
    return status, execution_type


def _started(record: dict[str, Any]) -> dt.datetime:
    moment = record.get("startedAt") or record.get("createdAt")
    return dt.datetime.fromisoformat(moment) if isinstance(moment, str) else dt.datetime.min.replace(tzinfo=dt.UTC)


def get_run(spec: Spec, store: Store[Any], operation: OperationSpec) -> Handler:
    """Coalesce getRun: the run, or 404 with the documented error body."""
    name = only_parameter(operation, "path")

    def handle(request: ValidRequest) -> Reply:
        run_id = request.parameters[name]
        record = store.get(run_id)
        if record is None:
            return Reply(404, error=f"Run {run_id} was not found.")
        return Reply(operation.success_status, record)

    return handle


def only_parameter(operation: OperationSpec, location: str) -> str:
    """The name of the operation's one parameter in `location` (SpecError when it has none or several)."""
    names = [parameter.name for parameter in operation.parameters if parameter.location == location]
    if len(names) != 1:
        raise SpecError(f"{operation.label}: expected exactly one {location} parameter, found {names}")
    return names[0]


# ---------------------------------------------------------------- the Coalesce run lifecycle (`lifecycle.py`)

RunHandlerFactory = Callable[[Spec, RunBook, OperationSpec], Handler]


def refused(operation: OperationSpec, problem: LifecycleError) -> Reply:
    """404 for a run that does not exist (400 where the operation documents no 404), else 400."""
    missing = problem.missing and operation.response_for(404) is not None
    return Reply(404 if missing else 400, error=str(problem))


def answer(spec: Spec, operation: OperationSpec, fact: Any) -> Reply:
    """The success reply, with `fact` fitted to the documented body (None: no body)."""
    status = operation.success_status
    documented = operation.response_for(status)
    if fact is None or documented is None or documented.schema is None:
        return Reply(status)
    return Reply(status, conform(spec, documented.schema, fact))


def start_run(spec: Spec, runs: RunBook, operation: OperationSpec) -> Handler:
    """startRun: a new refresh run; `{runCounter}`."""

    def handle(request: ValidRequest) -> Reply:
        body = request.body
        run_id = runs.start(
            body["runDetails"], user_credentials=body.get("userCredentials"), parameters=body.get("parameters")
        )
        return answer(spec, operation, {"runCounter": run_id})

    return handle


def rerun(spec: Spec, runs: RunBook, operation: OperationSpec) -> Handler:
    """rerun: a new run re-running a failed refresh (`runDetails.runID`); `{runCounter}`."""

    def handle(request: ValidRequest) -> Reply:
        original = str(request.body["runDetails"]["runID"]).strip()
        if not original.isdigit():
            return Reply(400, error=f"runDetails.runID must be a run number, got {original!r}.")
        try:
            return answer(spec, operation, {"runCounter": runs.rerun(int(original))})
        except LifecycleError as problem:
            return refused(operation, problem)

    return handle


def cancel_run(spec: Spec, runs: RunBook, operation: OperationSpec) -> Handler:
    """cancelRun: the run ends `canceled`; the documented success status with no body."""

    def handle(request: ValidRequest) -> Reply:
        try:
            runs.cancel(int(request.body["runID"]))
        except LifecycleError as problem:
            return refused(operation, problem)
        return answer(spec, operation, None)

    return handle


def run_status(spec: Spec, runs: RunBook, operation: OperationSpec) -> Handler:
    """runStatus: the run's status and type, and a link to it in the app."""
    name = only_parameter(operation, "query")
    servers = spec.document.get("servers") or [{"url": "https://app.coalescesoftware.io"}]

    def handle(request: ValidRequest) -> Reply:
        run_id = request.parameters[name]
        record = runs.get(run_id)
        if record is None:
            return refused(operation, LifecycleError(f"Run {run_id} was not found.", missing=True))
        link = f"{str(servers[0]['url']).rstrip('/')}/runs/{run_id}"
        fact = {"runStatus": record["runStatus"], "runType": record["runType"], "runLink": link}
        return answer(spec, operation, fact)

    return handle


def run_results(spec: Spec, runs: RunBook, operation: OperationSpec) -> Handler:
    """The results per node of an ended run (none before it ends, or when it was canceled)."""
    name = only_parameter(operation, "path")
    item = walk(spec, success_schema(spec, operation), "properties", "data", "items")

    def handle(request: ValidRequest) -> Reply:
        run_id = request.parameters[name]
        record = runs.get(run_id)
        if record is None:
            return refused(operation, LifecycleError(f"Run {run_id} was not found.", missing=True))
        results = []
        if runs.ended(record) and record["runStatus"] != runs.outcomes.canceled:
            results = node_results(spec, item, record, failed=runs.failed(record))
        return answer(spec, operation, {"data": results})

    return handle


HANDLERS: dict[tuple[str, str], HandlerFactory] = {
    ("POST", "/api/executions/v2/by-id"): batch_get_executions,
    ("POST", "/api/executions/v2/latest"): get_latest_executions,
    ("GET", "/api/v1/runs/{runID}"): get_run,
}
RUN_HANDLERS: dict[tuple[str, str], RunHandlerFactory] = {
    ("POST", "/scheduler/startRun"): start_run,
    ("POST", "/scheduler/rerun"): rerun,
    ("POST", "/scheduler/cancelRun"): cancel_run,
    ("GET", "/scheduler/runStatus"): run_status,
    ("GET", "/api/v1/runs/{runID}/results"): run_results,
}

REFUSED_BY_STATE = frozenset(RUN_HANDLERS) - {("POST", "/scheduler/startRun")}
"""The operations that refuse a schema-valid request for what it names: a run the mock does not have, or one that
cannot be re-run or canceled. They answer 404 where the operation documents it, else its documented 400 (the
contract tests accept that 400 for valid data, as they accept a 404)."""


def handler_for(spec: Spec, store: Store[Any], operation: OperationSpec) -> Handler:
    key = (operation.method, operation.path)
    if isinstance(store, RunBook) and key in RUN_HANDLERS:
        return RUN_HANDLERS[key](spec, store, operation)
    factory = HANDLERS.get(key)
    if factory is not None:
        try:
            return factory(spec, store, operation)
        except _NoSemantics:
            pass
    return spec_answer(spec, operation)


def spec_answer(spec: Spec, operation: OperationSpec) -> Handler:
    """Any operation without a store: its success status with the documented body, built once on first use.

    The body is the first of the response's examples that validates, else the schema's static instance
    (`dynamic.py`). A schema the builder cannot satisfy answers 500 naming the schema, not a refusal to start.
    """
    status = operation.success_status
    documented = operation.response_for(status)
    cache: list[Reply] = []

    def build() -> Reply:
        if documented is None or documented.schema is None:
            return Reply(status)
        validator = spec.validator(documented.schema)
        valid = [example for example in documented.examples if validator.is_valid(example)]
        try:
            return Reply(status, valid[0] if valid else static_body(spec, documented.schema))
        except (NoValidBody, NotImplementedError) as problem:
            return Reply(500, error=f"The mock cannot build a {status} body for {operation.label}: {problem}")

    def handle(request: ValidRequest) -> Reply:
        if not cache:
            cache.append(build())
        return cache[0]

    return handle
