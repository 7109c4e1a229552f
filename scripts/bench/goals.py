"""The performance goals (issues #16 and #26), each a ratio measured side by side in one run.

P1  calls/s of the generated client / raw httpx + `json.loads`, against uvicorn on 127.0.0.1 with fixed bytes:
    SYNQ (100 executions) sync and async >= 0.70, Coalesce get_run >= 0.95
P2  parse of the 100-execution body (decode_json + from_dict): <= 3.0x the msgspec Structs' time and
    <= 0.25x the datamodel-codegen pydantic models' time; first vs last Identifier kind within 10%
P3  `AsyncSynqClient.get_executions` of 10,000 IDs (concurrency 8, mock with 20 ms latency) <= 1.15x the time of
    raw httpx + json.loads doing the same fan-out against the same mock
P4  the `make generate` recipe (`python -m scripts.generate`, into a temporary directory): seconds, reported only
P5  `decode_json` <= 1.05x `orjson.loads` on the 100-execution body (results identical to json.loads: the tests)
P6  memory one parsed execution keeps, tracemalloc: <= 2.75 KiB
P7  per-execution parse time at 1,000 executions <= 1.1x that at 100, on a fresh heap and on a busy one

Each goal is judged on the ratio of the contestants' minimums, and only when the run was quiet enough to tell
(`verdicts`); the paired median and the spread are printed beside it. Each block starts with the machine's
1-minute load. Before anything is timed, every group's contestants are checked to return the same values
(`same_work.check`). Rows whose target is "-" are context, not goals.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import gc
import math
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from scripts.bench import contestants as c
from scripts.bench import memory, same_work
from scripts.bench.bodies import Bodies, execution_id
from scripts.bench.peers import Peers
from scripts.bench.profile import profile
from scripts.bench.server import BenchServers
from scripts.bench.timing import CPU, WALL, Ratio, Sample, calibrate, interleaved
from scripts.bench.verdicts import Verdict, verdict
from scripts.paths import ROOT

GOALS = ("P1", "P2", "P3", "P4", "P5", "P6", "P7")
Progress = Callable[[str], None]


@dataclass(frozen=True)
class Settings:
    rounds: int = 41
    executions: int = 100  # per P1 call and in the P2 body
    large: int = 1_000  # P7's large body
    fan_out_ids: int = 10_000
    fan_out_rounds: int = 7
    concurrency: int = 8
    latency_ms: float = 20.0
    batch_seconds: float = 0.02  # each contestant's share of a round: short, so both of a pair see the same load
    generate_runs: int = 2
    only: tuple[str, ...] = GOALS
    profile_all: bool = False  # profile every goal, not only those not met
    profile_calls: int | None = None  # calls per profile; None: each goal's own count
    freeze_heap: bool = False  # gc.freeze() what exists before the run, so collections skip it (see `run`)

    @classmethod
    def quick(cls, only: tuple[str, ...] = GOALS) -> Settings:
        return cls(
            rounds=2,
            executions=5,
            large=20,
            fan_out_ids=300,
            fan_out_rounds=1,
            batch_seconds=0.005,
            generate_runs=1,
            latency_ms=5.0,
            profile_calls=1,
            freeze_heap=True,
            only=only,
        )


@dataclass(frozen=True)
class Group:
    """Contestants timed side by side; `baselines` are the ones every contestant is compared with."""

    key: str
    title: str
    unit: str  # what one operation is
    samples: dict[str, Sample]
    baselines: tuple[str, ...]
    load: float  # the 1-minute load average when the block started


@dataclass(frozen=True)
class Goal:
    key: str
    metric: str
    ratio: Ratio
    target: str  # ">= x", "<= x", "a .. b", "report" or "-" (context)
    unit: str = "x"
    verdict: Verdict | None = None  # on `ratio.of_mins` (see `verdicts`); None: no target
    profile: str | None = None  # where the time (or memory) goes, for a goal not (known to be) met


@dataclass
class Results:
    settings: Settings
    sizes: dict[str, int] = field(default_factory=dict)
    groups: list[Group] = field(default_factory=list)
    goals: list[Goal] = field(default_factory=list)


@dataclass
class _Run:
    settings: Settings
    bodies: Bodies
    peers: Peers
    results: Results
    progress: Progress
    load: float = 0.0  # the 1-minute load when the current block started (`start`)

    def start(self, message: str) -> None:
        """Say which block starts, with the machine's 1-minute load (other processes compete for the cores)."""
        self.load = os.getloadavg()[0]
        self.progress(f"{message} (1-minute load {self.load:.2f})")

    @functools.cached_property
    def vendors(self) -> c.Vendors:
        """The peers, generated on first use: a run of P4 or P5 alone never waits for the generators."""
        self.progress("generating the peers from the effective specs (datamodel-codegen, stock openapi-python-client)")
        return c.Vendors.build(self.peers)

    def measure(
        self, calls: Mapping[str, c.Call], *, check: bool = True, clock: Callable[[], float] = CPU
    ) -> dict[str, Sample]:
        """Check that the contestants do the same work, then time them interleaved."""
        if check:
            _check(calls)
        operations = min(calibrate(call, self.settings.batch_seconds) for call in calls.values())
        return interleaved(calls, rounds=self.settings.rounds, operations=operations, clock=clock)

    def goal(self, goal: Goal, subject: c.Call | None = None, repeat: int = 20) -> None:
        judged = _judged(goal)
        if subject is not None and (judged.verdict not in (None, Verdict.MET) or self.settings.profile_all):
            calls = repeat if self.settings.profile_calls is None else self.settings.profile_calls
            judged = dataclasses.replace(judged, profile=profile(subject, repeat=calls))
        self.results.goals.append(judged)

    def group(self, key: str, title: str, unit: str, samples: dict[str, Sample], *baselines: str) -> None:
        self.results.groups.append(Group(key, title, unit, samples, baselines, self.load))


