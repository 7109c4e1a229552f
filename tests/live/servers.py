"""Servers for the live-mode tests: the real mock, served by uvicorn on 127.0.0.1, with every request counted, and
made to drift: a fixed answer to every request, a delay (a slow or hanging vendor), an answer to TRACE."""

from __future__ import annotations

import asyncio
import contextlib
import copy
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from starlette.responses import JSONResponse, Response
from starlette.types import ASGIApp, Receive, Scope, Send

from scripts.live import report, runner
from scripts.live.findings import group
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
    retry_after: str | None = "30"  # on the 429s; None sends none
    arrivals: list[float] = field(default_factory=list)
    headers: list[dict[str, str]] = field(default_factory=list)  # of every request, names in lower case
    requests: list[str] = field(default_factory=list)  # "METHOD /path" of every request

    def arrivals_at(self, label: str) -> list[float]:
        """The arrivals of the requests to one operation ("GET /api/v1/runs/{runID}"): the alarm also calls every
        other operation the vendor documents."""
        return [when for when, request in zip(self.arrivals, self.requests, strict=True) if answers(label, request)]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        self.arrivals.append(time.monotonic())
        self.requests.append(f"{scope['method']} {scope['path']}")
        self.headers.append({name.decode().lower(): value.decode() for name, value in scope["headers"]})
        if self.throttle_from is not None and len(self.arrivals) >= self.throttle_from:
            headers = {"Retry-After": self.retry_after} if self.retry_after else {}
            await JSONResponse({"code": 8, "message": "slow down"}, status_code=429, headers=headers)(
                scope, receive, send
            )
            return
        await self.app(scope, receive, send)


def answers(label: str, request: str) -> bool:
    """Whether "METHOD /path" is a request to the path of the operation `label` ("GET /api/v1/runs/{runID}"), by any
    method: the alarm's probes of an operation use others."""
    pattern = re.sub(r"\\\{[^/]*?\\\}", "[^/]+", re.escape(label.split(" ", 1)[1]))
    return re.fullmatch(pattern, request.split(" ", 1)[1]) is not None


@dataclass
class Drifting:
    """ASGI middleware: a vendor that drifted. `fixed` answers every request (`fixed_from` on), `delay` seconds pass
    before each answer from request `delay_from` on (bounded: a "hang" is a delay longer than the client's timeout),
    `trace` answers TRACE with that status instead of the app's 405. With `only` (an operation's label), the
    drift is in that operation alone; the vendor's other operations answer as the app does."""

    app: ASGIApp
    fixed: Response | None = None
    delay: float = 0.0
    delay_from: int = 1
    trace: int | None = None
    only: str | None = None
    seen: int = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or (
            self.only is not None and not answers(self.only, f"{scope['method']} {scope['path']}")
        ):
            await self.app(scope, receive, send)
            return
        self.seen += 1
        if self.seen >= self.delay_from:
            await asyncio.sleep(self.delay)
        if self.trace is not None and scope["method"] == "TRACE":
            await Response(b"TRACE echo", status_code=self.trace, media_type="message/http")(scope, receive, send)
        elif self.fixed is not None:
            await self.fixed(scope, receive, send)
        else:
            await self.app(scope, receive, send)


@dataclass
class LiveRun:
    runs: list[runner.VendorRun]
    junit: Path
    summary: Path
    verdict: Verdict

    def found(self) -> set[tuple[str, str]]:
        return {(finding.check, finding.path) for run in self.runs for finding in run.findings}

    def assert_junit_agrees(self) -> None:
        """Every finding of the run is in the `<failure>` of the JUnit case named for its check and operation."""
        expected = {
            (f"{item.finding.check} [{item.finding.operation}]", item.finding.path)
            for run in self.runs
            for item in group(run.findings)
        }
        assert junit_failures(self.junit) == expected


def junit_failures(junit: Path) -> set[tuple[str, str]]:
    """(case name, JSON path) of every finding in a JUnit file's `<failure>`s (lines `<operation> <path>: spec says`)."""
    found = set()
    for case in ElementTree.parse(junit).getroot().iter("testcase"):
        failure, name = case.find("failure"), case.get("name", "")
        if failure is None:
            continue
        operation = name[name.index("[") + 1 : -1]
        for line in (failure.text or "").splitlines():
            assert line.startswith(f"{operation} "), (name, line)
            found.add((name, line.removeprefix(f"{operation} ").split(": spec says ", 1)[0]))
    return found


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
