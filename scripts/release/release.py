"""`make release`: the next version from the changes since the last release tag, written, committed and tagged.

    python -m scripts.release [--date YYYY-MM-DD]

It refuses a working tree with uncommitted changes (CHANGELOG.md aside, which the gate writes), and does nothing
when nothing changed since the last tag, so running it twice makes one release. Without a tag, the version in
VERSION is the first release.
"""

from __future__ import annotations

import argparse
import datetime
import sys
from collections.abc import Sequence
from pathlib import Path

from scripts.git import differs_from, dirty_paths, git, last_release_tag
from scripts.paths import ROOT
from scripts.release.gate import INPUT_ERRORS, changes_since
from scripts.release.version import Bump, bump_for, next_version, parse
from scripts.spec_diff import changelog, report
from scripts.spec_diff.gate import Comparison, print_tables
from scripts.spec_diff.model import Level

CHANGELOG = "CHANGELOG.md"
RELEASED = ("VERSION", CHANGELOG, "generated")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.release", description=__doc__.split("\n\n")[0])
    parser.add_argument("--date", type=datetime.date.fromisoformat, help="release date (default: today, UTC)")
    args = parser.parse_args(argv)
    try:
        return release(ROOT, args.date or datetime.datetime.now(datetime.UTC).date())
    except (*INPUT_ERRORS, ValueError) as error:
        print(f"release: {error}", file=sys.stderr)
        return 2


def release(root: Path, date: datetime.date) -> int:
    dirty = [path for path in dirty_paths(root) if path != CHANGELOG]
    if dirty:
        listed = "\n  ".join(dirty)
        print(
            f"release: the working tree has uncommitted changes; commit or stash them first:\n  {listed}",
            file=sys.stderr,
        )
        return 1
    tag = last_release_tag(root)
    if tag is None:
        version, bump, comparisons = (root / "VERSION").read_text(encoding="utf-8").strip(), None, []
        parse(version)
    elif not differs_from(tag, root, CHANGELOG):
        print(f"nothing to release: nothing changed since {tag}")
        return 0
    else:
        comparisons = changes_since(tag)
        print_tables(comparisons)
        bump = bump_for(change for comparison in comparisons for change in comparison.changes)
        version = next_version(tag.removeprefix("v"), bump)
    if git(root, "tag", "--list", f"v{version}").strip():
        print(f"release: the tag v{version} exists already", file=sys.stderr)
        return 1
    section = changelog.release(root / CHANGELOG, f"{version} — {date.isoformat()}", by_level(comparisons, tag))
    if (root / "VERSION").read_text(encoding="utf-8").strip() != version:
        (root / "VERSION").write_text(version + "\n", encoding="utf-8")
        from scripts.generate import generate_all  # here: the generator's import is most of a release that needs none

        generate_all(root / "generated")  # the packages' _version.py and the manifest carry it
    git(root, "add", "--", *RELEASED)
    git(root, "commit", "--quiet", "-m", f"Release {version}", "-m", section)
    git(root, "tag", "--annotate", f"v{version}", "-m", f"Release {version}\n\n{section}")
    why = "first release" if bump is None else f"{bump}-level changes since {tag}"
    if bump is not None and bump is not Bump.PATCH and version.startswith("0."):
        why += ", one place lower while 0.x"
    print(f"released {version} ({why}): committed {', '.join(RELEASED)} and tagged v{version}\n\n{section}")
    return 0


def by_level(comparisons: Sequence[Comparison], tag: str | None) -> dict[str, list[str]]:
    """The release's changelog subsections: one per level, each bullet naming its spec or package."""
    if tag is None:
        return {"Notes": ["- First release."]}
    sections = {
        level.value.capitalize(): [
            bullet
            for comparison in comparisons
            for bullet in report.release_markdown(comparison.name, [c for c in comparison.changes if c.level is level])
        ]
        for level in Level
    }
    if not any(sections.values()):
        return {"Notes": [f"- No change to the specs or the Python API since {tag}."]}
    return sections
