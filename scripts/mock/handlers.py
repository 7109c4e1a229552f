"""What each operation does with a valid request: read the store and answer.

Handlers are keyed by (method, path template), the stable part of the contract, and return a `Reply`;
turning a reply into bytes (error bodies, headers, `Prefer`) is the app's job.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from scripts.mock.spec import Operation, SpecError
from scripts.mock.store import Store
from scripts.mock.validation import ValidRequest


@dataclass(frozen=True)
class Reply:
    status: int
    body: Any = None
    error: str | None = None  # an error reply: the app renders the vendor's error body with this message


Handler = Callable[[ValidRequest], Reply]
HandlerFactory = Callable[[Store[Any], Operation], Handler]


def batch_get_executions(store: Store[Any], operation: Operation) -> Handler:
    """SYNQ BatchGetExecutions: the executions the store knows; unknown IDs are simply absent."""

    def handle(request: ValidRequest) -> Reply:
        found = {}
        for execution_id in request.body["executionIds"]:
            record = store.get(execution_id)
            if record is not None:
                found[execution_id] = record
        return Reply(operation.success_status, {"executions": found})

    return handle


def get_run(store: Store[Any], operation: Operation) -> Handler:
    """Coalesce getRun: the run, or 404 with the documented error body."""
    path_parameters = [parameter.name for parameter in operation.parameters if parameter.location == "path"]
    if len(path_parameters) != 1:
        raise SpecError(f"{operation.label}: expected exactly one path parameter, found {path_parameters}")
    (name,) = path_parameters

    def handle(request: ValidRequest) -> Reply:
        run_id = request.parameters[name]
        record = store.get(run_id)
        if record is None:
            return Reply(404, error=f"Run {run_id} was not found.")
        return Reply(operation.success_status, record)

    return handle


HANDLERS: dict[tuple[str, str], HandlerFactory] = {
    ("POST", "/api/executions/v2/by-id"): batch_get_executions,
    ("GET", "/api/v1/runs/{runID}"): get_run,
}
