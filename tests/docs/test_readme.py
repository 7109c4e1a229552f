"""Every ```python block of README.md and of the PyPI page runs against the mock server under uvicorn on 127.0.0.1.

The blocks are written as a user would write them (credentials and server from the environment), so the test sets
SYNQ_* / COALESCE_* to the mock and checks each block's printed output for the facts the prose promises.
"""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path
from typing import Any

import pytest

from scripts.mock.seeds import seed_records
from scripts.spec.model import Spec
from tests.paths import PYPI_PAGE, ROOT

from .conftest import TOKEN

README = ROOT / "README.md"
BLOCK = re.compile(r"^```python\n(.*?)^```$", re.S | re.M)


def python_blocks(document: Path = README) -> list[str]:
    return BLOCK.findall(document.read_text(encoding="utf-8"))


def example_id(block: str, document: Path = README) -> str:
    """`<section heading>` for a section's first block, `<section heading> 2` for its second, and so on."""
    text = document.read_text(encoding="utf-8")
    blocks = python_blocks(document)
    section = section_of(text, block)
    earlier = [b for b in blocks[: blocks.index(block)] if section_of(text, b) == section]
    return section if not earlier else f"{section} {len(earlier) + 1}"


def pypi_example_id(block: str) -> str:
    return example_id(block, PYPI_PAGE)


def section_of(text: str, block: str) -> str:
    headings: list[str] = re.findall(r"^## (.+)$", text[: text.index(block)], re.M)
    return headings[-1]


def batching_summary(asked: int) -> str:
    """What the Batching example prints for exec-000 .. exec-<asked - 1>: the mock has a record for each seed, and the
    seeds follow the spec (an Identifier kind more is an execution more), so the count comes from them."""
    seeded = seed_records(Spec.load("synq"))
    wanted = [f"exec-{n:03d}" for n in range(asked)]
    missing = [execution_id for execution_id in wanted if execution_id not in seeded]
    return f"{asked - len(missing)} found, {len(missing)} missing, e.g. {missing[:2]}"


# What each section's example must print: the facts its prose states about the mock's seeded data.
SYNQ_SEEDS = seed_records(Spec.load("synq"))
COALESCE_SEEDS = seed_records(Spec.load("coalesce"))
RUN_STATUS = Spec.load("coalesce").schema("/components/schemas/RunStatus")  # its marks: x-success-values, ...


def status(execution_id: str) -> str:
    return f"{execution_id} {SYNQ_SEEDS[execution_id]['status']}"


def run(run_id: int, *fields: str) -> str:
    """The mock's seeded run `run_id`: its `fields`, space-separated (the seeds follow the spec's enums)."""
    return " ".join(str(COALESCE_SEEDS[run_id][name]) for name in fields)


def started_first(count: int) -> list[int]:
    """The mock's first `count` seeded runs by start time (runs that never started are not in that order)."""
    started = [run for run in COALESCE_SEEDS.values() if "runStartTime" in run]
    return [run["id"] for run in sorted(started, key=lambda run: str(run["runStartTime"]))][:count]


README_MODEL = {"dbtCoreNode": {"integrationId": "integrationId-1", "nodeId": "nodeId-1"}}
README_JOB = {"dbtCloudNode": {"projectId": "projectId-1", "accountId": "accountId-1", "nodeId": "nodeId-1"}}
README_NEVER_RAN = {"dbtCoreNode": {"integrationId": "integrationId-1", "nodeId": "model.shop.never_ran"}}
FAILED = ["EXECUTION_STATUS_ERROR", "EXECUTION_STATUS_CRITICAL"]


def latest_seed(entity: dict[str, Any], statuses: tuple[str, ...] = ()) -> dict[str, Any] | None:
    """The mock's seed that GetLatestExecutions answers for `entity`: the latest of those that ran it."""
    runs = [
        seed
        for seed in SYNQ_SEEDS.values()
        if entity in seed.get("entities", []) and (not statuses or seed.get("status") in statuses)
    ]
    return max(runs, key=lambda seed: str(seed.get("startedAt") or seed.get("createdAt")), default=None)


def latest_lines() -> list[str]:
    """What the latest-execution example prints for the README's entities, from the seeds."""
    lines = []
    for entity in (README_MODEL, README_JOB):
        seed = latest_seed(entity)
        if seed is not None:
            lines.append(rf"^{next(iter(entity))} {seed['id']} {seed['status']}$")
    failure = latest_seed(README_JOB, tuple(FAILED))
    missing = [
        entity == README_NEVER_RAN for entity in (README_MODEL, README_JOB, README_NEVER_RAN) if not latest_seed(entity)
    ]
    last_failure = rf"^last failure of the job: {failure['id'] if failure else None}$"
    return [*lines, rf"^no execution: {re.escape(str(missing))}$", last_failure]


