"""The command line, and `--base` against a throw-away git repository."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from scripts.spec_diff.cli import main
from tests.paths import ROOT

SYNQ = Path("generated/synq.openapi.yaml")
COALESCE = Path("generated/coalesce.openapi.yaml")


def spec(statuses: list[str], *, with_404: bool = True) -> dict[str, Any]:
    responses: dict[str, Any] = {
        "200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Run"}}}}
    }
    if with_404:
        responses["404"] = {"description": "not found"}
    return {
        "openapi": "3.1.0",
        "info": {"title": "fixture", "version": "1"},
        "paths": {"/runs/{runID}": {"get": {"operationId": "getRun", "responses": responses}}},
        "components": {
            "schemas": {
                "Run": {"type": "object", "properties": {"status": {"$ref": "#/components/schemas/Status"}}},
                "Status": {"type": "string", "enum": statuses},
            }
        },
    }


def write(path: Path, document: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")


def git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid", *args],
        cwd=repo,
        check=True,
        capture_output=True,
    )


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A git repo whose HEAD has both generated specs, with cwd inside it and ALLOW_BREAKING unset."""
    git(tmp_path, "init", "-q", "-b", "main")
    write(tmp_path / SYNQ, spec(["running", "done"]))
    write(tmp_path / COALESCE, spec(["running", "done"]))
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-q", "-m", "specs")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("ALLOW_BREAKING", raising=False)
    return tmp_path


def test_unchanged_tree_passes_and_writes_no_changelog(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--base", "HEAD", "--changelog", "CHANGELOG.md"]) == 0
    out = capsys.readouterr().out
    assert out.count("no changes") == 2
    assert not (repo / "CHANGELOG.md").exists()


def test_breaking_change_fails_and_changelog_is_written_once(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(repo / SYNQ, spec(["running", "done", "queued"], with_404=False))
    assert main(["--base", "HEAD", "--changelog", "CHANGELOG.md"]) == 1
    captured = capsys.readouterr()
    assert "response-non-success-status-removed" in captured.out
    assert "/paths/~1runs~1{runID}/get/responses/404" in captured.out
    assert "1 breaking change(s)" in captured.err
    first = (repo / "CHANGELOG.md").read_text(encoding="utf-8")
    assert first.startswith(
        "# Changelog\n\n## Unreleased\n\n### synq\n\n- **breaking** `response-non-success-status-removed`"
    )
    assert "`response-property-enum-value-added`" in first
    assert "### coalesce" not in first
    assert main(["--base", "HEAD", "--changelog", "CHANGELOG.md"]) == 1
    assert (repo / "CHANGELOG.md").read_text(encoding="utf-8") == first


def test_allow_breaking_flag_and_environment(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(repo / COALESCE, spec(["running"]))
    assert main(["--base", "HEAD"]) == 1
    assert main(["--base", "HEAD", "--allow-breaking"]) == 0
    monkeypatch.setenv("ALLOW_BREAKING", "1")
    assert main(["--base", "HEAD"]) == 0


def test_warnings_alone_pass_but_reach_the_changelog(repo: Path) -> None:
    write(repo / COALESCE, spec(["running", "done", "queued"]))
    assert main(["--base", "HEAD", "--changelog", "CHANGELOG.md"]) == 0
    text = (repo / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "### coalesce" in text and "**warning** `response-property-enum-value-added`" in text


def test_spec_absent_at_base_is_new(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    git(repo, "rm", "-q", "--cached", str(SYNQ))
    git(repo, "commit", "-q", "-m", "untrack synq")
    assert main(["--base", "HEAD", "--changelog", "CHANGELOG.md"]) == 0
    assert (
        "synq: generated/synq.openapi.yaml is absent at HEAD: new spec, nothing to compare" in capsys.readouterr().out
    )
    assert not (repo / "CHANGELOG.md").exists()


def test_spec_deleted_from_the_working_tree_removes_every_path(repo: Path) -> None:
    (repo / SYNQ).unlink()
    assert main(["--base", "HEAD", "--changelog", "CHANGELOG.md"]) == 1
    assert "`api-path-removed-without-deprecation`" in (repo / "CHANGELOG.md").read_text(encoding="utf-8")


def test_comparison_against_an_older_commit(repo: Path) -> None:
    write(repo / SYNQ, spec(["running"]))
    git(repo, "commit", "-q", "-am", "drop done")
    assert main(["--base", "HEAD"]) == 0
    assert main(["--base", "HEAD~1"]) == 1


def test_unknown_revision_is_a_usage_error(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--base", "v9.9.9"]) == 2
    assert "unknown git revision 'v9.9.9'" in capsys.readouterr().err


def test_outside_a_git_repository(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))
    assert main(["--base", "HEAD"]) == 2


def test_two_files_print_the_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path / "old.yaml", spec(["running", "done"]))
    write(tmp_path / "new.yaml", spec(["running"]))
    assert main([str(tmp_path / "old.yaml"), str(tmp_path / "new.yaml")]) == 1
    lines = capsys.readouterr().out.splitlines()
    header = next(i for i, line in enumerate(lines) if line.startswith("LEVEL"))
    assert lines[header].split() == ["LEVEL", "RULE", "LOCATION", "MESSAGE"]
    assert lines[header + 1].split()[:3] == [
        "breaking",
        "response-property-enum-value-removed",
        "/components/schemas/Status/enum",
    ]
    assert lines[header + 1].index("/components") == lines[header].index("LOCATION")
    assert lines[header + 2] == "1 change: 1 breaking, 0 warning, 0 info"


@pytest.mark.parametrize("argv", [[], ["a.yaml"], ["a.yaml", "b.yaml", "--base", "HEAD"]])
def test_usage_errors(argv: list[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 2


def test_unreadable_spec_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "bad.yaml").write_text("- just\n- a list\n", encoding="utf-8")
    assert main([str(tmp_path / "bad.yaml"), str(tmp_path / "bad.yaml")]) == 2
    assert "not an OpenAPI document" in capsys.readouterr().err


def test_runs_as_a_module(tmp_path: Path) -> None:
    write(tmp_path / "old.yaml", spec(["running"]))
    done = subprocess.run(
        [sys.executable, "-m", "scripts.spec_diff", str(tmp_path / "old.yaml"), str(tmp_path / "old.yaml")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert (done.returncode, done.stdout.splitlines()[-2]) == (0, "no changes")
