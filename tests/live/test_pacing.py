"""Budget, rate limit and Retry-After: on a fake clock, and counted at a real server on 127.0.0.1."""

from __future__ import annotations

import email.utils
from pathlib import Path

import pytest

from scripts.live import verdict
from scripts.live.pacing import Pacer, Stopped, retry_after_seconds
from scripts.mock.app import create_app
from scripts.spec.model import Spec
from tests.contract.schemas import TOKEN

from .servers import live_run, served

RUN = Spec.load("coalesce").operations[0].label  # the operation the alarm calls first (getRun)


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def test_the_pacer_spaces_requests_and_stops_at_the_budget() -> None:
    clock = FakeClock()
    pacer = Pacer(budget=3, rate=2.0, clock=clock, sleep=clock.sleep)
    for _ in range(3):
        pacer.acquire()
    assert clock.sleeps == [0.5, 0.5]
    with pytest.raises(Stopped, match="budget of 3 is spent"):
        pacer.acquire()
    assert pacer.sent == 3


def test_retry_after_delays_the_next_request_and_429_stops() -> None:
    clock = FakeClock()
    pacer = Pacer(budget=10, rate=100.0, clock=clock, sleep=clock.sleep)
    pacer.acquire()
    pacer.observe(503, "7")
    pacer.acquire()
    assert clock.sleeps == [7.0]
    pacer.observe(429, "30")
    with pytest.raises(Stopped, match=r"429 Too Many Requests \(Retry-After: 30\); stopped after 2 requests"):
        pacer.acquire()


def test_a_retry_after_beyond_the_wait_limit_stops_instead_of_waiting() -> None:
    pacer = Pacer(budget=10, rate=1.0, max_wait=60)
    pacer.observe(503, "3600")
    with pytest.raises(Stopped, match="wait 3600 s"):
        pacer.acquire()


def test_retry_after_reads_seconds_and_http_dates() -> None:
    assert retry_after_seconds("12") == 12.0
    assert retry_after_seconds(email.utils.formatdate(1_000_030, usegmt=True), now=lambda: 1_000_000) == 30.0
    assert retry_after_seconds("soon") is None
    assert retry_after_seconds(None) is None


def test_the_budget_holds_at_the_server(tmp_path: Path) -> None:
    with served(create_app("coalesce", token=TOKEN)) as (url, counted):
        result = live_run(tmp_path, "coalesce", url, ("1",), examples=10, budget=7)  # 10 + the lookup planned, first
    assert len(counted.arrivals) == 7 == result.runs[0].requests
    assert result.runs[0].stop_reason == "the request budget of 7 is spent"
    assert result.summary.read_text().startswith(
        "# Live contract check: INCONCLUSIVE: coalesce: cut short: the request budget of 7 is spent"
    )
    assert result.verdict.code == verdict.INCONCLUSIVE


def test_the_rate_limit_holds_at_the_server(tmp_path: Path) -> None:
    with served(create_app("coalesce", token=TOKEN)) as (url, counted):
        live_run(tmp_path, "coalesce", url, ("1",), examples=2, rate=8.0)
    gaps = [later - earlier for earlier, later in zip(counted.arrivals, counted.arrivals[1:], strict=False)]
    assert len(counted.arrivals_at(RUN)) == 3  # 2 examples and the method probe; other operations are counted apart
    # The pacer spaces the sends 1/8 s apart; at the server a send's transit delay shortens the gap after it, by
    # tens of milliseconds on a busy machine, so half the interval is the bound. Unpaced, the gaps were 29 ms (the sleep removed).
    assert min(gaps) >= 0.5 / 8.0, gaps


def test_a_429_stops_the_run_cleanly_and_is_not_drift(tmp_path: Path) -> None:
    with served(create_app("synq", token=TOKEN), throttle_from=3) as (url, counted):
        result = live_run(tmp_path, "synq", url, examples=10)
    (run,) = result.runs
    assert len(counted.arrivals) == 3 == run.requests
    assert run.findings == []
    assert run.stop_reason == "the vendor answered 429 Too Many Requests (Retry-After: 30); stopped after 3 requests"
    assert "skipped" in result.junit.read_text()


def test_a_429_without_retry_after_stops_the_run_too_and_makes_it_inconclusive(tmp_path: Path) -> None:
    with served(create_app("synq", token=TOKEN), throttle_from=2, retry_after=None) as (url, counted):
        result = live_run(tmp_path, "synq", url, examples=10)
    (run,) = result.runs
    assert len(counted.arrivals) == 2 == run.requests
    assert run.stop_reason == "the vendor answered 429 Too Many Requests (no Retry-After); stopped after 2 requests"
    assert result.verdict.code == verdict.INCONCLUSIVE
    assert 'skipped message="cut short: the vendor answered 429' in result.junit.read_text()


def test_a_503_with_retry_after_is_waited_out(tmp_path: Path) -> None:
    app = create_app("coalesce", token=TOKEN, fault="unavailable;retry-after=1;times=1")
    with served(app) as (url, counted):
        result = live_run(tmp_path, "coalesce", url, ("1",), examples=1)
    first, second = counted.arrivals_at(RUN)  # the 503, then the same request again; other operations come after
    assert second - first >= 1.0
    assert result.found() == set()
