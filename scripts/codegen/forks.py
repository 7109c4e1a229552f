"""Our template overrides against the stock templates they replace (templates/FORKS.txt), and the upgrade path.

    python -m scripts.codegen.forks measure          Jinja lines of ours, and how many are copied from stock
    python -m scripts.codegen.forks save-bases DIR   before upgrading openapi-python-client: the stock bases
    python -m scripts.codegen.forks merge DIR        after upgrading: three-way merge (git merge-file) of each
                                                     override with the changes stock made since DIR, then FORKS.txt

`save-bases` checks that the installed stock templates are the ones FORKS.txt names (their sha256), so DIR holds
exactly the base of each fork. `merge` leaves conflict markers where ours and stock changed the same lines.
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import openapi_python_client

from scripts.codegen.environment import TEMPLATES

__all__ = ["FORKS", "NEW", "STOCK", "copied_lines", "forks", "measure", "merge", "save_bases", "sha256"]

FORKS = TEMPLATES / "FORKS.txt"
STOCK = Path(openapi_python_client.__file__).parent / "templates"
NEW = "new"
"""The FORKS.txt digest of a template of ours that replaces no stock template."""


def forks(path: Path = FORKS) -> dict[str, str]:
    """Each template in TEMPLATES -> the sha256 of the stock template it replaces, or NEW."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return dict(line.split() for line in lines if line.strip() and not line.startswith("#"))


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def copied_lines(ours: str, stock: str) -> int:
    """The non-blank lines of `ours` that are lines of `stock`, matched in order (difflib's longest matches)."""
    a, b = stock.splitlines(), ours.splitlines()
    blocks = difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()
    return sum(1 for block in blocks for index in range(block.a, block.a + block.size) if a[index].strip())


def measure(templates: Path = TEMPLATES, stock: Path = STOCK) -> tuple[int, int, int, int]:
    """(templates of ours, of which overrides, their Jinja lines, lines copied from the stock templates)."""
    paths = sorted(templates.rglob("*.jinja"))
    overrides = [path for path in paths if (stock / path.relative_to(templates)).is_file()]
    lines = sum(len(path.read_text(encoding="utf-8").splitlines()) for path in paths)
    copied = sum(
        copied_lines(path.read_text(encoding="utf-8"), (stock / path.relative_to(templates)).read_text("utf-8"))
        for path in overrides
    )
    return len(paths), len(overrides), lines, copied


def save_bases(destination: Path) -> None:
    """Copy the installed stock template of each fork to `destination`, after checking it is the fork's base."""
    for name, digest in forks().items():
        if digest == NEW:
            continue
        if sha256(STOCK / name) != digest:
            raise SystemExit(
                f"the installed stock {name} is not the base FORKS.txt names: save the bases before upgrading"
            )
        (destination / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(STOCK / name, destination / name)


def merge(bases: Path) -> list[str]:
    """Merge into each override what stock changed between `bases` and the installed templates; update FORKS.txt.
    Returns the overrides left with conflicts."""
    conflicts = []
    lines = []
    for line in FORKS.read_text(encoding="utf-8").splitlines(keepends=True):
        fields = line.split()
        if line.startswith("#") or len(fields) != 2 or fields[1] == NEW:
            lines.append(line)
            continue
        name, digest = fields
        if sha256(bases / name) != digest:
            raise SystemExit(f"{bases / name} is not the base FORKS.txt names for {name}")
        new = STOCK / name
        if not new.is_file():
            raise SystemExit(f"openapi-python-client no longer ships {name}: our override of it is never used")
        labels = ["-L", "ours", "-L", "stock base", "-L", "new stock"]
        files = [str(TEMPLATES / name), str(bases / name), str(new)]
        done = subprocess.run(["git", "merge-file", *labels, *files], check=False)
        if done.returncode:
            conflicts.append(name)
        lines.append(f"{name} {sha256(new)}\n")
    FORKS.write_text("".join(lines), encoding="utf-8")
    return conflicts


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.codegen.forks", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("measure")
    commands.add_parser("save-bases").add_argument("directory", type=Path)
    commands.add_parser("merge").add_argument("directory", type=Path)
    args = parser.parse_args(argv)
    if args.command == "measure":
        templates, overrides, lines, copied = measure()
        print(
            f"{templates} templates ({overrides} override stock ones): {lines} Jinja lines, {copied} copied from stock"
        )
    elif args.command == "save-bases":
        save_bases(args.directory)
        print(f"stock bases of openapi-python-client {openapi_python_client.__version__} saved in {args.directory}")
    else:
        conflicts = merge(args.directory)
        print(f"merged; conflicts in {conflicts}" if conflicts else "merged without conflicts: review `git diff`")
        return 1 if conflicts else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
