"""The verdict of a live run: pass, drift or inconclusive, each with its exit code and the reason in one line.

A run that found drift says drift, whatever else happened: the findings stand. A run that found nothing is a pass
only if it checked enough: it is inconclusive when it could not start, was cut short (a timeout, a 429, a long
Retry-After, the request budget), checked fewer 2xx answers of an operation than `LIVE_MIN_ANSWERS`, got only
error statuses, or an opt-in probe could not tell. A false green is the worst result a drift alarm can give.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from scripts.live.findings import group
from scripts.live.runner import VendorRun

PASS, DRIFT, NOT_CONFIGURED, NO_ANSWER, AUTH_REFUSED, INCONCLUSIVE = 0, 1, 2, 3, 4, 5
START_CODES = {"network": NO_ANSWER, "auth": AUTH_REFUSED}


@dataclass(frozen=True)
class Reason:
    """Why a vendor's run is inconclusive: the JUnit case it belongs to, and what to tell the user."""

    case: str
    message: str
    skipped: bool = False  # the vendor stopped us: `<skipped>`; anything else is an `<error>`


@dataclass(frozen=True)
class Verdict:
    name: str  # "pass", "drift" or "inconclusive"
    code: int
    why: str

    @property
    def line(self) -> str:
        return f"{self.name.upper()}: {self.why}"


def tally(statuses: Counter[int]) -> str:
    return ", ".join(f"{status} x{count}" for status, count in sorted(statuses.items())) or "none"


def reasons(run: VendorRun, min_answers: int) -> list[Reason]:
    found: list[Reason] = []
    if run.could_not_start is not None:
        return [Reason("start", str(run.could_not_start))]
    if run.stop_reason is not None:
        found.append(Reason("stopped early", f"cut short: {run.stop_reason}", skipped=True))
    every: Counter[int] = Counter()
    for operation in run.operations:
        statuses = run.statuses.get(operation, Counter())
        every += statuses
        checked = run.successes(operation)
        if checked < min_answers:
            message = (
                f"{operation}: {checked} 2xx answer(s) checked, fewer than LIVE_MIN_ANSWERS={min_answers}"
                f" (answers: {tally(statuses)})"
            )
            found.append(Reason(f"answers checked [{operation}]", message))
    if every and not any(200 <= status < 300 for status in every):
        found.append(Reason("answers", f"every answer was an error status ({tally(every)}): no success body checked"))
    found += [Reason(f"{why.split(':')[0]} [{operation}]", why) for operation, why in run.unchecked]
    return found


def verdict(runs: Sequence[VendorRun], min_answers: int) -> Verdict:
    drifted = [run for run in runs if run.findings]
    if drifted:
        counts = ", ".join(f"{run.vendor} {len(group(run.findings))} finding(s)" for run in drifted)
        return Verdict("drift", DRIFT, f"the vendor no longer matches the spec: {counts}")
    for run in runs:
        if run.could_not_start is not None:
            return Verdict(
                "inconclusive", START_CODES[run.could_not_start.reason], f"could not start: {run.could_not_start}"
            )
    unclear = [(run.vendor, reason) for run in runs for reason in reasons(run, min_answers)]
    if unclear:
        vendor, first = unclear[0]
        more = f" (+{len(unclear) - 1} more reason(s))" if len(unclear) > 1 else ""
        return Verdict("inconclusive", INCONCLUSIVE, f"{vendor}: {first.message}{more}")
    total = sum(run.successes(operation) for run in runs for operation in run.operations)
    return Verdict("pass", PASS, f"no drift: {total} answer(s) checked, every one fit the spec")
