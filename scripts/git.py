"""The git questions the tools ask (the spec gate, the API gate, the release), answered for the repository at `root`.

python -m scripts.git last-tag    # the last release tag, or HEAD before the first release (the Makefile's BASE)
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

TAG_PATTERN = "v[0-9]*"
"""What a release tag looks like (`v1.2.0`): the tags `make release` writes and the gates compare with."""


class GitError(RuntimeError):
    """A git command failed: an unknown revision, or not a repository."""


def run(root: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    """`git ARGS` in `root`, its output captured and its exit status left to the caller."""
    return subprocess.run(["git", *args], cwd=root, capture_output=True, check=False)


def git(root: Path, *args: str) -> str:
    """The output of `git ARGS`, or GitError with git's message."""
    done = run(root, *args)
    if done.returncode != 0:
        raise GitError(f"git {' '.join(args)} failed: {done.stderr.decode(errors='replace').strip()}")
    return done.stdout.decode()


def repository_root(cwd: Path) -> Path:
    done = run(cwd, "rev-parse", "--show-toplevel")
    if done.returncode != 0:
        raise GitError(f"not inside a git repository: {cwd}")
    return Path(done.stdout.decode().strip())


def verify(ref: str, root: Path) -> None:
    if run(root, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}").returncode != 0:
        raise GitError(f"unknown git revision {ref!r}")


def read_at(ref: str, path: str, root: Path) -> str | None:
    """The file's text at `ref`, or None when the file does not exist there."""
    if run(root, "cat-file", "-e", f"{ref}:{path}").returncode != 0:
        return None
    return git(root, "show", f"{ref}:{path}")


def archive(ref: str, root: Path, *paths: str) -> bytes:
    """The tree at `ref` (only `paths` below it, when given) as a tar archive."""
    done = run(root, "archive", "--format=tar", ref, "--", *paths)
    if done.returncode != 0:
        raise GitError(f"git archive {ref} failed: {done.stderr.decode(errors='replace').strip()}")
    return done.stdout


def last_release_tag(root: Path) -> str | None:
    done = run(root, "describe", "--tags", "--abbrev=0", "--match", TAG_PATTERN)
    return done.stdout.decode().strip() if done.returncode == 0 else None


def dirty_paths(root: Path) -> list[str]:
    """Tracked files that differ from HEAD, and untracked files that are not ignored."""
    return [line[3:] for line in git(root, "status", "--porcelain", "--untracked-files=all").splitlines()]


def differs_from(ref: str, root: Path, *excluded: str) -> bool:
    """Whether any tracked file in the working tree differs from `ref` (leaving out `excluded`)."""
    return run(root, "diff", "--quiet", ref, "--", ".", *(f":(exclude){path}" for path in excluded)).returncode != 0


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args != ["last-tag"]:
        print("usage: python -m scripts.git last-tag", file=sys.stderr)
        return 2
    print(last_release_tag(Path.cwd()) or "HEAD")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
