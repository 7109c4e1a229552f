"""`is not UNSET` narrows a model's optional fields under `mypy --strict`, with no isinstance or cast.

Type-checked with the rest of tests/ in the suite's one mypy run (tests/codegen/test_static_checks.py). The
`# type: ignore[union-attr]` line is the control: mypy --strict warns about an ignore that is not needed, so that run
fails if reading an optional field without the check stopped being an error (if `Unset` became `Any`, say).
"""

from __future__ import annotations

from synq_client.models import BatchGetExecutionsResponse
from synq_client.types import UNSET


def summary(response: BatchGetExecutionsResponse) -> list[str]:
    lines: list[str] = []
    if response.executions is not UNSET:
        for key, execution in response.executions.items():
            if execution.status is not UNSET and execution.created_at is not UNSET:
                lines.append(f"{key} {execution.status.raw} {execution.created_at.isoformat()}")
            if execution.duration_seconds is UNSET:
                continue
            lines.append(str(execution.duration_seconds + 1.0))
    return lines


def unchecked(response: BatchGetExecutionsResponse) -> list[object]:
    if response.executions is UNSET:
        return []
    return [execution.status.raw for execution in response.executions.values()]  # type: ignore[union-attr]
