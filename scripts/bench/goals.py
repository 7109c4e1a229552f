"""Issue #8's goals, each measured side by side in one run and turned into a ratio with its target.

P1  per call, 100 executions (SYNQ) / one run (Coalesce), against uvicorn on 127.0.0.1: generated client vs
    raw httpx + `.json()` (calls/s ratio >= 0.8) and vs httpx + pydantic v2 `model_validate_json` (>= 1.0: ahead)
P2  eager typed parse of the 100-execution body: generated `from_dict(decode_json(b))` (the client's decoder:
    orjson with the `fast` extra, else json.loads) time <= 1.0x pydantic's `model_validate_json`; and the body whose Identifiers are all of the first kind vs all of the last kind of the
    spec's oneOf: within 10%
P3  `AsyncSynqClient.get_executions` of N IDs, concurrency 8, against the mock with 20 ms added latency, vs the
    ideal ceil(batches / 8) x 20 ms + one P1 call: <= 1.25x
P4  the `make generate` recipe (`python -m scripts.generate`, into a temporary directory): seconds, reported only
"""

from __future__ import annotations

import dataclasses
import math
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from scripts.bench import contestants
from scripts.bench.bodies import Bodies, execution_id
from scripts.bench.server import ROOT, BenchServers
from scripts.bench.timing import Sample, calibrate, interleaved

GOALS = ("P1", "P2", "P3", "P4")
BATCH = 100  # SYNQ's maximum IDs per request, what get_executions sends


@dataclass(frozen=True)
class Settings:
    rounds: int = 7
    executions: int = 100  # per P1 call and in the P2 body
    fan_out_ids: int = 10_000
    concurrency: int = 8
    latency_ms: float = 20.0
    batch_seconds: float = 0.15  # each contestant's share of a round
    generate_runs: int = 2
    only: tuple[str, ...] = GOALS

    @classmethod
    def quick(cls, only: tuple[str, ...] = GOALS) -> Settings:
        return cls(
            rounds=1, executions=5, fan_out_ids=300, batch_seconds=0.01, generate_runs=1, latency_ms=5.0, only=only
        )


@dataclass(frozen=True)
class Group:
    """Contestants timed side by side; `baselines` are the ones every contestant is compared with."""

    key: str
    title: str
    unit: str  # what one operation is
    samples: dict[str, Sample]
    baselines: tuple[str, ...]


@dataclass(frozen=True)
class Goal:
    key: str
    metric: str
    value: float  # from the medians
    of_mins: float  # the same ratio from the minimums: less sensitive to other load on the machine
    target: str
    met: bool | None = None  # judged on `value`; None: reported, no target


@dataclass
class Results:
    settings: Settings
    sizes: dict[str, int] = field(default_factory=dict)
    groups: list[Group] = field(default_factory=list)
    goals: list[Goal] = field(default_factory=list)


def run(settings: Settings, progress: Callable[[str], None] = lambda _: None) -> Results:
    results = Results(settings)
    progress(f"building and validating the bodies ({settings.executions} executions)")
    bodies = Bodies.build(settings.executions)
    results.sizes = {
        "SYNQ body (mixed kinds)": len(bodies.synq),
        f"SYNQ body (all {bodies.first_kind})": len(bodies.synq_first_kind),
        f"SYNQ body (all {bodies.last_kind})": len(bodies.synq_last_kind),
        "Coalesce run body": len(bodies.coalesce),
    }
    wanted = set(settings.only)
    if wanted & {"P1", "P3"}:
        progress("starting uvicorn on 127.0.0.1 (fixed bytes + the mock)")
        with BenchServers(
            bodies.synq, bodies.coalesce, executions=settings.fan_out_ids, latency_ms=settings.latency_ms
        ) as servers:
            call_cost = _p1(settings, bodies, servers, results, progress) if "P1" in wanted else None
            if "P3" in wanted:
                _p3(settings, servers, results, progress, call_cost)
    if "P2" in wanted:
        _p2(settings, bodies, results, progress)
    if "P4" in wanted:
        _p4(settings, results, progress)
    return results


