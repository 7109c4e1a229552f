"""`make release` in a copy of this repository: first release, idempotence, a vendor change, a dirty tree."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.release.repository import copy_repository, git, run

pytestmark = pytest.mark.slow
DATE = "2026-12-01"
LAST_TYPE = "      - EXECUTION_TYPE_FABRIC_QUERY_LOG  # 2701\n"
NEW_TYPE = "      - EXECUTION_TYPE_SNOWFLAKE_TASK_RUN  # 2801 (hypothetical: a vendor change for this test)\n"


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
    git(repo, "tag", "--annotate", "v0.1.0", "-m", "Release 0.1.0")
    spec = repo / "openapi" / "synq.yaml"
    spec.write_text(spec.read_text(encoding="utf-8").replace(LAST_TYPE, LAST_TYPE + NEW_TYPE), encoding="utf-8")
    assert run(repo, "-m", "scripts.generate").returncode == 0
    gate = run(repo, "-m", "scripts.release.gate", "--base", "v0.1.0", "--changelog", "CHANGELOG.md")
    assert gate.returncode == 0, gate.stdout + gate.stderr
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "SYNQ adds EXECUTION_TYPE_SNOWFLAKE_TASK_RUN")

    done = run(repo, "-m", "scripts.release", "--date", DATE)

    assert done.returncode == 0, done.stderr
    assert "released 0.1.1 (minor-level changes since v0.1.0, one place lower while 0.x)" in done.stdout
    assert (repo / "VERSION").read_text() == "0.1.1\n"
    for package in ("synq_client", "coalesce_client"):
        assert (repo / "generated" / package / "_version.py").read_text().split("\n")[1] == '__version__ = "0.1.1"'
    changelog = (repo / "CHANGELOG.md").read_text(encoding="utf-8")
    section = changelog.split(f"## 0.1.1 — {DATE}\n", 1)[1]
    assert "## Unreleased" not in changelog, "the gate's running entry became the release"
    assert section.startswith("\n### Warning\n\n- synq: `response-property-enum-value-added`: added the enum value")
    assert "'EXECUTION_TYPE_SNOWFLAKE_TASK_RUN'" in section and "### Breaking" not in section
    assert "### Info\n\n- synq_client (Python API): `python-object-added`: added synq_client.models." in section
    assert git(repo, "tag", "--list").split() == ["v0.1.0", "v0.1.1"]
    assert "Release 0.1.1" in git(repo, "tag", "--list", "--format=%(contents)", "v0.1.1")
    assert git(repo, "status", "--porcelain") == ""
    assert run(repo, "-m", "scripts.release").stdout.startswith("nothing to release")


def test_uncommitted_changes_are_refused(tmp_path: Path) -> None:
    repo = copy_repository(tmp_path / "repo")
    (repo / "openapi" / "synq.yaml").write_text("changed\n", encoding="utf-8")
    done = run(repo, "-m", "scripts.release")
    assert done.returncode == 1
    assert "uncommitted changes; commit or stash them first:\n  openapi/synq.yaml" in done.stderr
    assert git(repo, "tag", "--list") == ""
