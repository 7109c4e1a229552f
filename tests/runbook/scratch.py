"""A scratch copy of this repository's HEAD, in which a test edits `openapi/` and the fact lists the way a user
would, then runs `make`.

HEAD, not the working tree: the runbook itself leaves a user with an uncommitted vendor change (and a CHANGELOG.md
the gate wrote), and the scenarios must not start from whatever state that is. The copy is committed as the
scratch repository's HEAD, with no release tags, so the gate compares the edit against exactly HEAD. It shares
this checkout's `.venv` and `node_modules` (pyright, Prism); `make -o` keeps make from reinstalling either.
"""

from __future__ import annotations

import io
import os
import subprocess
import tarfile
from dataclasses import dataclass
from pathlib import Path

from tests.paths import ROOT
from tests.release.repository import git


@dataclass(frozen=True)
class Scratch:
    root: Path

    def make(self, *targets: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
        installed = ["-o", ".venv/.installed", "-o", "node_modules/.installed"]
        return self.run(["make", "--no-print-directory", *installed, *targets], env=env)

    def pytest(self, *arguments: str) -> subprocess.CompletedProcess[str]:
        return self.run([str(self.root / ".venv" / "bin" / "python"), "-m", "pytest", "-q", *arguments])

    def run(self, command: list[str], env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
        inherited = ("MAKE", "PYTEST_", "ALLOW_", "RUNBOOK_", "PYTHONDONTWRITEBYTECODE")
        clean = {key: value for key, value in os.environ.items() if not key.startswith(inherited)}
        return subprocess.run(
            command, cwd=self.root, env={**clean, **(env or {})}, capture_output=True, text=True, check=False
        )


def scratch_of_head(destination: Path) -> Scratch:
    """HEAD's files (`git archive`), committed on `main` in a fresh repository at `destination`."""
    archive = subprocess.run(["git", "archive", "--format=tar", "HEAD"], cwd=ROOT, capture_output=True, check=True)
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(destination, filter="data")
    for shared in (".venv", "node_modules"):
        (destination / shared).symlink_to((ROOT / shared).resolve())
    git(destination, "init", "-q", "-b", "main")
    git(destination, "add", "-A")
    git(destination, "commit", "-q", "-m", "HEAD of the checkout under test")
    return Scratch(destination)


def output(done: subprocess.CompletedProcess[str], tail: int | None = 6000) -> str:
    """The exit status and output of a step: its last `tail` characters of each stream, or all of them."""
    start = -tail if tail else 0
    return f"exit {done.returncode}\n--- stdout\n{done.stdout[start:]}\n--- stderr\n{done.stderr[start:]}"
