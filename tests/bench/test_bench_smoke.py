"""Smoke test of `python -m scripts.bench`: the quick mode runs every goal end to end and reports sane numbers, and
the same-work check that precedes every timing passes on the real contestants and fails on a contestant that differs.

No timing thresholds: the numbers of a two-round run with tiny bodies say nothing about speed.
"""

from __future__ import annotations

import datetime
import json
import math
from collections.abc import Iterator
from typing import Any

import pytest

from scripts.bench import contestants, same_work
from scripts.bench.__main__ import main
from scripts.bench.bodies import Bodies
from scripts.bench.goals import GOALS, Results, Settings, judged_goal_keys, parse_only, run
from scripts.bench.peers import Peers
from scripts.bench.report import render
from scripts.bench.verdicts import Verdict

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def peers() -> Iterator[Peers]:
    generated = Peers()
    try:
        yield generated
    finally:
        generated.close()


@pytest.fixture(scope="module")
def quick_results(peers: Peers) -> Results:
    return run(Settings.quick(), peers=peers)


@pytest.fixture(scope="module")
def vendors(peers: Peers) -> contestants.Vendors:
    return contestants.Vendors.build(peers)


@pytest.fixture(scope="module")
def bodies() -> Bodies:
    return Bodies.build(3)


def test_every_goal_has_a_judged_row(quick_results: Results) -> None:
    judged = {goal.key: goal for goal in quick_results.goals}
    for key in judged_goal_keys(GOALS):
        assert key in judged, key
        assert judged[key].verdict is not None or judged[key].target == "report", key
    table = render(quick_results)
    for goal in quick_results.goals:
        assert f"| {goal.key} " in table
    for goal in quick_results.goals:
        if goal.profile:  # a goal not known to be met says where the time goes (its verdict varies with the load)
            assert goal.verdict in (Verdict.NOT_MET, Verdict.INCONCLUSIVE)
            assert f"## Where it goes: {goal.key} ({goal.verdict.value})" in table
    for group in quick_results.groups:
        assert f"{group.title} (per {group.unit}; 1-minute load at the start: {group.load:.2f})" in table


def test_numbers_are_positive_and_finite(quick_results: Results) -> None:
    for group in quick_results.groups:
        assert group.samples, group.title
        for name, sample in group.samples.items():
            for value in (sample.median, sample.min, sample.max, *sample.per_op):
                assert math.isfinite(value) and value > 0, (group.title, name, value)
    for goal in quick_results.goals:
        ratio = goal.ratio
        for value in (ratio.paired, ratio.of_mins, ratio.q1, ratio.q3, ratio.low, ratio.high):
            assert math.isfinite(value) and value > 0, goal
        assert ratio.spread >= 1, goal
        assert ratio.low <= ratio.q1 <= ratio.paired <= ratio.q3 <= ratio.high, goal
    assert all(size > 0 for size in quick_results.sizes.values())


def test_the_table_names_the_versions(quick_results: Results) -> None:
    table = render(quick_results)
    for name in (
        "Python",
        "httpx",
        "attrs",
        "pydantic",
        "msgspec",
        "datamodel-code-generator",
        "openapi-python-client",
    ):
        assert f"{name} " in table


def test_cli_quick_only(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--quick", "--only", "p5"]) == 0
    out = capsys.readouterr().out
    for key in judged_goal_keys(("P5",)):
        assert f"| {key} " in out
    assert "P1-synq" not in out


def test_only_is_checked() -> None:
    assert parse_only("P3, p1") == ("P3", "P1")
    assert parse_only(None) == GOALS
    with pytest.raises(ValueError, match="--only"):
        parse_only("P8")


@pytest.mark.parametrize("kind", ["mixed", "first", "last"])
def test_every_contestant_parses_every_field_the_same(vendors: contestants.Vendors, bodies: Bodies, kind: str) -> None:
    body = {"mixed": bodies.synq, "first": bodies.synq_first_kind, "last": bodies.synq_last_kind}[kind]
    results = {name: call() for name, call in contestants.parsers(body, vendors.synq).items()}
    same_work.check(results, contestants.GENERATED, contestants.UNTYPED)
    tree = same_work.tree(results[contestants.GENERATED])
    assert same_work.tree(json.loads(body)).keys() == tree.keys()
    execution = next(iter(tree["executions"].values()))
    assert isinstance(execution["createdat"], datetime.datetime)  # typed: a datetime, not the string


def test_the_coalesce_contestants_parse_the_same(vendors: contestants.Vendors, bodies: Bodies) -> None:
    results = {name: call() for name, call in contestants.coalesce_parsers(bodies.coalesce, vendors.coalesce).items()}
    same_work.check(results, contestants.GENERATED, contestants.UNTYPED)
    assert same_work.tree(results[contestants.GENERATED])["rundetails"]["deploycommit"]


def _tampered(body: bytes, change: Any) -> dict[str, Any]:
    data = json.loads(body)
    change(next(iter(data["executions"].values())))
    return data  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    "change",
    [
        lambda execution: execution.update(durationSeconds=execution["durationSeconds"] + 1e-9),
        lambda execution: execution.pop("finishedAt"),
        lambda execution: execution["entities"].append(execution["targets"][0]),
        lambda execution: execution.update(skipped=int(execution["skipped"])),  # 1 is not True
        lambda execution: execution["entities"][0].update(extra={}),
    ],
    ids=["value", "missing field", "extra item", "type", "extra key"],
)
def test_the_same_work_check_fails_on_a_contestant_that_differs(bodies: Bodies, change: Any) -> None:
    results = {"reference": json.loads(bodies.synq), "other": _tampered(bodies.synq, change)}
    with pytest.raises(same_work.NotTheSameWork, match="other"):
        same_work.check(results, "reference", untyped=results)


def test_a_typed_contestant_must_hold_datetimes(vendors: contestants.Vendors, bodies: Bodies) -> None:
    typed = contestants.parsers(bodies.synq, vendors.synq)[contestants.MSGSPEC]()
    results = {"typed": typed, "plain": json.loads(bodies.synq)}
    same_work.check(results, "typed", untyped={"plain"})  # plain JSON may hold the date-time string
    with pytest.raises(same_work.NotTheSameWork, match="plain"):
        same_work.check(results, "typed")
