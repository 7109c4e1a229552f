"""The idioms the README teaches, written as a user would: they pass mypy --strict and strict pyright with no cast
and no ignore (tests/codegen/test_static_checks.py). Their misuse is tests/docs/typed_misuse.py. Never run: the
typing is what is tested; typed_usage.py runs against the mocks.
"""

from __future__ import annotations

from typing import assert_type

from coalesce_client.models import Run, RunStatus
from synq_client import AsyncSynqClient, SynqClient
from synq_client.models import BatchGetExecutionsRequest, BatchGetExecutionsResponseExecutions
from synq_client.types import UnknownValue


def status_values(synq: SynqClient) -> dict[str, str]:
    """An absent field is None: `is not None` narrows it, in a comprehension too."""
    result = synq.get_executions(["exec-001"])
    return {k: v.status.value for k, v in result.executions.items() if v.status is not None}


def ok_count(executions: BatchGetExecutionsResponseExecutions) -> int:
    return sum(1 for execution in executions.values() if execution.status == "EXECUTION_STATUS_OK")


def both_results(synq: SynqClient) -> int:
    """get_executions and batch_get_executions give the same mapping type, so one function reads both."""
    merged = synq.get_executions(("exec-001", "exec-002"))  # any sequence of IDs: a tuple too
    assert_type(merged.executions, BatchGetExecutionsResponseExecutions)
    batch = synq.batch_get_executions(body=BatchGetExecutionsRequest(execution_ids=("exec-003",)))
    assert_type(batch.executions, BatchGetExecutionsResponseExecutions | None)
    return ok_count(merged.executions) + (ok_count(batch.executions) if batch.executions is not None else 0)


async def from_a_tuple(synq: AsyncSynqClient, ids: tuple[str, ...]) -> int:
    return len((await synq.get_executions(ids)).executions)


def run_label(run: Run) -> str:
    """A status the vendor added after this client was generated is an UnknownValue: isinstance (or a
    `case UnknownValue():`) tells it from the members, and the rest is a RunStatus."""
    status = run.run_status
    if isinstance(status, UnknownValue):
        return f"new status {status.raw!r}"
    assert_type(status, RunStatus)
    match status:
        case RunStatus.COMPLETED:
            return "ok"
        case _:
            return status.value


def raw_either_way(run: Run) -> str | int:
    match run.run_status:
        case UnknownValue() as unknown:
            return unknown.raw
        case member:
            return member.raw
