"""`python -m scripts.load` (`make load`): a bounded load test of the async clients against both mocks under uvicorn.

`--tasks` concurrent tasks each make `--requests` calls, mixing SYNQ `batch_get_executions` and Coalesce `get_run`
with injected faults (`X-Mock-Fault`, one counter key per call). Every answer is compared with the mock's store.
The report gives requests/s, p50/p95/p99 latency per call (retries included), outcomes and errors by type, and
`lost` (a call that should have succeeded but failed), `corrupted` (a body that differs from the store, or a success
where the fault allows none) and `unfinished` (not done when the time bound hit). The run stops by itself after
`--duration` seconds at most. Exit status: 0 when lost == corrupted == unfinished == 0.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime as dt
import json
import random
import re
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import httpx

from scripts.mock.app import create_app
from scripts.mock.serving import serve_in_background
from scripts.paths import put_packages_on_path
from scripts.vendors import VENDORS

TOKEN = "load-token"
# (fault, weight, whether the call must still succeed): recoverable faults succeed after the client's retries.
FAULT_MIX: tuple[tuple[str, int, bool], ...] = (
    ("", 70, True),
    ("latency;ms=5", 8, True),
    ("flap;n=2", 6, True),
    ("rate-limited;retry-after=0.05;times=1", 5, True),
    ("reset-before-headers;times=1", 4, True),
    ("html-502;times=1", 3, True),
    ("truncated-json", 2, False),
    ("schema-violation", 2, False),
)
_DATETIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)")


def canonical(value: Any) -> Any:
    """JSON data with every RFC 3339 timestamp parsed, so `Z` and `+00:00` compare equal."""
    if isinstance(value, dict):
        return {key: canonical(item) for key, item in value.items()}
    if isinstance(value, list):
        return [canonical(item) for item in value]
    if isinstance(value, str) and _DATETIME.fullmatch(value):
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    return value


@dataclass
class Report:
    planned: int = 0
    done: int = 0
    latencies: list[float] = field(default_factory=list)
    outcomes: Counter[str] = field(default_factory=Counter)  # "ok", "expected <Error>", "lost <Error>", ...
    lost: int = 0
    corrupted: int = 0
    unfinished: int = 0
    elapsed: float = 0.0
    timed_out: bool = False

    def percentile(self, fraction: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))] * 1000 if ordered else 0.0

    def summary(self) -> dict[str, Any]:
        return {
            "planned": self.planned,
            "completed": self.done,
            "elapsed_s": round(self.elapsed, 2),
            "requests_per_s": round(self.done / self.elapsed, 1) if self.elapsed else 0.0,
            "latency_ms": {f"p{p}": round(self.percentile(p / 100), 1) for p in (50, 95, 99)},
            "outcomes": dict(sorted(self.outcomes.items())),
            "lost": self.lost,
            "corrupted": self.corrupted,
            "unfinished": self.unfinished,
            "stopped_by_time_bound": self.timed_out,
        }


class Driver:
    """Owns the clients and the stores; `call` makes one checked call and records it."""

    def __init__(self, synq: Any, coalesce: Any, stores: dict[str, Any], report: Report) -> None:
        self.synq, self.coalesce, self.stores, self.report = synq, coalesce, stores, report

    async def call(self, rng: random.Random, key: str) -> None:
        fault, must_succeed = _pick(rng)
        headers = {"X-Mock-Fault": fault, "X-Mock-Fault-Key": key} if fault else {}
        started = time.perf_counter()
        try:
            if rng.random() < 0.5:
                from synq_client.models import BatchGetExecutionsRequest  # on sys.path once `drive` has run

                ids = [*rng.sample(sorted(self.stores["synq"].records), rng.randint(1, 5)), f"missing-{key}"]
                response = await self.synq.with_options(headers=headers).batch_get_executions(
                    body=BatchGetExecutionsRequest(execution_ids=ids)
                )
                got, want = response.to_dict().get("executions", {}), _records(self.stores["synq"], ids)
            else:
                run_id = rng.choice(sorted(self.stores["coalesce"].records))
                got = (await self.coalesce.with_options(headers=headers).get_run(run_id)).to_dict()
                want = self.stores["coalesce"].get(run_id)
        except Exception as error:
            self._record(started, f"{'lost' if must_succeed else 'expected'} {type(error).__name__}")
            self.report.lost += must_succeed
            return
        if canonical(got) != canonical(want) or not must_succeed:
            self.report.corrupted += 1
            self._record(started, "corrupted")
            return
        self._record(started, "ok")

    def _record(self, started: float, outcome: str) -> None:
        self.report.latencies.append(time.perf_counter() - started)
        self.report.outcomes[outcome] += 1
        self.report.done += 1


def _pick(rng: random.Random) -> tuple[str, bool]:
    fault, _, must_succeed = rng.choices(FAULT_MIX, weights=[weight for _, weight, _ in FAULT_MIX])[0]
    return fault, must_succeed


def _records(store: Any, ids: list[str]) -> dict[str, Any]:
    return {key: record for key in ids if (record := store.get(key)) is not None}


async def drive(urls: dict[str, str], stores: dict[str, Any], args: argparse.Namespace, report: Report) -> None:
    # Imported here: the clients are the system under test (from generated/), and the mock never imports them.
    put_packages_on_path()
    from coalesce_client import AsyncCoalesceClient
    from synq_client import AsyncSynqClient

    limits = {"limits": httpx.Limits(max_connections=args.tasks * 2)}
    async with (
        AsyncSynqClient(TOKEN, base_url=urls["synq"], timeout=10.0, httpx_args=limits) as synq,
        AsyncCoalesceClient(TOKEN, base_url=urls["coalesce"], timeout=10.0, httpx_args=limits) as coalesce,
    ):
        driver = Driver(synq, coalesce, stores, report)

        async def task(number: int) -> None:
            rng = random.Random(args.seed * 1_000_003 + number)
            for index in range(args.requests):
                await driver.call(rng, f"t{number}-r{index}")

        tasks = [asyncio.ensure_future(task(n)) for n in range(args.tasks)]
        _, pending = await asyncio.wait(tasks, timeout=args.duration)
        report.timed_out = bool(pending)
        for waiting in pending:
            waiting.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.gather(*pending, return_exceptions=True)


def run(args: argparse.Namespace) -> Report:
    report = Report(planned=args.tasks * args.requests)
    apps = {vendor: create_app(vendor, token=TOKEN) for vendor in VENDORS}
    stores = {vendor: app.state.service.store for vendor, app in apps.items()}
    with serve_in_background(apps["synq"]) as synq_url, serve_in_background(apps["coalesce"]) as coalesce_url:
        started = time.perf_counter()
        asyncio.run(drive({"synq": synq_url, "coalesce": coalesce_url}, stores, args, report))
        report.elapsed = time.perf_counter() - started
    report.unfinished = report.planned - report.done  # cancelled by the time bound
    return report


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m scripts.load", description=__doc__.split("\n\n")[0])
    parser.add_argument("--tasks", type=int, default=50, help="concurrent tasks (default 50)")
    parser.add_argument("--requests", type=int, default=200, help="calls per task (default 200)")
    parser.add_argument("--duration", type=float, default=300.0, help="hard time bound in seconds (default 300)")
    parser.add_argument("--seed", type=int, default=7, help="seed of the vendor/fault/ID choices (default 7)")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    args = parser.parse_args(argv)
    if args.tasks < 1 or args.requests < 1 or args.duration <= 0:
        parser.error("--tasks and --requests must be >= 1 and --duration > 0")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    report = run(args)
    summary = report.summary()
    if args.json:
        print(json.dumps(summary, indent=2))
    else:
        print(f"load: {args.tasks} tasks x {args.requests} calls, seed {args.seed}, bound {args.duration:g}s")
        for name, value in summary.items():
            print(f"  {name:<22} {value}")
    return 0 if report.lost == report.corrupted == report.unfinished == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
