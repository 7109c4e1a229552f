"""The bench's verdict logic: pure functions of the recorded per-round times, no timing of anything."""

from __future__ import annotations

import pytest

from scripts.bench.goals import Goal, Group, Results, Settings
from scripts.bench.report import render
from scripts.bench.timing import Ratio, Sample
from scripts.bench.verdicts import SPREAD_LIMIT, Verdict, holds, verdict

QUIET = Sample((1.0, 1.05, 1.1, 1.02, 1.2))  # median / min = 1.05
NOISY = Sample((1.0, 1.9, 2.2, 3.0, 1.4))  # median / min = 1.9


def test_sample_reports_min_median_max_and_spread() -> None:
    assert (NOISY.min, NOISY.median, NOISY.max) == (1.0, 1.9, 3.0)
    assert NOISY.spread == pytest.approx(1.9)
    assert NOISY.scaled(0.01).spread == pytest.approx(NOISY.spread)


def test_ratio_of_minimums_beside_the_paired_median() -> None:
    ours = Sample((2.0, 4.0, 3.0))
    theirs = Sample((1.0, 3.0, 1.0))
    ratio = Ratio.of(ours, theirs)
    assert ratio.of_mins == pytest.approx(2.0)
    assert ratio.paired == pytest.approx(2.0)  # rounds: 2.0, 1.33, 3.0
    assert ratio.low == pytest.approx(4 / 3)
    assert ratio.high == pytest.approx(3.0)
    assert ratio.spread == pytest.approx(max(ours.spread, theirs.spread))  # 3.0/1.0 beats 3.0/2.0


def test_the_wider_spread_of_either_contestant_counts() -> None:
    assert Ratio.of(QUIET, NOISY).spread == Ratio.of(NOISY, QUIET).spread == pytest.approx(NOISY.spread)
    assert Ratio.of(QUIET, QUIET).spread == pytest.approx(QUIET.spread)


def test_an_inverted_ratio_keeps_its_spread() -> None:
    ratio = Ratio.of(NOISY, QUIET).inverted()
    assert ratio.spread == pytest.approx(NOISY.spread)
    assert ratio.of_mins == pytest.approx(1.0)


@pytest.mark.parametrize(
    ("target", "value", "expected"),
    [
        ("<= 3.00", 3.0, True),
        ("<= 3.00", 3.01, False),
        (">= 0.70", 0.7, True),
        (">= 0.70", 0.69, False),
        ("0.90 .. 1.10", 0.9, True),
        ("0.90 .. 1.10", 1.1, True),
        ("0.90 .. 1.10", 1.11, False),
        ("0.90 .. 1.10", 0.89, False),
    ],
)
def test_holds(target: str, value: float, expected: bool) -> None:
    assert holds(target, value) is expected


def test_an_unknown_target_is_refused() -> None:
    with pytest.raises(ValueError, match="target"):
        holds("about 3", 1.0)


def _ratio(of_mins: float, paired: float, spread: float) -> Ratio:
    return Ratio(paired, of_mins, paired, paired, paired, paired, spread)


def test_judged_on_the_ratio_of_minimums_not_the_paired_median() -> None:
    # under load the paired median drifts towards 1 and could pass where the minimums do not
    assert verdict("<= 3.00", _ratio(of_mins=3.4, paired=2.6, spread=1.1)) is Verdict.NOT_MET
    assert verdict("<= 3.00", _ratio(of_mins=2.9, paired=3.2, spread=1.1)) is Verdict.MET


@pytest.mark.parametrize("of_mins", [0.5, 5.0])
def test_too_wide_a_spread_gives_no_verdict(of_mins: float) -> None:
    assert verdict("<= 3.00", _ratio(of_mins, of_mins, spread=SPREAD_LIMIT + 0.01)) is Verdict.INCONCLUSIVE
    assert verdict("<= 3.00", _ratio(of_mins, of_mins, spread=SPREAD_LIMIT)) is not Verdict.INCONCLUSIVE


def test_the_report_prints_the_verdict_the_spread_and_the_load() -> None:
    samples = {"ours": NOISY, "theirs": QUIET}
    group = Group("P2", "P2 parse", "parse", samples, ("theirs",), load=7.25)
    ratio = Ratio.of(NOISY, QUIET)
    goal = Goal("P2 vs theirs", "time ratio", ratio, "<= 3.00", verdict=verdict("<= 3.00", ratio))
    table = render(Results(Settings(), groups=[group], goals=[goal]))
    assert "1-minute load at the start: 7.25" in table
    row = next(line for line in table.splitlines() if line.startswith("| P2 vs theirs "))
    assert "| inconclusive |" in row and "| 1.90 " in row
    assert "| met " not in row and "NOT MET" not in row
    ours = next(line for line in table.splitlines() if "| ours " in line)
    assert "| 3.00 s " in ours and "| 1.90 s " in ours  # max and median beside the min
