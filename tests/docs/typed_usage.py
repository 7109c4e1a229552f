"""A user's script over both clients, their results, their errors and the low-level models, written the way the
types lead: `is not None` narrows, `.error` is the vendor's model, maps are Mappings. It is type-checked with the
rest of tests/ under `mypy --strict` and strict pyright, and run against the mocks by test_typed_usage.py."""

from __future__ import annotations

import coalesce_client
import synq_client
from coalesce_client import CoalesceClient
from coalesce_client.models import ErrorResponse
from synq_client import SynqClient
from synq_client.models import BatchGetExecutionsRequest, ExecutionStatus, RpcStatus


def report(synq: SynqClient, coalesce: CoalesceClient) -> list[str]:
    lines: list[str] = []
    found = synq.get_executions(["exec-001", "exec-002", "no-such-id"])
    for execution_id, execution in found.executions.items():
        if execution.status is not None and execution.status == ExecutionStatus.EXECUTION_STATUS_OK:
            lines.append(f"ok {execution_id}")
        if execution.created_at is not None:
            lines.append(f"{execution_id} created {execution.created_at.year}")
    lines.append(f"missing {found.missing}")

    batch = synq.batch_get_executions(body=BatchGetExecutionsRequest(execution_ids=["exec-003"]))
    if batch.executions is not None:
        lines.append(f"batch {sorted(batch.executions)} {len(batch.executions)}")

    run = coalesce.get_run(2)
    lines.append(f"run {run.id} {run.run_type.value} {run.run_status.value}")
    try:
        coalesce.get_run(424242)
    except coalesce_client.NotFoundError as error:
        if isinstance(
            error.error, ErrorResponse
        ):  # the model getRun lists for 404 (another operation may list its own)
            lines.append(f"coalesce {error.status_code} {error.error.error.error_string}")
    try:
        synq.with_options(headers={"Prefer": "code=404"}).get_executions(["exec-001"])
    except synq_client.APIStatusError as error:
        if isinstance(error.error, RpcStatus) and error.error.message is not None:
            lines.append(f"synq {error.status_code} {error.error.message}")
    except synq_client.APIError as error:  # one root for both clients
        lines.append(f"other {error}")
    return lines


def main() -> list[str]:
    with SynqClient() as synq, CoalesceClient() as coalesce:
        return report(synq, coalesce)
