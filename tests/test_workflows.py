"""The project's CI (.github/workflows/ci.yml): actionlint accepts every workflow; `make test` runs on exactly the
Python versions pyproject.toml declares; the gate runs against a pull request's base; the reference built by
`make docs` is published to GitHub Pages from main, at the address the PyPI page links to."""

from __future__ import annotations

import re
import tomllib
import urllib.parse
from typing import Any

import yaml

from tests.live.test_workflow import actionlint, steps
from tests.paths import PYPI_PAGE, ROOT

WORKFLOWS = ROOT / ".github" / "workflows"
CI = WORKFLOWS / "ci.yml"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def ci() -> dict[Any, Any]:
    workflow: dict[Any, Any] = yaml.safe_load(CI.read_text(encoding="utf-8"))
    return workflow


def test_actionlint_accepts_every_workflow() -> None:
    workflows = sorted(WORKFLOWS.glob("*.y*ml"))
    assert CI in workflows
    for workflow in workflows:
        done = actionlint(workflow)
        assert done.returncode == 0, f"{workflow.name}:\n{done.stdout}{done.stderr}"


def versions(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split("."))


def test_make_test_runs_on_every_python_the_package_declares_and_only_those() -> None:
    test = ci()["jobs"]["test"]
    matrix = sorted(test["strategy"]["matrix"]["python"], key=versions)
    declared = sorted(
        (c.rpartition(" :: ")[2] for c in PYPROJECT["classifiers"] if re.fullmatch(r".*Python :: 3\.\d+", c)),
        key=versions,
    )
    assert matrix == declared
    assert PYPROJECT["requires-python"] == f">={matrix[0]}"
    run = steps(test)
    assert "make test" in run and 'PYTHON="python${{ matrix.python }}"' in run
    setup = next(step for step in test["steps"] if "setup-python" in str(step.get("uses")))
    assert setup["with"]["python-version"].splitlines()[-1].strip() == "${{ matrix.python }}", (
        "the matrix's Python must be last"
    )
    checkout = next(step for step in test["steps"] if "checkout" in str(step.get("uses")))
    assert checkout["with"]["fetch-depth"] == 0, "without the tags every build's version starts from 0.0.0"


def test_the_gate_runs_against_the_pull_requests_base() -> None:
    workflow = ci()
    assert "pull_request" in workflow[True]  # YAML 1.1 reads the key `on` as a boolean
    gate = workflow["jobs"]["gate"]
    assert gate["if"] == "github.event_name == 'pull_request'"
    (step,) = (step for step in gate["steps"] if "make diff" in str(step.get("run")))
    assert step["run"] == 'make diff BASE="origin/$BASE_REF"'
    assert step["env"]["BASE_REF"] == "${{ github.base_ref }}"
    checkout = next(s for s in gate["steps"] if "checkout" in str(s.get("uses")))
    assert checkout["with"]["fetch-depth"] == 0


def test_the_reference_is_published_from_main_where_the_pypi_page_links() -> None:
    jobs = ci()["jobs"]
    built = next(line for line in (ROOT / "Makefile").read_text().splitlines() if "scripts.docs --out" in line)
    out = built.split("--out", 1)[1].split()[0]
    upload = next(step for step in jobs["docs"]["steps"] if "upload-pages-artifact" in str(step.get("uses")))
    assert "make docs" in steps(jobs["docs"]) and upload["with"]["path"] == out
    pages = jobs["pages"]
    assert set(pages["needs"]) == {"test", "docs"}
    assert "refs/heads/main" in pages["if"] and pages["permissions"] == {"pages": "write", "id-token": "write"}
    assert "actions/deploy-pages@" in steps(pages)

    home = urllib.parse.urlsplit(PYPROJECT["urls"]["Homepage"])
    owner, repository = home.path.strip("/").split("/")
    site = f"https://{owner}.github.io/{repository}/"
    assert home.hostname == "github.com"
    assert PYPROJECT["urls"]["Documentation"] == site
    assert f"[API reference]({site})" in PYPI_PAGE.read_text(encoding="utf-8")
