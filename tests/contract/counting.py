"""How many schemathesis cases ran, per target and operation; printed in pytest's terminal summary.

Under pytest-xdist each worker counts its own cases and hands them to the controller (tests/conftest.py).
"""

from __future__ import annotations

from collections import Counter

from .budget import NAME, VARIABLE
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
    budget = f"budget: {VARIABLE}={NAME} (`make contract-deep` runs these tests with the deep one)"
    return [budget] + [f"{count:5d}  {target:<{width}}  {label}" for (target, label), count in sorted(CASES.items())]


def export_counts() -> list[tuple[str, str, int]]:
    return [(target, label, count) for (target, label), count in CASES.items()]


def import_counts(rows: list[tuple[str, str, int]]) -> None:
    for target, label, count in rows:
        CASES[(target, label)] += count
