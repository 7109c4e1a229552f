"""Entry point of the comparison: two parsed spec documents in, the sorted list of changes out."""

from __future__ import annotations

from typing import Any

from scripts.spec_diff.document import Document, pointer
from scripts.spec_diff.model import Change
from scripts.spec_diff.operations import compare_paths
from scripts.spec_diff.security import compare_security_schemes
from scripts.spec_diff.walk import Walk


def diff_specs(old: Any, new: Any) -> list[Change]:
    walk = Walk(Document(old), Document(new))
    compare_paths(walk)
    compare_security_schemes(walk)
    _compare_schema_names(walk)
    return walk.changes()


def _compare_schema_names(walk: Walk) -> None:
    """A removed component schema takes its generated model class with it, even when nothing references it."""
    new = walk.new.section("components", "schemas")
    for name in walk.old.section("components", "schemas"):
        if name not in new:
            walk.emit(
                "api-schema-removed",
                pointer("components", "schemas", name),
                f"removed the schema {name}: its generated model class goes away",
            )
