"""Whether a goal is met, not met, or cannot be told from this run.

A goal is judged on the ratio of the two contestants' minimums: the rounds least touched by other processes. On a
shared machine even those can be inflated, so a run whose typical round took much longer than its quietest one
(median / min above `SPREAD_LIMIT`, for either contestant) gets no verdict: it says "inconclusive", and the numbers
are printed as measured.
"""

from __future__ import annotations

import enum

from scripts.bench.timing import Ratio

SPREAD_LIMIT = 1.3
"""The widest median / min of a contestant that still decides a goal."""


class Verdict(enum.Enum):
    MET = "met"
    NOT_MET = "NOT MET"
    INCONCLUSIVE = "inconclusive"


def holds(target: str, value: float) -> bool:
    """Whether `value` meets `target`: ">= x", "<= x" or "a .. b" (both ends included)."""
    low, _, high = target.partition(" .. ")
    if high:
        return float(low) <= value <= float(high)
    if target.startswith(">="):
        return value >= float(target[2:])
    if target.startswith("<="):
        return value <= float(target[2:])
    raise ValueError(f"a target is '>= x', '<= x' or 'a .. b', got {target!r}")


def verdict(target: str, ratio: Ratio, spread_limit: float = SPREAD_LIMIT) -> Verdict:
    """The verdict on `ratio.of_mins` against `target`, or INCONCLUSIVE when `ratio.spread` exceeds `spread_limit`."""
    if ratio.spread > spread_limit:
        return Verdict.INCONCLUSIVE
    return Verdict.MET if holds(target, ratio.of_mins) else Verdict.NOT_MET
