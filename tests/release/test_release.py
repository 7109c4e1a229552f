"""`make release` in a copy of this repository: first release, idempotence, a vendor change, a dirty tree."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest
import yaml

from tests.release.repository import copy_repository, git, run

pytestmark = pytest.mark.slow
DATE = "2026-12-01"


def add_execution_type(repo: Path) -> str:
    """Append an ExecutionType value the spec does not have yet (a fresh name, whatever the vendor added since) to
    openapi/synq.yaml, after the enum's last line; return it."""
    spec = repo / "openapi" / "synq.yaml"
    text = spec.read_text(encoding="utf-8")
    names = yaml.safe_load(text)["components"]["schemas"]["ExecutionType"]["enum"]
    new = next(
        f"EXECUTION_TYPE_RELEASE_PROBE_{n}"
        for n in itertools.count()
        if f"EXECUTION_TYPE_RELEASE_PROBE_{n}" not in names
    )
    last = re.search(rf"^( +)- {names[-1]}\b.*\n", text, re.MULTILINE)
    assert last, names[-1]
    spec.write_text(
        text[: last.end()]
        + f"{last.group(1)}- {new}  # hypothetical: a vendor change for this test\n"
        + text[last.end() :],
        encoding="utf-8",
    )
    return new


def test_first_release_tags_the_version_in_version_and_a_second_run_makes_none(tmp_path: Path) -> None:
    repo = copy_repository(tmp_path / "repo")
    version = (repo / "VERSION").read_text(encoding="utf-8").strip()
    first = run(repo, "-m", "scripts.release", "--date", DATE)
    assert first.returncode == 0, first.stderr
    assert f"released {version} (first release)" in first.stdout
    assert git(repo, "tag", "--list").split() == [f"v{version}"]
    assert git(repo, "log", "-1", "--format=%s") == f"Release {version}\n"
    assert f"## {version} — {DATE}\n\n### Notes\n\n- First release.\n" in (repo / "CHANGELOG.md").read_text()
    assert git(repo, "status", "--porcelain") == ""

    head = git(repo, "rev-parse", "HEAD")
    second = run(repo, "make", "release")
    assert second.returncode == 0, second.stderr
    assert f"nothing to release: nothing changed since v{version}" in second.stdout
    assert git(repo, "rev-parse", "HEAD") == head
    assert git(repo, "tag", "--list").split() == [f"v{version}"]


def test_a_new_execution_type_is_a_patch_release_while_0x(tmp_path: Path) -> None:
    repo = copy_repository(tmp_path / "repo")
    major, minor, patch = (repo / "VERSION").read_text(encoding="utf-8").strip().split(".")
    assert major == "0", "this test is about the 0.x rule"
    released, expected = f"{major}.{minor}.{patch}", f"{major}.{minor}.{int(patch) + 1}"
    git(repo, "tag", "--annotate", f"v{released}", "-m", f"Release {released}")
    new_type = add_execution_type(repo)
    assert run(repo, "-m", "scripts.generate").returncode == 0
    gate = run(repo, "-m", "scripts.release.gate", "--base", f"v{released}", "--changelog", "CHANGELOG.md")
    assert gate.returncode == 0, gate.stdout + gate.stderr
    changelog = repo / "CHANGELOG.md"
    gated = changelog.read_text(encoding="utf-8")
    assert "- **warning** `response-property-enum-value-added`" in gated.split("## Unreleased", 1)[1]
    reviewed = "### Notes\n\n- Reviewed: no code change needed.\n\n"  # the runbook's review step adds a note
    changelog.write_text(gated.replace("## Unreleased\n\n", "## Unreleased\n\n" + reviewed, 1), encoding="utf-8")
    git(repo, "add", "-A")  # with the CHANGELOG.md the gate has just modified
    git(repo, "commit", "-q", "-m", f"SYNQ adds {new_type}")

    done = run(repo, "-m", "scripts.release", "--date", DATE)

    assert done.returncode == 0, done.stderr
    assert f"released {expected} (minor-level changes since v{released}, one place lower while 0.x)" in done.stdout
    assert (repo / "VERSION").read_text() == f"{expected}\n"
    for package in ("synq_client", "coalesce_client"):
        version_line = (repo / "generated" / package / "_version.py").read_text().split("\n")[1]
        assert version_line == f'__version__ = "{expected}"'
    text = changelog.read_text(encoding="utf-8")
    section = text.split(f"## {expected} — {DATE}\n", 1)[1].split("\n## ", 1)[0]
    assert "## Unreleased" not in text, "the gate's running entry became the release"
    assert "### Notes\n\n- Reviewed: no code change needed." in section, "the reviewer's note was lost"
    assert not re.search(r"- \*\*(breaking|warning|info)\*\* `", section), "the gate's running bullets stayed"
    assert section.startswith("\n### Warning\n\n- synq: `response-property-enum-value-added`: added the enum value")
    assert f"'{new_type}'" in section and "### Breaking" not in section
    info = section.split("### Info\n\n", 1)[1].split("\n### ", 1)[0]  # the spec's info lines come first, if any
    assert "\n- synq_client (Python API): `python-object-added`: added synq_client.models." in "\n" + info
    assert git(repo, "tag", "--list").split() == [f"v{released}", f"v{expected}"]
    assert f"Release {expected}" in git(repo, "tag", "--list", "--format=%(contents)", f"v{expected}")
    assert git(repo, "status", "--porcelain") == ""
    assert run(repo, "-m", "scripts.release").stdout.startswith("nothing to release")


def test_uncommitted_changes_are_refused(tmp_path: Path) -> None:
    repo = copy_repository(tmp_path / "repo")
    (repo / "openapi" / "synq.yaml").write_text("changed\n", encoding="utf-8")
    done = run(repo, "-m", "scripts.release")
    assert done.returncode == 1
    assert "uncommitted changes; commit or stash them first:\n  openapi/synq.yaml" in done.stderr
    assert git(repo, "tag", "--list") == ""
