"""A throw-away copy of this repository (its working tree as it is now) committed into a fresh git repo."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.paths import ROOT

IDENTITY = {
    "GIT_AUTHOR_NAME": "release test",
    "GIT_AUTHOR_EMAIL": "release@example.invalid",
    "GIT_COMMITTER_NAME": "release test",
    "GIT_COMMITTER_EMAIL": "release@example.invalid",
}
STAMP = ".venv/.installed"  # the shared venv's stamp: never let make in a copy rebuild it


def environment(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TWINE_", "ALLOW_BREAKING", "PUBLISH_"))}
    return {**env, **IDENTITY, **extra}


def git(repo: Path, *args: str) -> str:
    done = subprocess.run(["git", *args], cwd=repo, env=environment(), capture_output=True, text=True, check=True)
    return done.stdout


def copy_repository(destination: Path) -> Path:
    """Tracked and untracked-but-not-ignored files of ROOT, committed on `main`; `.venv` links to ours."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.decode()
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if source.is_file() and not source.is_symlink():
            target = destination / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    (destination / ".venv").symlink_to((ROOT / ".venv").resolve())
    git(destination, "init", "-q", "-b", "main")
    git(destination, "add", "-A")
    git(destination, "commit", "-q", "-m", "base")
    return destination


def run(repo: Path, *command: str, **env: str) -> subprocess.CompletedProcess[str]:
    """`python -m ...` with this interpreter, or `make ...` (which never rebuilds the shared venv), inside `repo`."""
    argv = (
        ["make", "--no-print-directory", "-o", STAMP, *command[1:]]
        if command[0] == "make"
        else [sys.executable, *command]
    )
    return subprocess.run(argv, cwd=repo, env=environment(**env), capture_output=True, text=True, check=False)
