"""`python -m scripts.load` in miniature (2 tasks x 5 calls): it runs, finishes in its bound, and loses nothing."""

from __future__ import annotations

from scripts import load


def test_a_tiny_load_run_loses_nothing() -> None:
    report = load.run(load.parse_args(["--tasks", "2", "--requests", "5", "--duration", "60"]))
    summary = report.summary()
    assert summary["completed"] == summary["planned"] == 10
    assert (report.lost, report.corrupted, report.unfinished, report.timed_out) == (0, 0, 0, False)
    assert sum(report.outcomes.values()) == 10
    assert set(summary["latency_ms"]) == {"p50", "p95", "p99"}


def test_a_run_cut_short_by_its_time_bound_reports_unfinished_calls() -> None:
    # 1,000 calls per task take seconds even on an idle machine: a bound of a tenth of a second always cuts them short
    report = load.run(load.parse_args(["--tasks", "2", "--requests", "1000", "--duration", "0.2"]))
    assert report.timed_out
    assert report.unfinished == 2000 - report.done > 0
    assert load.main(["--tasks", "1", "--requests", "1000", "--duration", "0.1"]) == 1