EXPECTED = {
    "Quick start": [
        rf"{status('exec-001')}",
        rf"{status('exec-002')}",
        r"^missing: \['no-such-id'\]$",
        rf"2 {run(2, 'runType', 'runStatus')}",
    ],
    "Quick start 2": [rf"\['exec-003'\] {run(9, 'runStatus')}"],
    "Configuration": [r"^base_url 'http://synq\.internal\.example' must use https", r"^SynqClient is closed"],
    "Errors": [
        r"^404 .*Run 424242 was not found",
        r"^vendor_message: .*Run 424242 was not found",
        r"^401 AuthenticationError False$",
        r"^401 AuthenticationError True$",
        r"^body\.executionIds must contain at least 1 item\(s\), got 0 \(minItems\)$",
    ],
    "Values the vendor adds later": [
        r"^False EXECUTION_TYPE_NEXT_MONTH 5$",
        r"^True True$",
        r"^ExecutionStatus\.unknown\(5\)$",
    ],
    "Reading responses": [r"^e1 True 123456$", r"^2026-01-15T01:30:15\.123456789Z dict_keys\(\['e1'\]\)$"],
    "Retries and timeouts": [r"^0 2\.0 \| 5 20\.0$"],
    "Batching": [re.escape(batching_summary(250))],
    "The latest execution per entity": latest_lines(),
    "Polling a Coalesce run": [
        rf"^{run(9, 'runStatus')}$",
        rf"^run 10 \({run(10, 'runType')}\) ended '{run(10, 'runStatus')}': started .*, environment ",
        rf"^still {run(13, 'runStatus')}$",
    ],
    "Paging": [
        re.escape(
            f"failed: {sorted((k for k, r in COALESCE_SEEDS.items() if r['runStatus'] == 'failed'), reverse=True)}"
        ),
        re.escape(f"first started: {started_first(3)}"),
    ],
    "Running a Coalesce job": [
        rf"^\d+ {re.escape(str(RUN_STATUS['x-success-values'][0]))}$",
        r"^run \d+ \(refresh\) ended '[^']+': started .*, job fail-nightly; failed nodes: \w+ \(.+\)$",
        r"^failed nodes: \['\w+'\]$",
        r"^started \d+$",
    ],
    "Logging": [],
    "Offline testing": [rf"^2 {run(2, 'runType', 'runStatus')}$"],
}


# The PyPI page (the wheel's long description) makes the same kind of promises to pip users.
PYPI_EXPECTED = {
    "Quick start": [
        rf"^{status('exec-001')}$",
        rf"^{status('exec-002')}$",
        r"^not found: \['no-such-id'\]$",
        rf"^9 {run(9, 'runStatus')}$",
    ],
    "Quick start 2": [rf"^\['exec-003'\] {run(2, 'runType', 'runStatus')}$"],
    "Errors": [r"^404 .*Run 424242 was not found", r"^401 synq_client\.errors$"],
    "Offline testing": [rf"^2 {run(2, 'runStatus')}$"],
}


def test_the_readme_opens_with_make_and_make_test() -> None:
    """The repository README is for people who work on the project; pip users get the PyPI page."""
    first = re.search(r"```sh\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    assert first is not None
    assert [line.partition("#")[0].strip() for line in first.group(1).splitlines()] == ["make", "make test"]


def test_every_section_with_code_is_checked() -> None:
    assert {example_id(block) for block in python_blocks()} == set(EXPECTED)
    assert {pypi_example_id(block) for block in python_blocks(PYPI_PAGE)} == set(PYPI_EXPECTED)


def run_example(block: str, document: Path, expected: list[str], caplog: pytest.LogCaptureFixture) -> None:
    """Run `block` as a user would and check that it prints every `expected` pattern and no token."""
    caplog.set_level("DEBUG")
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(block, str(document), "exec"), {"__name__": "readme_example"})
    printed = out.getvalue()
    for pattern in expected:
        assert re.search(pattern, printed, re.M), f"{pattern!r} not in output:\n{printed}"
    assert TOKEN not in printed + caplog.text


@pytest.mark.parametrize("block", python_blocks(), ids=example_id)
def test_readme_example_runs_against_the_mock(block: str, mock_env: None, caplog: pytest.LogCaptureFixture) -> None:
    section = example_id(block)
    run_example(block, README, EXPECTED[section], caplog)
    if section == "Logging":
        assert any(r.name == "synq_client" and "POST" in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize("block", python_blocks(PYPI_PAGE), ids=pypi_example_id)
def test_pypi_page_example_runs_against_the_mock(block: str, mock_env: None, caplog: pytest.LogCaptureFixture) -> None:
    run_example(block, PYPI_PAGE, PYPI_EXPECTED[pypi_example_id(block)], caplog)
