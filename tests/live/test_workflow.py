"""The CI workflow: actionlint accepts it (and rejects a broken copy), it wires what the README says, and the alarm's
job needs no more than the `live` dependency group it installs."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from importlib import metadata
from pathlib import Path
from typing import Any

import yaml
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from scripts.mock.app import create_app
from tests.contract.schemas import TOKEN
from tests.paths import ROOT

from .servers import served

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
    assert "schedule" in alarm["if"] and "python -m pip install --quiet --group live" in steps(alarm)
    live = next(step for step in alarm["steps"] if "-m scripts.live" in str(step.get("run")))
    assert live["env"]["LIVE_REPORT_DIR"] == "build/live"
    assert live["env"]["SYNQ_TOKEN"] == "${{ secrets.SYNQ_TOKEN }}"
    assert live["env"]["COALESCE_TOKEN"] == "${{ secrets.COALESCE_TOKEN }}"
    upload = next(step for step in alarm["steps"] if "upload-artifact" in str(step.get("uses")))
    assert upload["if"] == "always()" and upload["with"]["path"] == "build/live/"


def test_the_gitlab_job_reports_junit() -> None:
    jobs = yaml.safe_load(GITLAB.read_text())
    assert jobs["drift-alarm"]["artifacts"]["reports"]["junit"] == "build/live/live-junit.xml"
    assert any("python -m scripts.live" in line for line in jobs["drift-alarm"]["script"])
    assert any("--group live" in line for line in jobs["drift-alarm"]["before_script"])
    assert any("make test" in line for line in jobs["test"]["script"])


def requirement_closure(names: list[str]) -> set[str]:
    """The distributions a set of requirements installs, read from the installed metadata (markers evaluated)."""
    found: set[str] = set()
    pending = list(names)
    while pending:
        requirement = Requirement(pending.pop())
        name = canonicalize_name(requirement.name)
        if name in found or (requirement.marker and not requirement.marker.evaluate({"extra": ""})):
            continue
        found.add(name)
        pending += metadata.requires(name) or []
    return found


BLOCKING_RUN = """
import importlib.abc, sys
BLOCKED = set(sys.argv[1].split(","))
class Absent(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name.split(".")[0] in BLOCKED:
            raise ModuleNotFoundError(f"No module named {name!r} (not in the live group)", name=name)
        return None
sys.meta_path.insert(0, Absent())
from scripts.live.cli import main
raise SystemExit(main())
"""


def test_the_alarm_runs_with_only_the_live_group(tmp_path: Path) -> None:
    """The alarm's CI job installs only the `live` dependency group: a run where every other installed
    distribution cannot be imported still checks the mock and passes."""
    group = tomllib.loads((ROOT / "pyproject.toml").read_text())["dependency-groups"]["live"]
    allowed = requirement_closure(group)
    blocked = sorted(
        module
        for module, owners in metadata.packages_distributions().items()
        if not {canonicalize_name(owner) for owner in owners} & allowed and module.isidentifier()
    )
    assert {"mypy", "respx", "uvicorn"} <= set(blocked)  # the dev group is out
    env = {key: value for key, value in os.environ.items() if not key.startswith(("SYNQ_", "COALESCE_", "LIVE_"))}
    with served(create_app("coalesce", token=TOKEN)) as (url, _):
        env |= {"COALESCE_BASE_URL": url, "COALESCE_TOKEN": TOKEN, "COALESCE_RUN_ID": "2", "LIVE_RATE": "200"}
        env |= {"LIVE_EXAMPLES": "2", "LIVE_REPORT_DIR": str(tmp_path), "LIVE_RECORDED_DIR": str(tmp_path)}
        done = subprocess.run(
            [sys.executable, "-c", BLOCKING_RUN, ",".join(blocked)],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=False,
            timeout=120,
        )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.startswith("contract-live: PASS: ")
