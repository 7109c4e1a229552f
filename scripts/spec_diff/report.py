"""Rendering changes: a plain-text table for the terminal and Markdown bullets for the changelog."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from scripts.spec_diff.model import Change, Level

HEADER = ("LEVEL", "RULE", "LOCATION", "MESSAGE")


def summary(changes: Sequence[Change]) -> str:
    if not changes:
        return "no changes"
    counts = Counter(change.level for change in changes)
    parts = ", ".join(f"{counts[level]} {level}" for level in Level)
    return f"{len(changes)} change{'s' if len(changes) != 1 else ''}: {parts}"


def table(changes: Sequence[Change]) -> str:
    if not changes:
        return summary(changes)
    rows = [HEADER, *((c.level.value, c.rule, c.location, c.message) for c in changes)]
    widths = [max(len(row[column]) for row in rows) for column in range(len(HEADER) - 1)]
    lines = [
        "  ".join([*(cell.ljust(width) for cell, width in zip(row, widths, strict=False)), row[-1]]) for row in rows
    ]
    return "\n".join([*lines, summary(changes)])


def markdown(changes: Sequence[Change]) -> list[str]:
    return [f"- **{c.level}** `{c.rule}`: {c.message} (`{c.location}`)" for c in changes]


def release_markdown(name: str, changes: Sequence[Change]) -> list[str]:
    """Bullets for a release section, which groups by level: so each bullet names its spec or package instead."""
    return [f"- {name}: `{c.rule}`: {c.message} (`{c.location}`)" for c in changes]
