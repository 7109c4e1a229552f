"""Servers for the live-mode tests: the real mock, served by uvicorn on 127.0.0.1, with every request counted."""

from __future__ import annotations

import contextlib
import copy
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Receive, Scope, Send

from scripts.live import report, runner
from scripts.live.settings import Settings, Target
from scripts.live.verdict import Verdict, verdict
from scripts.mock.serving import serve_in_background
from tests.contract.schemas import TOKEN

FAST = 200.0  # requests per second: the tests that do not measure the rate limit should not wait for it


@dataclass
class Counting:
    """ASGI middleware: the arrival time of every request, taken at the server; optionally a 429 from request n on."""

    app: ASGIApp
    throttle_from: int | None = None
    arrivals: list[float] = field(default_factory=list)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        self.arrivals.append(time.monotonic())
        if self.throttle_from is not None and len(self.arrivals) >= self.throttle_from:
            await JSONResponse({"code": 8, "message": "slow down"}, status_code=429, headers={"Retry-After": "30"})(
                scope, receive, send
            )
            return
        await self.app(scope, receive, send)


@dataclass
class LiveRun:
    runs: list[runner.VendorRun]
    junit: Path
    summary: Path
    verdict: Verdict

    def found(self) -> set[tuple[str, str]]:
        return {(finding.check, finding.path) for run in self.runs for finding in run.findings}


def live_run(
    tmp_path: Path, vendor: str, base_url: str, known_ids: tuple[str, ...] = (), *, token: str = TOKEN, **options: Any
) -> LiveRun:
    """A live run of one vendor with these settings (fast and small unless told), reports written under tmp_path."""
    options.setdefault("rate", FAST)
    options.setdefault("examples", 5)
    target = Target(vendor=vendor, base_url=base_url, token=token, known_ids=known_ids)
    settings = Settings(
        targets=(target,), report_dir=tmp_path / "reports", recorded_dir=tmp_path / "recorded", **options
    )
    runs = runner.run(settings)
    junit, summary = report.write(runs, settings.report_dir, settings.min_answers)
    return LiveRun(runs, junit, summary, verdict(runs, settings.min_answers))


@contextlib.contextmanager
def served(app: ASGIApp, **counting: Any) -> Iterator[tuple[str, Counting]]:
    counted = Counting(app, **counting)
    with serve_in_background(counted) as url:
        yield url, counted


def edited(document: dict[str, Any], edit: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    copied = copy.deepcopy(document)
    edit(copied)
    return copied
