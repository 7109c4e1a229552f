"""One live run: per configured vendor, the planned requests sent through the pacer, every answer checked.

Only operations without side effects are planned (`cases.operations`); the others are listed in `withheld` and the
reports, and `_send` refuses any case of one, whatever planned it.
Plan per operation: the semantic request for the IDs the user says exist (`known_ids`), the request of the last
good answer (`fixtures.py`), then `examples` valid requests drawn from the spec, then the opt-in probes. The first
request doubles as the start check: no answer or 401/403 means the run could not start, which is not drift.
What a run could not check is kept as `inconclusive` reasons (see `verdict.py`).
"""

from __future__ import annotations

import contextlib
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import requests
from schemathesis import GenerationMode
from schemathesis.core import NOT_SET

from scripts.live import cases, checks, fixtures, probes
from scripts.live.findings import Finding
from scripts.live.pacing import Pacer, Stopped, paced_session
from scripts.live.recording import cassette_path, recording
from scripts.live.redact import Redactor
from scripts.live.settings import Settings, Target
from scripts.spec.model import Spec


class CouldNotStart(Exception):
    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason  # "network" or "auth"


class SideEffectRefused(AssertionError):
    """A case of an operation with side effects reached the live sender: a bug of the alarm, never sent."""


@dataclass
class VendorRun:
    vendor: str
    base_url: str
    requests: int = 0
    seconds: float = 0.0
    checks_run: Counter[tuple[str, str]] = field(default_factory=Counter)  # (operation, check) -> answers checked
    findings: list[Finding] = field(default_factory=list)
    stop_reason: str | None = None
    could_not_start: CouldNotStart | None = None
    operations: list[str] = field(default_factory=list)  # the labels planned, in order
    statuses: dict[str, Counter[int]] = field(default_factory=dict)  # operation -> status -> answers
    unchecked: list[tuple[str, str]] = field(default_factory=list)  # (operation or "", why a check could not tell)
    withheld: list[tuple[str, str]] = field(default_factory=list)  # (operation, level): side effects, never sent

    def successes(self, operation: str) -> int:
        return sum(count for status, count in self.statuses.get(operation, Counter()).items() if 200 <= status < 300)


def run(settings: Settings, *, clock: Any = time.monotonic, sleep: Any = time.sleep) -> list[VendorRun]:
    marked = {name for target in settings.targets for name in Spec.load(target.vendor).secret_names}
    redactor = Redactor.with_extra(settings.secrets(), (*settings.redact_fields, *sorted(marked)))
    results = []
    for target in settings.targets:
        pacer = Pacer(settings.budget, settings.rate, clock=clock, sleep=sleep)
        result = VendorRun(target.vendor, redactor.text(target.base_url))
        started = time.monotonic()
        keeping = (
            recording(cassette_path(settings.recorded_dir, target.vendor), redactor)
            if settings.record
            else contextlib.nullcontext()
        )
        session = _VendorSession(settings, target, pacer, redactor, result)
        with keeping:
            try:
                session.check_all()
            except CouldNotStart as problem:
                result.could_not_start = problem
            except Stopped:
                pass
        if settings.record and session.good:
            fixtures.save(session.fixtures_file, session.kept | session.good)
        result.requests, result.stop_reason = pacer.sent, pacer.stop_reason
        result.seconds = time.monotonic() - started
        results.append(result)
    return results