def _measure(calls: dict[str, Callable[[], object]], settings: Settings) -> dict[str, Sample]:
    operations = min(calibrate(call, settings.batch_seconds) for call in calls.values())
    return interleaved(calls, rounds=settings.rounds, operations=operations)


def _ratio(samples: dict[str, Sample], name: str, baseline: str) -> tuple[float, float]:
    """Time of `name` / time of `baseline`: from the medians and from the minimums."""
    return samples[name].median / samples[baseline].median, samples[name].min / samples[baseline].min


def _p1(
    settings: Settings, bodies: Bodies, servers: BenchServers, results: Results, progress: Callable[[str], None]
) -> float:
    gen, raw, pyd = contestants.GENERATED, contestants.RAW, contestants.PYDANTIC
    progress("P1 SYNQ BatchGetExecutions")
    with contestants.synq_calls(servers.fixed, bodies.synq_ids) as calls:
        synq = _measure(calls, settings)
    progress("P1 Coalesce get_run")
    with contestants.coalesce_calls(servers.fixed, bodies.coalesce_run_id) as calls:
        coalesce = _measure(calls, settings)
    for key, title, unit, samples in (
        ("P1-synq", "P1 SYNQ BatchGetExecutions", f"call, {settings.executions} executions", synq),
        ("P1-coalesce", "P1 Coalesce get_run", "call", coalesce),
    ):
        results.groups.append(Group(key, title, unit, samples, (raw, pyd)))
        for baseline, name, target in ((raw, "httpx", ">= 0.80"), (pyd, "pydantic", ">= 1.00")):
            metric = f"{gen} calls/s / {baseline} calls/s"
            results.goals.append(_judged(Goal(f"{key} vs {name}", metric, *_ratio(samples, baseline, gen), target)))
    return synq[gen].median


def _p2(settings: Settings, bodies: Bodies, results: Results, progress: Callable[[str], None]) -> None:
    progress("P2 parsing")
    mixed = contestants.parsers(bodies.synq)
    gen, pyd, plain, _ = list(mixed)
    first, last = contestants.parsers(bodies.synq_first_kind), contestants.parsers(bodies.synq_last_kind)
    calls = dict(mixed)
    calls |= {f"{gen}, all {bodies.first_kind}": first[gen], f"{gen}, all {bodies.last_kind}": last[gen]}
    calls |= {f"{pyd}, all {bodies.first_kind}": first[pyd], f"{pyd}, all {bodies.last_kind}": last[pyd]}
    samples = _measure(calls, settings)
    unit = f"parse, {settings.executions} executions"
    results.groups.append(Group("P2", "P2 parse the BatchGetExecutions body", unit, samples, (pyd, plain)))
    metric = f"{gen} time / {pyd} time"
    results.goals.append(_judged(Goal("P2 parse vs pydantic", metric, *_ratio(samples, gen, pyd), "<= 1.00")))
    first_kind, last_kind = f"all {bodies.first_kind}", f"all {bodies.last_kind}"
    kinds = _ratio(samples, f"{gen}, {last_kind}", f"{gen}, {first_kind}")
    metric = f"{gen} time, {last_kind} / {first_kind}"
    results.goals.append(_judged(Goal("P2 kind last/first", metric, *kinds, "0.90 .. 1.10")))
    control = _ratio(samples, f"{pyd}, {last_kind}", f"{pyd}, {first_kind}")
    metric = f"(control) {pyd} time, {last_kind} / {first_kind}"
    results.goals.append(Goal("P2 kind, pydantic", metric, *control, "-"))
    with contestants.busy_parsers(bodies.synq) as busy_calls:
        busy = _measure(busy_calls, settings)
    gen_busy, pyd_busy = list(busy)
    title = "P2 parse with 100 parsed bodies alive (context: a program that keeps its results)"
    results.groups.append(Group("P2-busy", title, unit, busy, (pyd_busy,)))
    metric = f"(context) {gen_busy} time / {pyd_busy} time"
    results.goals.append(Goal("P2 busy heap vs pydantic", metric, *_ratio(busy, gen_busy, pyd_busy), "-"))