def _check(calls: Mapping[str, c.Call]) -> None:
    """Same work: every contestant (not the breakdown rows) returns what the first one does."""
    results = {name: call() for name, call in calls.items() if not name.startswith("(")}
    same_work.check(results, next(iter(results)), c.UNTYPED)


def run(settings: Settings, progress: Progress = lambda _: None, peers: Peers | None = None) -> Results:
    """Every goal of `settings`; `peers` (already generated, left open) spares generating them again.

    With `freeze_heap` (the quick mode), what already exists is left out of garbage collections: the smoke test
    runs inside a pytest worker, whose heap made each `gc.collect()` of the timing loop cost about 0.1 s."""
    with _frozen_heap() if settings.freeze_heap else contextlib.nullcontext():
        return _run_goals(settings, progress, peers)


@contextlib.contextmanager
def _frozen_heap() -> Iterator[None]:
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _run_goals(settings: Settings, progress: Progress, peers: Peers | None) -> Results:
    results = Results(settings)
    progress(f"building and validating the bodies ({settings.executions} and {settings.large} executions)")
    bodies = Bodies.build(settings.executions, settings.large)
    results.sizes = {
        "SYNQ body (mixed kinds)": len(bodies.synq),
        f"SYNQ body (all {bodies.first_kind})": len(bodies.synq_first_kind),
        f"SYNQ body (all {bodies.last_kind})": len(bodies.synq_last_kind),
        f"SYNQ body ({settings.large} executions)": len(bodies.synq_large),
        "Coalesce run body": len(bodies.coalesce),
    }
    owned = peers is None
    peers = peers or Peers()
    try:
        state = _Run(settings, bodies, peers, results, progress)
        wanted = set(settings.only)
        if wanted & {"P1", "P3"}:
            progress("starting uvicorn on 127.0.0.1 (fixed bytes + the mock)")
            with BenchServers(
                bodies.synq, bodies.coalesce, executions=settings.fan_out_ids, latency_ms=settings.latency_ms
            ) as servers:
                if "P1" in wanted:
                    _p1(state, servers)
                if "P3" in wanted:
                    _p3(state, servers)
        for key, measure in (("P2", _p2), ("P5", _p5), ("P6", _p6), ("P7", _p7), ("P4", _p4)):
            if key in wanted:
                measure(state)
    finally:
        if owned:
            peers.close()
    return results


def _rates(state: _Run, key: str, samples: dict[str, Sample], target: str, subject: c.Call) -> None:
    """calls/s of the generated client / calls/s of each other contestant; judged against raw httpx + json.loads."""
    for name in samples:
        if name == c.GENERATED or name.startswith("("):
            continue
        ratio = Ratio.of(samples[c.GENERATED], samples[name]).inverted()
        metric = f"{c.GENERATED} calls/s / {name} calls/s"
        judged_target = target if name == c.RAW else "-"
        state.goal(Goal(f"{key} vs {name}", metric, ratio, judged_target), subject if name == c.RAW else None)


def _p1(state: _Run, servers: BenchServers) -> None:
    bodies, settings = state.bodies, state.settings
    unit = f"call, {settings.executions} executions"
    state.start("P1 SYNQ BatchGetExecutions, sync")
    with c.synq_calls(servers.fixed, bodies.synq_ids, state.vendors.synq) as calls:
        synq = state.measure(calls, clock=WALL)
        state.group("P1-synq", "P1 SYNQ BatchGetExecutions, sync", unit, synq, c.RAW)
        _rates(state, "P1-synq", synq, ">= 0.70", calls[c.GENERATED])
    state.start("P1 SYNQ BatchGetExecutions, async")
    with c.synq_calls_async(servers.fixed, bodies.synq_ids) as calls:
        synq_async = state.measure(calls, clock=WALL)
        state.group("P1-synq-async", "P1 SYNQ BatchGetExecutions, async", unit, synq_async, c.RAW)
        _rates(state, "P1-synq-async", synq_async, ">= 0.70", calls[c.GENERATED])
    state.start("P1 Coalesce get_run")
    with c.coalesce_calls(servers.fixed, bodies.coalesce_run_id, state.vendors.coalesce) as calls:
        coalesce = state.measure(calls, clock=WALL)
        state.group("P1-coalesce", "P1 Coalesce get_run", "call", coalesce, c.RAW)
        _rates(state, "P1-coalesce", coalesce, ">= 0.95", calls[c.GENERATED])


