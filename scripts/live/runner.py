"""One live run: per configured vendor, the planned requests sent through the pacer, every answer checked.

Plan per operation: the semantic request for the IDs the user says exist (`known_ids`), then `examples` valid
requests drawn from the spec, then the opt-in probes. The first request doubles as the start check: no answer
or 401/403 means the run could not start, which is not drift (see `cli.py` for the exit codes).
"""

from __future__ import annotations

import contextlib
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import requests
from schemathesis import GenerationMode

from scripts.live import cases, checks, probes
from scripts.live.findings import Finding
from scripts.live.pacing import Pacer, Stopped, paced_session
from scripts.live.recording import cassette_path, recording
from scripts.live.redact import Redactor
from scripts.live.settings import Settings, Target
from scripts.spec.model import Spec

TIMEOUT = 30.0


class CouldNotStart(Exception):
    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason  # "network" or "auth"


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


def run(settings: Settings, *, clock: Any = time.monotonic, sleep: Any = time.sleep) -> list[VendorRun]:
    redactor = Redactor.with_extra(settings.secrets(), settings.redact_fields)
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
        with keeping:
            try:
                _VendorSession(settings, target, pacer, redactor, result).check_all()
            except CouldNotStart as problem:
                result.could_not_start = problem
            except Stopped:
                pass
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

    def check_all(self) -> None:
        schema = cases.load(self.target.vendor)
        checks_on = self.settings.checks
        for operation in cases.operations(schema):
            known = self._known(operation)
            drawn = cases.draw(operation, self.settings.examples)
            if "negative_data_rejection" in checks_on:
                drawn += cases.draw(operation, self.settings.examples, GenerationMode.NEGATIVE)
            for case in known:
                self._send(case, known=True)
            for case in drawn:
                self._send(case)
            planned = known + drawn
            if "ignored_auth" in checks_on and planned:
                self.result.findings += probes.auth_findings(
                    self.target.vendor, planned[0], self.target.base_url, self.session, self.redactor
                )
                self.result.checks_run[(operation.label, "ignored_auth")] += 1
            if "unsupported_method" in checks_on:
                self.result.findings += probes.method_findings(
                    self.target.vendor, operation, self.target.base_url, self.session, self.auth
                )
                self.result.checks_run[(operation.label, "unsupported_method")] += 1

    def _known(self, operation: Any) -> list[Any]:
        label, request = checks.KNOWN_REQUESTS[self.target.vendor]
        if checks.KNOWN_IDS not in self.settings.checks or not self.target.known_ids or operation.label != label:
            return []
        return [operation.Case(**request(self.target.known_ids))]

    def _send(self, case: Any, *, known: bool = False) -> None:
        first = self.pacer.sent == 0
        try:
            response = case.call(
                base_url=self.target.base_url, session=self.session, headers=self.auth, timeout=TIMEOUT
            )
        except requests.RequestException as error:
            if first:
                message = f"{self.target.vendor}: no answer from {self.result.base_url}: {type(error).__name__}"
                raise CouldNotStart("network", message) from None
            self.pacer.stop_reason = f"no answer after {self.pacer.sent} requests: {type(error).__name__}"
            raise Stopped(self.pacer.stop_reason) from None
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
        for name in ran:
            self.result.checks_run[(case.operation.label, name)] += 1
        self.result.findings += findings