def _p3(
    settings: Settings,
    servers: BenchServers,
    results: Results,
    progress: Callable[[str], None],
    call_cost: float | None,
) -> None:
    ids = [execution_id(number) for number in range(settings.fan_out_ids)]
    if call_cost is None:  # P3 alone: one P1-style call of the generated client on the same body, for the ideal
        with contestants.synq_calls(servers.fixed, ids[: settings.executions]) as calls:
            one = {contestants.GENERATED: calls[contestants.GENERATED]}
            call_cost = _measure(one, settings)[contestants.GENERATED].median
    progress(f"P3 fan-out of {len(ids)} IDs, concurrency {settings.concurrency}, +{settings.latency_ms:g} ms")
    with contestants.fan_out(servers.mock, ids, settings.concurrency) as calls:
        for call in calls.values():
            call()  # warm-up: connections, the mock's validators
        samples = interleaved(calls, rounds=settings.rounds, operations=1)
    waves = math.ceil(math.ceil(len(ids) / BATCH) / settings.concurrency)
    ideal = waves * settings.latency_ms / 1000 + call_cost
    ideal_name = f"ideal: {waves} x {settings.latency_ms:g} ms + one P1 call ({call_cost * 1000:.2f} ms)"
    samples[ideal_name] = Sample((ideal,))
    unit = f"get_executions of {len(ids)} IDs"
    results.groups.append(Group("P3", "P3 fan-out against the mock", unit, samples, (ideal_name,)))
    vs_ideal = _ratio(samples, contestants.GENERATED, ideal_name)
    results.goals.append(_judged(Goal("P3 fan-out vs ideal", "AsyncSynqClient time / ideal", *vs_ideal, "<= 1.25")))
    floor = _ratio(samples, contestants.GENERATED, contestants.RAW)
    metric = f"(context) AsyncSynqClient time / {contestants.RAW} fan-out time (same mock, same concurrency)"
    results.goals.append(Goal("P3 fan-out vs httpx", metric, *floor, "-"))


def _p4(settings: Settings, results: Results, progress: Callable[[str], None]) -> None:
    progress("P4 make generate (python -m scripts.generate into a temporary directory)")
    times = []
    for _ in range(settings.generate_runs):
        with tempfile.TemporaryDirectory(prefix="bench-generate-") as out:
            started = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "scripts.generate", "--out", out], cwd=ROOT, check=True, capture_output=True
            )
            times.append(time.perf_counter() - started)
    sample = Sample(tuple(times))
    results.groups.append(Group("P4", "P4 developer loop", "run", {"make generate recipe": sample}, ()))
    results.goals.append(Goal("P4 make generate", "seconds", sample.median, sample.min, "report"))


def _judged(goal: Goal) -> Goal:
    if goal.met is not None or goal.target in ("report", "-"):
        return goal
    low, _, high = goal.target.partition(" .. ")
    if high:
        met = float(low) <= goal.value <= float(high)
    elif goal.target.startswith(">="):
        met = goal.value >= float(goal.target[2:])
    else:
        met = goal.value <= float(goal.target[2:])
    return dataclasses.replace(goal, met=met)


def parse_only(text: str | None) -> tuple[str, ...]:
    """`--only P1,P3` -> ("P1", "P3"); every goal when not given."""
    if not text:
        return GOALS
    chosen = tuple(dict.fromkeys(part.strip().upper() for part in text.split(",") if part.strip()))
    unknown = [part for part in chosen if part not in GOALS]
    if unknown or not chosen:
        raise ValueError(f"--only takes a comma-separated subset of {','.join(GOALS)}, got {text!r}")
    return chosen


def expected_goal_keys(only: Sequence[str]) -> list[str]:
    """The goal rows a run with `only` reports (the smoke test checks that every one is there)."""
    keys = {
        "P1": ["P1-synq vs httpx", "P1-synq vs pydantic", "P1-coalesce vs httpx", "P1-coalesce vs pydantic"],
        "P2": ["P2 parse vs pydantic", "P2 kind last/first", "P2 kind, pydantic", "P2 busy heap vs pydantic"],
        "P3": ["P3 fan-out vs ideal", "P3 fan-out vs httpx"],
        "P4": ["P4 make generate"],
    }
    return [key for goal in GOALS if goal in only for key in keys[goal]]