def _p2(state: _Run) -> None:
    state.start("P2 parsing")
    bodies, vendor = state.bodies, state.vendors.synq
    mixed = c.parsers(bodies.synq, vendor)
    first, last = c.parsers(bodies.synq_first_kind, vendor), c.parsers(bodies.synq_last_kind, vendor)
    for calls in (mixed, first, last, c.coalesce_parsers(bodies.coalesce, state.vendors.coalesce)):
        _check(calls)
    first_kind, last_kind = f"{c.GENERATED}, all {bodies.first_kind}", f"{c.GENERATED}, all {bodies.last_kind}"
    calls = {**mixed, first_kind: first[c.GENERATED], last_kind: last[c.GENERATED]}
    samples = state.measure(calls, check=False)
    unit = f"parse, {state.settings.executions} executions"
    state.group("P2", "P2 parse the BatchGetExecutions body", unit, samples, c.MSGSPEC, c.PYDANTIC)
    subject = mixed[c.GENERATED]
    for name, target in ((c.MSGSPEC, "<= 3.00"), (c.PYDANTIC, "<= 0.25"), (c.STOCK, "-"), (c.JSON_LOADS, "-")):
        metric = f"{c.GENERATED} time / {name} time"
        state.goal(Goal(f"P2 vs {name}", metric, Ratio.of(samples[c.GENERATED], samples[name]), target), subject)
    metric = f"{c.GENERATED} time, all {bodies.last_kind} / all {bodies.first_kind}"
    state.goal(Goal("P2 kind last/first", metric, Ratio.of(samples[last_kind], samples[first_kind]), "0.90 .. 1.10"))


def _p5(state: _Run) -> None:
    state.start("P5 decode_json vs orjson.loads")
    body = state.bodies.synq
    calls = c.decoders(body)
    samples = state.measure(calls)
    state.group("P5", "P5 decode the BatchGetExecutions body", f"decode, {len(body):,} bytes", samples, c.ORJSON_LOADS)
    metric = f"{c.DECODE_JSON} time / {c.ORJSON_LOADS} time"
    ratio = Ratio.of(samples[c.DECODE_JSON], samples[c.ORJSON_LOADS])
    state.goal(Goal("P5 decode_json vs orjson", metric, ratio, "<= 1.05"), calls[c.DECODE_JSON], repeat=200)


def _p6(state: _Run) -> None:
    state.start("P6 memory per retained execution (tracemalloc)")
    executions = state.settings.executions
    parses = c.parsers(state.bodies.synq, state.vendors.synq)
    for name in (c.GENERATED, c.PYDANTIC, c.MSGSPEC, c.STOCK, c.JSON_LOADS):
        kib = memory.retained_kib(parses[name], executions)
        goal = Goal(f"P6 {name}", "KiB retained per execution", Ratio.constant(kib), "-", unit=" KiB")
        if name == c.GENERATED:
            goal = _judged(dataclasses.replace(goal, target="<= 2.75"))
            if goal.verdict is not Verdict.MET or state.settings.profile_all:
                goal = dataclasses.replace(goal, profile=memory.top_allocations(parses[name]))
        state.results.goals.append(goal)


