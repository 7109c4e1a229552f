"""The drift alarm against Stoplight Prism serving the effective specs: every deviation of Prism's own is
listed here with what it is, and the report names exactly those.

Prism 5.14.2's known deviations from our specs:
- it accepts any bearer token (only a missing one gets 401): `ignored_auth`, reported only when opted in;
- in static mode it answers with the schema's example whatever was asked: SYNQ's map is keyed `property1`,
  `property2` with `id: "string"`, Coalesce's run is always run 0: the semantic assertions (`known_ids`);
- its 405 for an undeclared method (TRACE, sent without credentials) has no `Allow` header: `unsupported_method`,
  opt-in, filed under the documented operation so its JUnit case fails too;
- in dynamic mode its json-schema-faker crashed on the recursive `Identifier` for most requests (58-72 %, a 500
  `application/problem+json` TypeError) while `MonitorIdentifier.monitoredId` was a bare `$ref`. Since the spec
  allows the gateway's `null` there (`oneOf: [Identifier, null]`, openapi/NOTES.md), the faker can end the recursion
  and it no longer crashes: 0 crashes in 360 requests here. It still very rarely builds a body that breaks the
  oneOf (1 in those 360): reported as `response_schema_conformance`, which is what it is.

The two Prisms (SYNQ, Coalesce) start together once for the module: a start is seconds of Node loading Prism, and
Prism keeps no state between requests. The SYNQ one also serves the dynamic run: every request of that run carries
Prism's `Prefer: dynamic=true` (what `--dynamic` sets for all), and its answers must vary (a static answer never does).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import requests

from scripts.live import pacing, runner
from scripts.live.settings import ALL_CHECKS
from tests.contract.spec_bodies import SpecDoc

from .prism import DYNAMIC, prisms
from .servers import LiveRun, answers, live_run

SYNQ_TESTED = " ".join(SpecDoc.load("synq").tested_operation())

pytestmark = pytest.mark.slow

STATIC_SYNQ = {
    ("known_ids", "$.executions"): "missing exec-001",  # the example's keys instead of the requested IDs
    ("known_ids", "$.executions.*.id"): "a different id under property1, property2",
}
STATIC_COALESCE = {("known_ids", "$.id"): "0"}
PROBES = {
    ("ignored_auth", "status"): "200 with a wrong token",
    ("unsupported_method", "header Allow"): "absent",
}
DYNAMIC_SYNQ_ALLOWED = {"response_schema_conformance"}  # the faker's rare invalid oneOf body
# Every dynamic answer is a fresh faker run over the recursive Identifier. With the bare `$ref` it crashed on 58-72 %
# of requests, so 10 requests all pass by chance with p < 0.42**10 = 2e-4; each costs ~0.1-0.5 s of Prism's CPU.
DYNAMIC_EXAMPLES = 10
SERVED = ("synq", "coalesce")


@pytest.fixture(scope="module")
def urls() -> Iterator[dict[str, str]]:
    with prisms(*SERVED) as started:
        yield dict(zip(SERVED, started, strict=True))


def asking_dynamic(monkeypatch: pytest.MonkeyPatch) -> list[requests.Response]:
    """The alarm's sessions send Prism's dynamic preference on every request; the answers, as they arrive."""
    answered: list[requests.Response] = []

    def session(pacer: pacing.Pacer) -> requests.Session:
        made = pacing.paced_session(pacer)
        made.headers.update(DYNAMIC)
        made.hooks["response"].append(lambda response, *args, **kwargs: answered.append(response))
        return made

    monkeypatch.setattr(runner, "paced_session", session)
    return answered


def actuals(result: LiveRun) -> dict[tuple[str, str], set[str]]:
    found: dict[tuple[str, str], set[str]] = {}
    for run in result.runs:
        for finding in run.findings:
            found.setdefault((finding.check, finding.path), set()).add(finding.actual)
    return found


def assert_exactly(result: LiveRun, expected: dict[tuple[str, str], str]) -> None:
    found = actuals(result)
    assert set(found) == set(expected), result.summary.read_text()
    result.assert_junit_agrees()
    for key, actual in expected.items():
        assert actual in found[key], (key, found[key])


def test_prism_static_synq_deviations_safe_then_with_probes(tmp_path: Path, urls: dict[str, str]) -> None:
    url = urls["synq"]
    safe = live_run(tmp_path / "safe", "synq", url, ("exec-001",), examples=2)
    probed = live_run(
        tmp_path / "all",
        "synq",
        url,
        ("exec-001",),
        examples=2,
        checks=frozenset(("response_schema_conformance", "known_ids", "ignored_auth", "unsupported_method")),
    )
    assert_exactly(safe, STATIC_SYNQ | {("known_ids", "$.executions"): "also property1, property2"})
    assert actuals(safe)[("known_ids", "$.executions")] == {"missing exec-001", "also property1, property2"}
    assert_exactly(probed, STATIC_SYNQ | PROBES)
    # BatchGetExecutions: 2 drawn examples and the known ID; every operation also gets 2 auth probes and a TRACE.
    assert sum(safe.runs[0].statuses[SYNQ_TESTED].values()) == 3
    assert probed.runs[0].requests - safe.runs[0].requests == (2 + 1) * len(safe.runs[0].operations)
    for result in (safe, probed):
        assert result.junit.exists() and result.summary.exists()


def test_prism_static_coalesce_deviations(tmp_path: Path, urls: dict[str, str]) -> None:
    result = live_run(tmp_path, "coalesce", urls["coalesce"], ("5",), examples=2, checks=frozenset(ALL_CHECKS))
    assert_exactly(result, STATIC_COALESCE | PROBES)


def test_prism_dynamic_no_longer_crashes_on_the_nullable_recursive_identifier(
    tmp_path: Path, urls: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    answered = asking_dynamic(monkeypatch)
    result = live_run(tmp_path, "synq", urls["synq"], examples=DYNAMIC_EXAMPLES)
    (run,) = result.runs
    assert sum(run.statuses[SYNQ_TESTED].values()) == DYNAMIC_EXAMPLES
    assert {finding.check for finding in run.findings} <= DYNAMIC_SYNQ_ALLOWED, result.summary.read_text()
    tested = [response.content for response in answered if answers(SYNQ_TESTED, label(response))]
    assert len(tested) == DYNAMIC_EXAMPLES and all(
        response.request.headers.get("Prefer") == DYNAMIC["Prefer"] for response in answered
    )
    assert len(set(tested)) > 1, tested  # Prism generated them: a static answer is the same example every time


def label(response: requests.Response) -> str:
    return f"{response.request.method} {urlsplit(str(response.request.url)).path}"
