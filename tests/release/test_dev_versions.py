"""Versions from git (hatch-vcs, pyproject.toml [tool.hatch.version]), built for real in a copy of this repository:
before any release tag a development version below the first release, at the tag `make release` creates exactly
VERSION, and after each new commit a higher development version, so pip installs each rebuilt wheel over the last
(and `make publish` refuses it: only releases are uploaded)."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from packaging.version import Version

from scripts.release import publish
from tests.release.repository import copy_repository, git, run

pytestmark = pytest.mark.slow
NAME = "synq-coalesce-clients"


def build_wheel(repo: Path, out: Path) -> Path:
    done = run(repo, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out), ".")
    assert done.returncode == 0, done.stdout + done.stderr
    (wheel,) = out.glob("*.whl")
    return wheel


def wheel_version(wheel: Path) -> Version:
    with zipfile.ZipFile(wheel) as archive:
        (metadata,) = (name for name in archive.namelist() if name.endswith(".dist-info/METADATA"))
        line = next(line for line in archive.read(metadata).decode().splitlines() if line.startswith("Version: "))
    return Version(line.removeprefix("Version: "))


def project_version(repo: Path) -> Version:
    """The version a build would take (hatchling asks the same version source), cheaper than a build."""
    done = run(repo, "-m", "hatchling", "version")
    assert done.returncode == 0, done.stderr
    return Version(done.stdout.strip())


def commit(repo: Path, message: str) -> str:
    (repo / "CHANGELOG.md").write_text(message + "\n", encoding="utf-8")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", message)
    return git(repo, "rev-parse", "HEAD").strip()


def pip_install(python: Path, wheel: Path) -> str:
    command = [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--no-compile", str(wheel)]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    return done.stdout + done.stderr


def installed_version(python: Path) -> str:
    code = f"import importlib.metadata as m; print(m.version({NAME!r}))"
    return subprocess.run([str(python), "-c", code], capture_output=True, text=True, check=True).stdout.strip()


def test_each_commit_after_a_release_builds_a_higher_version_that_installs_over_the_last(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = copy_repository(tmp_path / "repo")
    release = (repo / "VERSION").read_text(encoding="utf-8").strip()

    untagged = project_version(repo)
    git(repo, "tag", "--annotate", f"v{release}", "-m", f"Release {release}")  # what `make release` tags
    released = project_version(repo)  # tests/release/test_publish.py builds and publishes a release wheel
    first_head = commit(repo, "a change after the release")
    first = build_wheel(repo, repo / "dist")
    second_head = commit(repo, "another change")
    second = build_wheel(repo, tmp_path / "second")

    assert untagged.is_devrelease and untagged < Version(release), "no tag yet: below the first release"
    assert str(released) == release
    assert released < wheel_version(first) < wheel_version(second)
    for wheel, head in ((first, first_head), (second, second_head)):
        version = wheel_version(wheel)
        assert version.is_devrelease and version.local is not None
        assert head.startswith(version.local.removeprefix("g")), f"{version} does not name the commit {head}"

    monkeypatch.setenv("TWINE_REPOSITORY_URL", "http://127.0.0.1:9/")  # never reached: refused before any request
    monkeypatch.setenv("TWINE_USERNAME", "user")
    monkeypatch.setenv("TWINE_PASSWORD", "password")
    with pytest.raises(publish.Refused, match="development version"):
        publish.check(repo)  # dist/ holds the development build: `make publish` uploads releases only

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, capture_output=True)
    python = venv / "bin" / "python"
    pip_install(python, first)
    assert installed_version(python) == str(wheel_version(first))
    output = pip_install(python, second)
    assert "already installed" not in output
    assert installed_version(python) == str(wheel_version(second))