def _p7(state: _Run) -> None:
    small, large = state.settings.executions, state.settings.large
    parse_large = c.generated_parse(state.bodies.synq_large)
    names = (f"{c.GENERATED}, {small} executions", f"{c.GENERATED}, {large} executions")
    paused, frozen = f"(context) {names[1]}, collector paused", f"(context) {names[1]}, heap frozen"
    calls = {
        names[0]: c.generated_parse(state.bodies.synq),
        names[1]: parse_large,
        paused: c.collector_paused(parse_large),
        frozen: c.collector_frozen(parse_large),
    }
    per_execution = {names[0]: 1 / small, names[1]: 1 / large, paused: 1 / large, frozen: 1 / large}
    state.start(f"P7 parse cost per execution, {small} vs {large} executions, fresh heap")
    fresh, fresh_load = state.measure(calls, check=False), state.load
    ballast = [calls[names[0]]() for _ in range(100)]  # 100 parsed bodies alive: a heap for the collector to scan
    state.start(f"P7 the same with {len(ballast) * small} parsed executions alive")
    busy, busy_load = state.measure(calls, check=False), state.load
    del ballast
    for title, samples, load in (("fresh heap", fresh, fresh_load), ("busy heap", busy, busy_load)):
        state.load = load
        scaled = {name: sample.scaled(per_execution[name]) for name, sample in samples.items()}
        state.group(
            f"P7 {title}", f"P7 parse cost per execution, {title}", "execution, inside one parse", scaled, names[0]
        )
        metric = f"per-execution time at {large} / at {small} ({title})"
        state.goal(Goal(f"P7 {title}", metric, Ratio.of(scaled[names[1]], scaled[names[0]]), "<= 1.10"), parse_large)
        for row, how in ((paused, "the cyclic collector paused"), (frozen, "the heap before it frozen (gc.freeze)")):
            metric = f"(context) the same with {how} during the large parse ({title})"
            key = f"P7 {title}, {row.rsplit(', ', 1)[1]}"
            state.goal(Goal(key, metric, Ratio.of(scaled[row], scaled[names[0]]), "-"))


def _p3(state: _Run, servers: BenchServers) -> None:
    settings = state.settings
    ids = [execution_id(number) for number in range(settings.fan_out_ids)]
    state.start(f"P3 fan-out of {len(ids)} IDs, concurrency {settings.concurrency}, +{settings.latency_ms:g} ms")
    with c.fan_out(servers.mock, ids, settings.concurrency) as calls:
        for call in calls.values():
            call()  # warm-up: connections, the mock's validators
        samples = interleaved(calls, rounds=settings.fan_out_rounds, operations=1)
        state.group("P3", "P3 fan-out against the mock", f"get_executions of {len(ids)} IDs", samples, c.RAW)
        metric = f"AsyncSynqClient time / {c.RAW} fan-out time (same mock, same concurrency)"
        ratio = Ratio.of(samples[c.GENERATED], samples[c.RAW])
        state.goal(Goal("P3 fan-out vs httpx", metric, ratio, "<= 1.15"), calls[c.GENERATED], repeat=1)
    waves = math.ceil(math.ceil(len(ids) / 100) / settings.concurrency)
    floor = waves * settings.latency_ms / 1000
    metric = f"(context) AsyncSynqClient time / the latency alone ({waves} waves x {settings.latency_ms:g} ms)"
    state.goal(
        Goal(
            "P3 vs latency floor",
            metric,
            Ratio.of(samples[c.GENERATED], Sample((floor,) * settings.fan_out_rounds)),
            "-",
        )
    )


def _p4(state: _Run) -> None:
    state.start("P4 make generate (python -m scripts.generate into a temporary directory)")
    times = []
    for _ in range(state.settings.generate_runs):
        with tempfile.TemporaryDirectory(prefix="bench-generate-") as out:
            started = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "scripts.generate", "--out", out], cwd=ROOT, check=True, capture_output=True
            )
            times.append(time.perf_counter() - started)
    sample = Sample(tuple(times))
    state.group("P4", "P4 developer loop", "run", {"make generate recipe": sample})
    ratio = Ratio(sample.median, sample.min, sample.min, sample.max, sample.min, sample.max, sample.spread)
    state.results.goals.append(Goal("P4 make generate", "seconds", ratio, "report", unit=" s"))


def _judged(goal: Goal) -> Goal:
    if goal.target in ("report", "-"):
        return goal
    return dataclasses.replace(goal, verdict=verdict(goal.target, goal.ratio))


def parse_only(text: str | None) -> tuple[str, ...]:
    """`--only P1,P3` -> ("P1", "P3"); every goal when not given."""
    if not text:
        return GOALS
    chosen = tuple(dict.fromkeys(part.strip().upper() for part in text.split(",") if part.strip()))
    unknown = [part for part in chosen if part not in GOALS]
    if unknown or not chosen:
        raise ValueError(f"--only takes a comma-separated subset of {','.join(GOALS)}, got {text!r}")
    return chosen


def judged_goal_keys(only: Sequence[str]) -> list[str]:
    """The goal rows with a target that a run with `only` reports (the smoke test checks that every one is there)."""
    keys = {
        "P1": ["P1-synq vs " + c.RAW, "P1-synq-async vs " + c.RAW, "P1-coalesce vs " + c.RAW],
        "P2": ["P2 vs " + c.MSGSPEC, "P2 vs " + c.PYDANTIC, "P2 kind last/first"],
        "P3": ["P3 fan-out vs httpx"],
        "P4": ["P4 make generate"],
        "P5": ["P5 decode_json vs orjson"],
        "P6": ["P6 " + c.GENERATED],
        "P7": ["P7 fresh heap", "P7 busy heap"],
    }
    return [key for goal in GOALS if goal in only for key in keys[goal]]
