"""Description, summary and `deprecated` edits.

A description that changes while the schema it documents keeps a constraint (enum, bounds, pattern)
is a warning: vendors often document a limit in prose before or instead of changing the keyword,
so the prose may announce a constraint change the spec does not (yet) carry.
"""

from __future__ import annotations

from scripts.spec.document import pointer
from scripts.spec_diff.document import Node
from scripts.spec_diff.shape import constraints
from scripts.spec_diff.walk import Walk


def compare_descriptions(
    walk: Walk,
    old: Node,
    new: Node,
    location: str,
    label: str,
    old_schema: Node | None = None,
    new_schema: Node | None = None,
) -> None:
    for key in ("summary", "description"):
        before, after = old.get(key), new.get(key)
        if before == after:
            continue
        rule = "description-changed"
        if old_schema is not None and new_schema is not None:
            kept = constraints(old_schema)
            if kept and kept == constraints(new_schema):
                rule = "constraint-description-changed"
        verb = "added" if before is None else "removed" if after is None else "changed"
        message = f"{key} of {label} {verb}"
        if rule == "constraint-description-changed":
            message += (
                f" while its constraints ({', '.join(constraints(new_schema or {}))}) did not change: check the prose"
            )
        walk.emit(rule, location + pointer(key), message)


def compare_deprecation(walk: Walk, old: Node, new: Node, location: str, prefix: str, label: str) -> None:
    """`<prefix>deprecated` when `deprecated: true` appears, `<prefix>reactivated` when it goes."""
    was, now = old.get("deprecated") is True, new.get("deprecated") is True
    if was != now:
        verb = "deprecated" if now else "reactivated"
        walk.emit(f"{prefix}{verb}", location + pointer("deprecated"), f"{label} was {verb}")
