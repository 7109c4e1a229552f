"""What a live run or a replay found: one `Finding` per (vendor, operation, check, JSON path, spec's promise).

The same drift seen in many answers is one finding with a count, so a new enum value in every execution of a
batch reads as one line, not a hundred.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

EXAMPLE_CHARS = 160


@dataclass(frozen=True)
class Finding:
    vendor: str
    operation: str  # "GET /api/v1/runs/{runID}"
    check: str  # a LIVE_CHECKS name
    path: str  # JSON path into the answer ("$.runStatus"), or the part of the answer ("status", "header X")
    expected: str  # what the spec says
    actual: str  # what the vendor sent
    example: str = ""  # a redacted excerpt of the answer

    @property
    def key(self) -> tuple[str, str, str, str, str]:
        return (self.vendor, self.operation, self.check, self.path, self.expected)


@dataclass(frozen=True)
class Counted:
    finding: Finding
    count: int


def group(findings: Iterable[Finding]) -> list[Counted]:
    """One entry per finding key, keeping the first example, in a stable order."""
    first: dict[tuple[str, ...], Finding] = {}
    counts: dict[tuple[str, ...], int] = {}
    for finding in findings:
        first.setdefault(finding.key, finding)
        counts[finding.key] = counts.get(finding.key, 0) + 1
    return [Counted(first[key], counts[key]) for key in sorted(first)]


def excerpt(value: Any, limit: int = EXAMPLE_CHARS) -> str:
    """Compact JSON of a value, cut to `limit` characters."""
    text = value if isinstance(value, str) else json.dumps(value, separators=(",", ":"), ensure_ascii=False)
    return text if len(text) <= limit else text[: limit - 1] + "…"
