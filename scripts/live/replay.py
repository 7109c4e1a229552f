"""Offline replay of recorded answers against today's effective spec: what no longer fits is drift.

Spec side only (the clients' side is `tests/live/test_replay.py`): each recorded answer is matched to its
documented operation and checked for a documented status and a body that fits that status' schema.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from scripts.live.conformance import schema_findings
from scripts.live.findings import Finding, excerpt
from scripts.live.recording import CASSETTE, Recorded, cassette_path, load
from scripts.mock.routing import Router
from scripts.spec.model import Spec


def recorded_vendors(recorded_dir: Path) -> list[str]:
    return sorted(path.parent.name for path in recorded_dir.glob(f"*/{CASSETTE}"))


def answer_findings(spec: Spec, answer: Recorded) -> list[Finding]:
    path = urlsplit(answer.uri).path
    match = Router(spec.operations).match(path)
    operation = match.route.operation_for(answer.method) if match else None
    label = f"{answer.method} {path}"
    if operation is None:
        return [Finding(spec.vendor, label, "recorded_operation", "request", "a documented operation", label)]
    if operation.response_for(answer.status) is None:
        listed = ", ".join(map(str, operation.documented_statuses()))
        example = excerpt(answer.body.decode("utf-8", "replace"))
        return [
            Finding(
                spec.vendor,
                operation.label,
                "status_code_conformance",
                "status",
                f"a documented status: {listed}",
                str(answer.status),
                example,
            )
        ]
    return schema_findings(spec, operation, answer.status, answer.body)


def replay(recorded_dir: Path, vendor: str) -> tuple[int, list[Finding]]:
    """(answers replayed, findings) for one vendor's cassette."""
    spec = Spec.load(vendor)
    answers = load(cassette_path(recorded_dir, vendor))
    return len(answers), [finding for answer in answers for finding in answer_findings(spec, answer)]
