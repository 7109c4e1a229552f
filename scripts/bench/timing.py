"""Side-by-side timing: contestants interleaved within each round, several rounds, seconds per operation.

Each round runs every contestant for the same number of operations, in an order rotated from round to round (so
no contestant always runs first, right after a GC or a warm cache of another); the garbage collector is run before
each batch so one contestant's garbage is not collected on another's clock.
"""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Sample:
    """Seconds per operation, one value per round."""

    per_op: tuple[float, ...]

    @property
    def median(self) -> float:
        return statistics.median(self.per_op)

    @property
    def min(self) -> float:
        return min(self.per_op)

    @property
    def max(self) -> float:
        return max(self.per_op)

    @property
    def spread(self) -> float:
        """median / min: how far the typical round ran above the quietest one (1.0: every round alike)."""
        return self.median / self.min

    def scaled(self, factor: float) -> Sample:
        return Sample(tuple(value * factor for value in self.per_op))


@dataclass(frozen=True)
class Ratio:
    """`name` / `baseline` in one interleaved run: the ratio of the two minimums (`of_mins`, the quietest round of
    each, what the goals are judged on) beside the median of the per-round ratios (`paired`), with the quartiles and
    range of those; `spread` is the wider of the two contestants' median / min.

    A paired median taken under load drifts towards 1: load from other processes adds about the same time to both
    contestants of a round, shrinking their ratio. The minimums are the rounds least touched by load; when even the
    typical round ran far above them (a wide `spread`), neither figure decides a goal (see `verdicts`)."""

    paired: float
    of_mins: float
    q1: float
    q3: float
    low: float
    high: float
    spread: float = 1.0

    @classmethod
    def of(cls, name: Sample, baseline: Sample) -> Ratio:
        rounds = sorted(mine / theirs for mine, theirs in zip(name.per_op, baseline.per_op, strict=True))
        q1, _, q3 = statistics.quantiles(rounds, n=4, method="inclusive") if len(rounds) > 1 else rounds * 3
        paired, of_mins, spread = statistics.median(rounds), name.min / baseline.min, max(name.spread, baseline.spread)
        return cls(paired, of_mins, q1, q3, rounds[0], rounds[-1], spread)

    @classmethod
    def constant(cls, value: float) -> Ratio:
        """A figure measured once (P6's KiB)."""
        return cls(value, value, value, value, value, value)

    def inverted(self) -> Ratio:
        """baseline / name: for rates (calls/s) instead of times."""
        return Ratio(
            1 / self.paired, 1 / self.of_mins, 1 / self.q3, 1 / self.q1, 1 / self.high, 1 / self.low, self.spread
        )


def calibrate(call: Callable[[], object], target_seconds: float, *, at_most: int = 10_000) -> int:
    """How many operations of `call` take about `target_seconds` (at least 1); runs `call` a few times (warm-up)."""
    call()
    started = time.perf_counter()
    runs = 0
    while runs < 3 or time.perf_counter() - started < min(0.05, target_seconds):
        call()
        runs += 1
    single = (time.perf_counter() - started) / runs
    return max(1, min(at_most, round(target_seconds / single)))


WALL: Callable[[], float] = time.perf_counter
"""For contestants that wait on a server (P1, P3): elapsed time."""
CPU: Callable[[], float] = time.thread_time
"""For contestants that only compute (P2, P5, P7): this thread's CPU time, which other processes on a shared machine
do not inflate by taking the core away mid-batch (they still share caches, hence min-of-N on top)."""


def interleaved(
    contestants: Mapping[str, Callable[[], object]], *, rounds: int, operations: int, clock: Callable[[], float] = WALL
) -> dict[str, Sample]:
    """Time `operations` calls of each contestant per round on `clock`, rotating their order each round."""
    names = list(contestants)
    times: dict[str, list[float]] = {name: [] for name in names}
    for round_number in range(rounds):
        shift = round_number % len(names)
        for name in names[shift:] + names[:shift]:
            call = contestants[name]
            gc.collect()
            started = clock()
            for _ in range(operations):
                call()
            times[name].append((clock() - started) / operations)
    return {name: Sample(tuple(values)) for name, values in times.items()}
