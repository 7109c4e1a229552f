"""`make gate` / `make diff`: the spec gate and the Python-API gate, in one table and one changelog entry.

    python -m scripts.release.gate --base REF [--changelog CHANGELOG.md] [--allow-breaking]

Exit status: 0 no breaking change (or breaking changes allowed), 1 breaking changes, 2 usage or input error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

import griffe
import yaml

from scripts.git import GitError, repository_root, verify
from scripts.release import api
from scripts.spec.document import SpecError
from scripts.spec_diff import gate as spec_gate
from scripts.spec_diff.gate import ALLOW_ENV, Comparison

INPUT_ERRORS = (GitError, SpecError, yaml.YAMLError, OSError, griffe.GriffeError)


def changes_since(ref: str) -> list[Comparison]:
    """The effective specs and the shipped packages at `ref` against the working tree."""
    root = repository_root(Path.cwd())
    verify(ref, root)
    return [*spec_gate.against_base(ref), *api.against_base(ref, root)]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.release.gate", description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", required=True, metavar="REF", help="the git revision to compare with")
    parser.add_argument("--changelog", type=Path, metavar="FILE", help="add the changes under '## Unreleased' in FILE")
    parser.add_argument(
        "--allow-breaking", action="store_true", help=f"exit 0 even with breaking changes (also {ALLOW_ENV}=1)"
    )
    args = parser.parse_args(argv)
    try:
        comparisons = changes_since(args.base)
    except INPUT_ERRORS as error:
        print(f"gate: {error}", file=sys.stderr)
        return 2
    return spec_gate.conclude(comparisons, args.changelog, args.allow_breaking, prog="gate")


if __name__ == "__main__":
    raise SystemExit(main())
