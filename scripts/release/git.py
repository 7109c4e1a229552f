"""The few git questions a release asks, answered for the repository at `root`."""

from __future__ import annotations

import subprocess
from pathlib import Path

from scripts.spec_diff.revisions import RevisionError

TAG_PATTERN = "v[0-9]*"


def git(root: Path, *args: str) -> str:
    done = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RevisionError(f"git {' '.join(args)} failed: {done.stderr.strip()}")
    return done.stdout


def last_release_tag(root: Path) -> str | None:
    done = subprocess.run(
        ["git", "describe", "--tags", "--abbrev=0", "--match", TAG_PATTERN],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
    )
    return done.stdout.strip() if done.returncode == 0 else None


def dirty_paths(root: Path) -> list[str]:
    """Tracked files that differ from HEAD, and untracked files that are not ignored."""
    return [line[3:] for line in git(root, "status", "--porcelain", "--untracked-files=all").splitlines()]


def differs_from(ref: str, root: Path, *excluded: str) -> bool:
    """Whether any tracked file in the working tree differs from `ref` (leaving out `excluded`)."""
    done = subprocess.run(
        ["git", "diff", "--quiet", ref, "--", ".", *(f":(exclude){path}" for path in excluded)],
        cwd=root,
        capture_output=True,
        check=False,
    )
    return done.returncode != 0
