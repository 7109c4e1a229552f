"""Fail when generated/ differs from a fresh regeneration, with a unified diff and the fix."""

from __future__ import annotations

import argparse
import difflib
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from scripts.generate import _files, generate_all
from scripts.paths import ROOT

HINT = "generated/ is out of date or was edited by hand: run `make generate` and commit the result."


def tree(directory: Path) -> dict[str, bytes]:
    return {p.relative_to(directory).as_posix(): p.read_bytes() for p in _files(directory)}


def diff_trees(expected: dict[str, bytes], actual: dict[str, bytes]) -> list[str]:
    """Unified diff lines turning `actual` (the committed tree) into `expected` (a fresh regeneration)."""
    lines: list[str] = []
    for name in sorted(expected.keys() | actual.keys()):
        old, new = actual.get(name), expected.get(name)
        if old == new:
            continue
        old_lines = (old or b"").decode("utf-8", "replace").splitlines(keepends=True)
        new_lines = (new or b"").decode("utf-8", "replace").splitlines(keepends=True)
        from_name = f"a/generated/{name}" if old is not None else "/dev/null"
        to_name = f"b/generated/{name}" if new is not None else "/dev/null"
        lines += difflib.unified_diff(old_lines, new_lines, from_name, to_name)
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--generated", type=Path, default=ROOT / "generated", help="the tree to check")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="check-drift-") as tmp:
        generate_all(Path(tmp))
        lines = diff_trees(tree(Path(tmp)), tree(args.generated))
    if lines:
        sys.stdout.writelines(line if line.endswith("\n") else line + "\n" for line in lines)
        print(HINT, file=sys.stderr)
        return 1
    print("generated/ matches a fresh regeneration")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
