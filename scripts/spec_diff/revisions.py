"""Reading a file as it is at a git revision."""

from __future__ import annotations

import subprocess
from pathlib import Path


class RevisionError(RuntimeError):
    pass


def _git(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)


def repository_root(cwd: Path) -> Path:
    done = _git("rev-parse", "--show-toplevel", cwd=cwd)
    if done.returncode != 0:
        raise RevisionError(f"not inside a git repository: {cwd}")
    return Path(done.stdout.strip())


def verify(ref: str, root: Path) -> None:
    if _git("rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}", cwd=root).returncode != 0:
        raise RevisionError(f"unknown git revision {ref!r}")


def read_at(ref: str, path: str, root: Path) -> str | None:
    """The file's text at `ref`, or None when the file does not exist there."""
    if _git("cat-file", "-e", f"{ref}:{path}", cwd=root).returncode != 0:
        return None
    done = _git("show", f"{ref}:{path}", cwd=root)
    if done.returncode != 0:
        raise RevisionError(f"git show {ref}:{path} failed: {done.stderr.strip()}")
    return done.stdout
