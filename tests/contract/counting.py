"""How many schemathesis cases ran, per target and operation; printed in pytest's terminal summary."""

from __future__ import annotations

from collections import Counter

from .schemas import Case

CASES: Counter[tuple[str, str]] = Counter()


def count_case(target: str, case: Case) -> None:
    CASES[(target, case.operation.label)] += 1


def count_run(target: str, cases: Counter[str]) -> None:
    for label, count in cases.items():
        CASES[(target, label)] += count


def summary_lines() -> list[str]:
    if not CASES:
        return []
    width = max(len(target) for target, _ in CASES)
    return [f"{count:5d}  {target:<{width}}  {label}" for (target, label), count in sorted(CASES.items())]