class _VendorSession:
    def __init__(self, settings: Settings, target: Target, pacer: Pacer, redactor: Redactor, result: VendorRun) -> None:
        self.settings, self.target, self.pacer, self.redactor, self.result = settings, target, pacer, redactor, result
        self.session = paced_session(pacer)
        self.spec = Spec.load(target.vendor)
        self.auth = {"Authorization": f"Bearer {target.token}"}
        self.fixtures_file = fixtures.fixtures_path(settings.recorded_dir, target.vendor)
        self.kept = fixtures.load(self.fixtures_file)
        self.good: dict[str, Any] = {}  # operation -> the richest answer of this run that passed every check
        self._richest: dict[str, int] = {}

    def check_all(self) -> None:
        schema = cases.load(self.target.vendor)
        checks_on = self.settings.checks
        planned_operations = cases.operations(schema)
        self.result.operations = [operation.label for operation in planned_operations]
        self.result.withheld = cases.withheld(schema)
        for operation in planned_operations:
            self.result.statuses[operation.label] = Counter()
            known = self._known(operation)
            kept = self._kept(operation)
            drawn = cases.draw(operation, self.settings.examples)
            if "negative_data_rejection" in checks_on:
                drawn += cases.draw(operation, self.settings.examples, GenerationMode.NEGATIVE)
            for case in known:
                self._send(case, known=True)
            for case in kept:
                self._send(case, kept=self.kept[operation.label]["body"])
            for case in drawn:
                self._send(case)
            planned = known + drawn
            timeout = self.settings.timeout
            if "ignored_auth" in checks_on and planned:
                self.result.findings += probes.auth_findings(
                    self.target.vendor, planned[0], self.target.base_url, self.session, self.redactor, timeout
                )
                self.result.checks_run[(operation.label, "ignored_auth")] += 1
            if "unsupported_method" in checks_on:
                found, unclear = probes.method_findings(
                    self.target.vendor, operation, self.target.base_url, self.session, timeout
                )
                self.result.findings += found
                self.result.checks_run[(operation.label, "unsupported_method")] += 1
                if unclear:
                    self.result.unchecked.append((operation.label, f"unsupported_method: {unclear}"))

    def _kept(self, operation: Any) -> list[Any]:
        if fixtures.CHECK not in self.settings.checks or operation.label not in self.kept:
            return []
        return [operation.Case(**self.kept[operation.label]["request"])]

    def _known(self, operation: Any) -> list[Any]:
        label, request = checks.KNOWN_REQUESTS[self.target.vendor]
        if checks.KNOWN_IDS not in self.settings.checks or not self.target.known_ids or operation.label != label:
            return []
        return [operation.Case(**request(self.target.known_ids))]

    def _send(self, case: Any, *, known: bool = False, kept: Any = None) -> None:
        if not cases.side_effect_free(case.operation):
            raise SideEffectRefused(f"{case.operation.label} has side effects ({cases.level(case.operation)})")
        first = self.pacer.sent == 0
        timeout = self.settings.timeout
        try:
            response = case.call(
                base_url=self.target.base_url, session=self.session, headers=self.auth, timeout=timeout
            )
        except requests.RequestException as error:
            within = f" within {timeout:g} s (LIVE_TIMEOUT)" if isinstance(error, requests.Timeout) else ""
            if first:
                message = f"{self.target.vendor}: no answer{within} from {self.result.base_url}: {type(error).__name__}"
                raise CouldNotStart("network", message) from None
            self.pacer.stop_reason = f"no answer{within} after {self.pacer.sent} requests: {type(error).__name__}"
            raise Stopped(self.pacer.stop_reason) from None
        label = case.operation.label
        self.result.statuses[label][response.status_code] += 1
        if first and response.status_code in (401, 403):
            variable = f"{self.target.vendor.upper()}_TOKEN"
            message = f"{self.target.vendor}: {self.result.base_url} refused the token ({response.status_code}); check {variable}"
            raise CouldNotStart("auth", message)
        if response.status_code == 429 or (response.status_code == 503 and "retry-after" in response.headers):
            return  # flow control (the pacer stops, or waits): the vendor asks us to slow down, it has not drifted
        ran, findings = checks.answer_findings(self.spec, case, response, self.settings.checks, self.redactor)
        if known:
            ran.append(checks.KNOWN_IDS)
            findings += checks.known_findings(self.spec, self.target.known_ids, response, self.redactor)
        if checks.LATENCY in self.settings.checks:
            ran.append(checks.LATENCY)
            budget = self.settings.budget_for(case.operation.definition.raw.get("operationId", ""))
            findings += checks.latency_findings(self.target.vendor, label, self.pacer.last_latency, budget)
        operation = next(op for op in self.spec.operations if op.label == label)
        body = checks.decoded(response.content)
        if kept is not None and 200 <= response.status_code < 300:
            ran.append(fixtures.CHECK)
            findings += fixtures.compared(self.spec, operation, kept, response.status_code, body)
        for name in ran:
            self.result.checks_run[(label, name)] += 1
        self.result.findings += findings
        if self.settings.record and not findings and 200 <= response.status_code < 300 and checks.is_valid(case):
            self._keep(case, operation, response.status_code, body)

    def _keep(self, case: Any, operation: Any, status: int, body: Any) -> None:
        """Keep the answer with the most fields (a lookup of known IDs beats an empty map), redacted, with its request."""
        richness = len(fixtures.field_paths(self.spec, operation, status, body))
        if richness < self._richest.get(operation.label, 0):
            return
        self._richest[operation.label] = richness
        request: dict[str, Any] = {"path_parameters": case.path_parameters, "query": case.query}
        if case.body is not None and not isinstance(case.body, type(NOT_SET)):
            request |= {"body": case.body, "media_type": case.media_type}
        self.good[operation.label] = {"request": request, "body": self.redactor.data(body)}
