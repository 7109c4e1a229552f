"""`is not None` narrows a model's optional fields under `mypy --strict` and strict pyright, with no isinstance or cast.

Type-checked with the rest of tests/ in the suite's one mypy run and its one pyright run
(tests/codegen/test_static_checks.py); reading an optional field without the check is in tests/typing/misuse.py.
"""

from __future__ import annotations

from synq_client.models import BatchGetExecutionsResponse


def summary(response: BatchGetExecutionsResponse) -> list[str]:
    lines: list[str] = []
    if response.executions is not None:
        for key, execution in response.executions.items():
            if execution.status is not None and execution.created_at is not None:
                lines.append(f"{key} {execution.status.raw} {execution.created_at.isoformat()}")
            if execution.duration_seconds is None:
                continue
            lines.append(str(execution.duration_seconds + 1.0))
    return lines
