"""Misuse that mypy --strict and strict pyright must both report: each line marked `# expect: <mypy code>, <pyright
rule>` must get exactly that error from each checker, and no other line any (tests/codegen/test_static_checks.py).
Never imported, and left out of plain `mypy` (pyproject's exclude): it is meant not to type-check.
"""

from __future__ import annotations

from typing import assert_never

from coalesce_client.models import Run, RunStatus
from synq_client import SynqClient
from synq_client.models import BatchGetExecutionsRequest, EntityExecution

# fmt: off


def status_values(synq: SynqClient) -> dict[str, str]:
    result = synq.get_executions(["exec-001"])
    return {k: v.status.value for k, v in result.executions.items()}  # expect: union-attr, reportOptionalMemberAccess


def started(execution: EntityExecution) -> int:
    return execution.started_at.year  # expect: union-attr, reportOptionalMemberAccess


def end_of(run: Run) -> str:
    return run.run_end_time.isoformat()  # expect: union-attr, reportOptionalMemberAccess


def one_id_per_character(synq: SynqClient) -> None:
    synq.get_executions("exec-001")  # expect: arg-type, reportArgumentType


def request_of_one_id_per_character() -> BatchGetExecutionsRequest:
    return BatchGetExecutionsRequest(execution_ids="exec-001")  # expect: arg-type, reportArgumentType


def as_plain_dict(synq: SynqClient) -> dict[str, EntityExecution]:
    return synq.get_executions(["exec-001"]).executions  # expect: return-value, reportReturnType


def batch_as_plain_dict(synq: SynqClient, body: BatchGetExecutionsRequest) -> dict[str, EntityExecution] | None:
    return synq.batch_get_executions(body=body).executions  # expect: return-value, reportReturnType


def there_is_no_unknown_member() -> RunStatus:
    return RunStatus.UNKNOWN  # expect: attr-defined, reportAttributeAccessIssue


def every_member_is_not_every_value(run: Run) -> str:
    status = run.run_status
    match status:
        case RunStatus.CANCELED | RunStatus.COMPLETED | RunStatus.FAILED:
            return "done"
        case RunStatus.INITIALIZING | RunStatus.RENDERING | RunStatus.RUNNING | RunStatus.WAITINGTORUN:
            return "busy"
        case _:
            assert_never(status)  # expect: arg-type, reportArgumentType
