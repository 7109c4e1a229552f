"""The checks run on every answer: schemathesis' response-side checks, the full-body schema check, and the
semantic assertions on the IDs the user says exist. Each failure becomes a `Finding`; nothing stops at the first.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any

from schemathesis.checks import CHECKS, load_all_checks
from schemathesis.core.failures import Failure, FailureGroup
from schemathesis.core.transport import Response

from scripts.live.conformance import schema_findings
from scripts.live.findings import Finding, excerpt
from scripts.live.redact import Redactor
from scripts.spec.model import OperationSpec, Spec

load_all_checks()
SCHEMATHESIS_CHECKS = (
    "not_a_server_error",
    "status_code_conformance",
    "content_type_conformance",
    "response_headers_conformance",
    "negative_data_rejection",
)
KNOWN_IDS = "known_ids"
CLIENT_ERROR = "not_a_client_error"
LATENCY = "latency_budget"
FLOW_CONTROL = (408, 429)  # "later, please": not a verdict on the request
NOT_THERE = (403, 404, 410)  # what a lookup by a path parameter may answer for someone else's or no resource


def is_valid(case: Any) -> bool:
    """A request drawn from the spec as valid (or built from it, as the known-IDs request is)."""
    return case.meta is None or not case.meta.generation.mode.is_negative


def answer_findings(
    spec: Spec, case: Any, response: Response, checks: Iterable[str], redactor: Redactor
) -> tuple[list[str], list[Finding]]:
    """(the checks that ran, what they found) for one answer."""
    vendor, label = spec.vendor, case.operation.label
    operation = next(op for op in spec.operations if op.label == label)
    names = [name for name in SCHEMATHESIS_CHECKS if name in checks]
    if is_valid(case):
        names = [name for name in names if name != "negative_data_rejection"]
    if refused_credentials(case, operation, response):
        names = [name for name in names if name != "status_code_conformance"]
    findings: list[Finding] = []
    try:
        if names:  # an empty list would mean schemathesis' defaults, probes included
            case.validate_response(response, checks=[CHECKS.get_one(name) for name in names])
    except FailureGroup as group:
        findings += [_from_failure(vendor, label, failure, response, redactor) for failure in group.exceptions]
    except Failure as failure:
        findings.append(_from_failure(vendor, label, failure, response, redactor))
    ran = list(names)
    if "status_code_conformance" in checks:
        findings += _default_only(spec, operation, response, redactor)
    if CLIENT_ERROR in checks and is_valid(case):
        ran.append(CLIENT_ERROR)
        findings += _refused(spec, operation, response, redactor)
    if "response_schema_conformance" in checks:
        ran.append("response_schema_conformance")
        shown = decoded(redactor.body(response.content))
        findings += schema_findings(spec, operation, response.status_code, response.content, shown)
    return ran, findings


def refused_credentials(case: Any, operation: OperationSpec, response: Response) -> bool:
    """A 401 to a malformed request on an operation whose security asks for a token. A negative case may break the
    credentials (in an operation with no parameters there is nothing else to break), and a vendor refuses that with
    401 whether or not the operation lists it (RFC 9110 §15.5.2): a refusal, not an undocumented status."""
    return response.status_code == 401 and operation.requires_bearer and not is_valid(case)


def _default_only(spec: Spec, operation: OperationSpec, response: Response, redactor: Redactor) -> list[Finding]:
    """A status the spec covers only with `default:` is one it never promised: schemathesis lets it pass."""
    documented = operation.response_for(response.status_code)
    if documented is None or documented.key != "default":
        return []
    listed = ", ".join(map(str, operation.documented_statuses()))
    actual = f"undocumented status {response.status_code} (only `default:` covers it)"
    example = excerpt(redactor.body(response.content).decode("utf-8", "replace"))
    return [
        Finding(spec.vendor, operation.label, "status_code_conformance", "status", f"one of {listed}", actual, example)
    ]


def refused(operation: OperationSpec, status: int) -> bool:
    """A 4xx that says a valid request is wrong: the contract moved (a renamed field, a moved route, ...).

    Not one that a lookup may answer for a resource that is not there: an operation addressed by a path parameter or
    a required query parameter (Coalesce `runStatus?runCounter=`) answering 403, 404 or 410, or, where it documents
    no 404, its documented 400 (the Coalesce scheduler's only refusal). Such answers check no body: an operation
    that only ever gets them stays below LIVE_MIN_ANSWERS, so the run is inconclusive, never a pass."""
    if not 400 <= status < 500 or status in FLOW_CONTROL:
        return False
    addressed = any(
        parameter.location == "path" or (parameter.location == "query" and parameter.required)
        for parameter in operation.parameters
    )
    statuses = operation.documented_statuses()
    not_there = (*NOT_THERE, 400) if 404 not in statuses and 400 in statuses else NOT_THERE
    return not (addressed and status in not_there)


def _refused(spec: Spec, operation: OperationSpec, response: Response, redactor: Redactor) -> list[Finding]:
    if not refused(operation, response.status_code):
        return []
    example = excerpt(redactor.body(response.content).decode("utf-8", "replace"))
    expected = "an answer, not a refusal, for a request the spec says is valid"
    return [Finding(spec.vendor, operation.label, CLIENT_ERROR, "status", expected, str(response.status_code), example)]


def latency_findings(vendor: str, label: str, seconds: float, budget: float) -> list[Finding]:
    if seconds <= budget:
        return []
    return [Finding(vendor, label, LATENCY, "time", f"an answer within {budget:g} s", f"{seconds:.1f} s")]


def decoded(body: bytes) -> Any:
    try:
        return json.loads(body)
    except ValueError:
        return None


def _from_failure(vendor: str, label: str, failure: Failure, response: Response, redactor: Redactor) -> Finding:
    check = next((name for name in getattr(failure, "checks", ()) if name in SCHEMATHESIS_CHECKS), "unknown")
    example = excerpt(redactor.body(response.content).decode("utf-8", "replace"))
    status = response.status_code
    if check == "status_code_conformance":
        expected = "a documented status: " + ", ".join(getattr(failure, "defined_status_codes", []))
        return Finding(vendor, label, check, "status", expected, str(status), example)
    if check == "content_type_conformance":
        expected = ", ".join(getattr(failure, "defined_content_types", [])) or "a documented Content-Type"
        actual = str(getattr(failure, "content_type", "")) or "none"
        return Finding(vendor, label, check, "header Content-Type", expected, actual, example)
    if check == "response_headers_conformance":
        missing = ", ".join(getattr(failure, "missing_headers", [])) or failure.title or "headers"
        return Finding(vendor, label, check, f"header {missing}", "present", "absent", example)
    if check == "not_a_server_error":
        return Finding(vendor, label, check, "status", "no 5xx for a valid request", str(status), example)
    actual = redactor.text(f"{status}: {failure.title}")
    return Finding(vendor, label, check, "status", "an error for invalid data", actual, example)


def synq_known(body: Any, ids: tuple[str, ...], status: int) -> list[tuple[str, str, str]]:
    if status != 200:
        return [("status", "200 for executions that exist", str(status))]
    found = body.get("executions") if isinstance(body, dict) else None
    if not isinstance(found, dict):
        return [("$.executions", "a map of the requested IDs", excerpt(found, 40))]
    problems = []
    missing = [key for key in ids if key not in found]
    if missing:
        problems.append(("$.executions", "every requested ID (they exist)", "missing " + ", ".join(missing)))
    extra = sorted(set(found) - set(ids))
    if extra:
        problems.append(("$.executions", "only the requested IDs", "also " + ", ".join(extra)))
    wrong = sorted(key for key, value in found.items() if isinstance(value, dict) and value.get("id", key) != key)
    if wrong:
        problems.append(("$.executions.*.id", "the map key", "a different id under " + ", ".join(wrong)))
    return problems


def coalesce_known(body: Any, ids: tuple[str, ...], status: int) -> list[tuple[str, str, str]]:
    if status != 200:
        return [("status", "200 for a run that exists", str(status))]
    run_id = body.get("id") if isinstance(body, dict) else None
    if str(run_id) != ids[0]:
        return [("$.id", f"the requested run {ids[0]}", excerpt(run_id, 40))]
    return []


KNOWN_REQUESTS: dict[str, tuple[str, Callable[[tuple[str, ...]], dict[str, Any]]]] = {
    "synq": ("POST /api/executions/v2/by-id", lambda ids: {"body": {"executionIds": list(ids[:100])}}),
    "coalesce": ("GET /api/v1/runs/{runID}", lambda ids: {"path_parameters": {"runID": int(ids[0])}}),
}
KNOWN_CHECKS = {"synq": synq_known, "coalesce": coalesce_known}
KNOWN_LOOKUPS: dict[str, dict[str, Callable[[tuple[str, ...]], dict[str, Any]]]] = {
    "synq": {},
    "coalesce": {
        "GET /api/v1/runs/{runID}/results": lambda ids: {"path_parameters": {"runID": int(ids[0])}},
        "GET /scheduler/runStatus": lambda ids: {"query": {"runCounter": int(ids[0])}},
    },
}
"""The other operations that look up the known IDs, with the request that names them: a drawn request names a random
run, which a vendor answers only with "not there" (no body to check). Their answers get every check a valid
request's does; the known-ID checks stay on KNOWN_REQUESTS' operation."""


def known_findings(spec: Spec, ids: tuple[str, ...], response: Response, redactor: Redactor) -> list[Finding]:
    label = KNOWN_REQUESTS[spec.vendor][0]
    example = excerpt(redactor.body(response.content).decode("utf-8", "replace"))
    problems = KNOWN_CHECKS[spec.vendor](decoded(response.content), ids, response.status_code)
    return [
        Finding(spec.vendor, label, KNOWN_IDS, path, expected, redactor.text(actual), example)
        for path, expected, actual in problems
    ]
