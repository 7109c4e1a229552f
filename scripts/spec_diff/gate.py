"""The spec gate: each vendor's effective spec against a git revision (or two spec files), one table per comparison,
the changes added to the changelog, and the exit status (1 when a breaking change is not allowed).

`python -m scripts.spec_diff` (its `cli`) runs it for the specs alone, `make gate` (`scripts/release/gate.py`) for the
specs and the Python API together.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scripts.git import read_at, repository_root, verify
from scripts.spec.document import SpecError
from scripts.spec_diff import changelog, report
from scripts.spec_diff.compare import diff_specs
from scripts.spec_diff.model import Change, Level
from scripts.vendors import VENDORS
from scripts.yaml_files import parse_yaml

SPEC = "generated/{vendor}.openapi.yaml"
ALLOW_ENV = "ALLOW_BREAKING"


@dataclass
class Comparison:
    name: str
    title: str
    changes: list[Change] = field(default_factory=list)
    compared: bool = True


def print_tables(comparisons: Sequence[Comparison]) -> None:
    for comparison in comparisons:
        print(comparison.title)
        if comparison.compared:
            print(report.table(comparison.changes))
        print()


def conclude(comparisons: Sequence[Comparison], changelog_path: Path | None, allow_breaking: bool, prog: str) -> int:
    """Print each comparison's table, add the changes to the changelog, and decide the exit status."""
    print_tables(comparisons)
    if changelog_path is not None:
        sections = {c.name: report.markdown(c.changes) for c in comparisons if c.changes}
        if sections and changelog.update(changelog_path, sections):
            print(f"updated {changelog_path} (## Unreleased)")
    breaking = sum(c.level is Level.BREAKING for comparison in comparisons for c in comparison.changes)
    if not breaking:
        return 0
    if allow_breaking or os.environ.get(ALLOW_ENV, "").strip().lower() in {"1", "true", "yes"}:
        print(f"{breaking} breaking change(s) allowed by --allow-breaking / {ALLOW_ENV}=1")
        return 0
    print(
        f"{prog}: {breaking} breaking change(s); review them, then re-run with --allow-breaking or {ALLOW_ENV}=1",
        file=sys.stderr,
    )
    return 1


def _load(text: str, origin: str) -> Any:
    document = parse_yaml(text)
    if not isinstance(document, dict):
        raise SpecError(f"{origin}: not an OpenAPI document")
    return document


def compare_files(old: Path, new: Path) -> Comparison:
    before = _load(old.read_text(encoding="utf-8"), str(old))
    after = _load(new.read_text(encoding="utf-8"), str(new))
    return Comparison(new.name, f"{old} -> {new}", diff_specs(before, after))


def against_base(ref: str) -> list[Comparison]:
    """Each vendor's effective spec at `ref` against the working tree of the repository around the cwd."""
    root = repository_root(Path.cwd())
    verify(ref, root)
    return [_vendor(vendor, ref, root) for vendor in VENDORS]


def _vendor(vendor: str, ref: str, root: Path) -> Comparison:
    path = SPEC.format(vendor=vendor)
    old_text = read_at(ref, path, root)
    current = root / path
    if old_text is None:
        state = (
            "new spec, nothing to compare" if current.exists() else "absent in the working tree too, nothing to compare"
        )
        return Comparison(vendor, f"{vendor}: {path} is absent at {ref}: {state}", compared=False)
    new_text = current.read_text(encoding="utf-8") if current.exists() else "{}"
    title = f"{vendor}: {path}, {ref} -> working tree" + ("" if current.exists() else " (deleted)")
    return Comparison(vendor, title, diff_specs(_load(old_text, f"{ref}:{path}"), _load(new_text, path)))
