"""The CI workflow users copy: actionlint accepts it (and rejects a broken copy), and it wires what the README says."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

from tests.paths import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "contract.yml"
GITLAB = ROOT / ".gitlab-ci.yml"
ACTIONLINT = Path(sys.executable).parent / "actionlint"  # pinned in pyproject.toml (dev group)


def actionlint(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(ACTIONLINT), "-no-color", str(path)], capture_output=True, text=True, check=False, timeout=60
    )


def test_actionlint_accepts_the_workflow() -> None:
    done = actionlint(WORKFLOW)
    assert done.returncode == 0, done.stdout + done.stderr


def test_actionlint_rejects_a_broken_copy(tmp_path: Path) -> None:
    broken = tmp_path / ".github" / "workflows" / "contract.yml"
    broken.parent.mkdir(parents=True)
    broken.write_text(WORKFLOW.read_text().replace("secrets.SYNQ_TOKEN", "secret.SYNQ_TOKEN"))
    done = actionlint(broken)
    assert done.returncode == 1 and 'undefined variable "secret"' in done.stdout


def steps(job: dict[str, Any]) -> str:
    return "\n".join(str(step.get("run", "")) + str(step.get("uses", "")) for step in job["steps"])


def test_the_workflow_rings_the_alarm_nightly_with_secrets() -> None:
    """(`make test` on pull requests is ci.yml's job: tests/test_workflows.py.)"""
    workflow = yaml.safe_load(WORKFLOW.read_text())
    triggers = workflow[True]  # YAML 1.1 reads the key `on` as a boolean
    assert triggers["schedule"][0]["cron"]
    alarm = workflow["jobs"]["drift-alarm"]
    assert "schedule" in alarm["if"] and "make contract-live" in steps(alarm)
    live = next(step for step in alarm["steps"] if "contract-live" in str(step.get("run")))
    assert live["env"]["SYNQ_TOKEN"] == "${{ secrets.SYNQ_TOKEN }}"
    assert live["env"]["COALESCE_TOKEN"] == "${{ secrets.COALESCE_TOKEN }}"
    upload = next(step for step in alarm["steps"] if "upload-artifact" in str(step.get("uses")))
    assert upload["if"] == "always()" and upload["with"]["path"] == "build/live/"


def test_the_gitlab_job_reports_junit() -> None:
    jobs = yaml.safe_load(GITLAB.read_text())
    assert jobs["drift-alarm"]["artifacts"]["reports"]["junit"] == "build/live/live-junit.xml"
    assert any("make contract-live" in line for line in jobs["drift-alarm"]["script"])
    assert any("make test" in line for line in jobs["test"]["script"])
