"""Command line of the breaking-change gate.

    python -m scripts.spec_diff OLD.yaml NEW.yaml
    python -m scripts.spec_diff --base REF [--changelog CHANGELOG.md] [--allow-breaking]

Exit status: 0 no breaking change (or breaking changes allowed), 1 breaking changes, 2 usage or input error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

import yaml

from scripts.git import GitError
from scripts.spec.document import SpecError
from scripts.spec_diff.gate import ALLOW_ENV, SPEC, against_base, compare_files, conclude


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if (args.base is None) != (args.old is not None):
        parser.error("give either OLD NEW or --base REF")
    if args.old is not None and args.new is None:
        parser.error("NEW is required with OLD")
    try:
        comparisons = (
            against_base(args.base) if args.base is not None else [compare_files(Path(args.old), Path(args.new))]
        )
    except (GitError, SpecError, yaml.YAMLError, OSError) as error:
        print(f"spec_diff: {error}", file=sys.stderr)
        return 2
    return conclude(comparisons, args.changelog, args.allow_breaking, prog="spec_diff")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m scripts.spec_diff", description="Breaking-change gate for the effective OpenAPI specs."
    )
    parser.add_argument("old", nargs="?", help="the earlier spec (YAML or JSON)")
    parser.add_argument("new", nargs="?", help="the later spec")
    parser.add_argument(
        "--base", metavar="REF", help=f"compare {SPEC.format(vendor='<vendor>')} at git REF with the working tree"
    )
    parser.add_argument("--changelog", type=Path, metavar="FILE", help="add the changes under '## Unreleased' in FILE")
    parser.add_argument(
        "--allow-breaking", action="store_true", help=f"exit 0 even with breaking changes (also {ALLOW_ENV}=1)"
    )
    return parser
