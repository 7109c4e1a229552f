"""The one git wrapper, on a throw-away repository: the release tag it finds (also for the Makefile's BASE), files at
a revision, and git's failures as GitError."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from scripts.git import GitError, archive, differs_from, dirty_paths, last_release_tag, read_at, repository_root, verify
from tests.paths import ROOT

IDENTITY = ("-c", "user.name=t", "-c", "user.email=t@example.invalid")


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *IDENTITY, *args], cwd=repo, capture_output=True, check=True)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    git(tmp_path, "init", "-q", "-b", "main")
    (tmp_path / "a.txt").write_text("one\n")
    git(tmp_path, "add", "a.txt")
    git(tmp_path, "commit", "-q", "-m", "first")
    return tmp_path


def last_tag_cli(cwd: Path) -> str:
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-m", "scripts.git", "last-tag"], cwd=cwd, env=environment, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_the_last_release_tag_is_the_nearest_v_tag_and_head_before_the_first(repo: Path) -> None:
    git(repo, "tag", "nightly")
    assert last_release_tag(repo) is None
    assert last_tag_cli(repo) == "HEAD"
    git(repo, "tag", "-a", "v1.0.0", "-m", "Release 1.0.0")
    (repo / "a.txt").write_text("two\n")
    git(repo, "commit", "-q", "-am", "second")
    git(repo, "tag", "latest")
    assert last_release_tag(repo) == "v1.0.0"
    assert last_tag_cli(repo) == "v1.0.0"


def test_the_makefile_base_is_the_wrappers_answer() -> None:
    done = subprocess.run(
        ["make", "--no-print-directory", "-n", "-o", ".venv/.installed", "diff"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert f"--base {last_release_tag(ROOT) or 'HEAD'}\n" in done.stdout


def test_files_and_the_tree_at_a_revision(repo: Path) -> None:
    (repo / "a.txt").write_text("changed\n")
    (repo / "new.txt").write_text("untracked\n")
    assert read_at("HEAD", "a.txt", repo) == "one\n"
    assert read_at("HEAD", "missing.txt", repo) is None
    assert sorted(dirty_paths(repo)) == ["a.txt", "new.txt"]
    assert differs_from("HEAD", repo)
    assert not differs_from("HEAD", repo, "a.txt")
    with tarfile.open(fileobj=io.BytesIO(archive("HEAD", repo))) as tar:
        assert tar.getnames() == ["a.txt"]
        assert tar.extractfile("a.txt").read() == b"one\n"  # type: ignore[union-attr]
    (repo / "sub").mkdir()
    assert repository_root(repo / "sub") == repo.resolve()


def test_git_failures_are_git_errors(repo: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    with pytest.raises(GitError, match="unknown git revision 'v9'"):
        verify("v9", repo)
    with pytest.raises(GitError, match="git archive v9 failed"):
        archive("v9", repo)
    with pytest.raises(GitError, match="not inside a git repository"):
        repository_root(tmp_path_factory.mktemp("plain"))
