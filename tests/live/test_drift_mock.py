"""The drift alarm against the project's mock made to drift: the report names exactly the planted drift.

Each vendor "drifts" the way vendors do: the mock serves a widened copy of the effective spec (it seeds a record
with every enum value and Identifier kind it is given), a record loses a required field or changes a type, or a
fault breaks the body. The live run itself reads the real effective spec, so only the planted difference shows.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import pytest
from starlette.applications import Starlette

from scripts.live import cases
from scripts.live.checks import KNOWN_LOOKUPS
from scripts.mock.app import create_app
from scripts.mock.seeds import SYNQ_OPERATION, seed_records
from scripts.mock.store import SeededStore
from scripts.spec.model import Spec
from tests.contract.schemas import TOKEN
from tests.contract.spec_bodies import SpecDoc

from .servers import edited, live_run, served

LAKE_TABLE = {
    "type": "object",
    "required": ["lakeTable"],
    "properties": {"lakeTable": {"type": "object", "properties": {"table": {"type": "string"}}}},
    "additionalProperties": False,
}


def add_run_status(document: dict[str, Any]) -> None:
    document["components"]["schemas"]["RunStatus"]["enum"].append("archived")


def add_identifier_kind(document: dict[str, Any]) -> None:
    schemas = document["components"]["schemas"]
    schemas["IdentifierLakeTable"] = LAKE_TABLE
    schemas["Identifier"]["oneOf"].append({"$ref": "#/components/schemas/IdentifierLakeTable"})


@functools.cache  # the draw is derandomized: the same count for every scenario of a vendor, and seconds of hypothesis
def drawn_requests(vendor: str, examples: int = 5) -> int:
    """The valid requests a live run draws from the effective spec: `examples` per operation it checks (fewer where
    an operation's request space is smaller), however many operations the vendor documents."""
    schema = cases.load(vendor)
    return sum(len(cases.draw(operation, examples)) for operation in cases.operations(schema))


def looked_up(vendor: str, known_ids: tuple[str, ...]) -> int:
    """The other lookups of the known IDs a live run sends (one per planned operation in KNOWN_LOOKUPS)."""
    planned = {operation.label for operation in cases.operations(cases.load(vendor))}
    return len(planned & set(KNOWN_LOOKUPS[vendor])) if known_ids else 0


def archived(run: Any) -> bool:
    return bool(run.get("runStatus") == "archived")


def lake_table_entity(execution: Any) -> bool:
    return any("lakeTable" in entity for entity in execution.get("entities", []))


def widened_spec(vendor: str, edit: Any) -> Spec:
    return Spec(vendor=vendor, document=edited(Spec.load(vendor).document, edit))


def widened(vendor: str, edit: Any) -> Starlette:
    return create_app(vendor, token=TOKEN, spec=widened_spec(vendor, edit))


def first_seed_with(vendor: str, edit: Any, carries: Callable[[Any], bool]) -> tuple[str]:
    """The ID of the first seed record of the widened spec that carries the planted value (the seeds derive from
    the spec, so which record that is changes with every enum value or kind the vendor adds)."""
    records = seed_records(widened_spec(vendor, edit))
    return (next(str(key) for key, record in records.items() if carries(record)),)


def changed_run(run_id: int, change: Any) -> Starlette:
    records = seed_records(Spec.load("coalesce"))
    change(records[run_id])
    return create_app("coalesce", token=TOKEN, store=SeededStore(records))


def fault_on(vendor: str, path: str, mode: str) -> Any:
    """The mock with `X-Mock-Fault: <mode>` on every request to `path` only: drift planted in one operation."""
    app = create_app(vendor, token=TOKEN)

    async def planted(scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http" and scope["path"] == path:
            scope = {**scope, "headers": [*scope["headers"], (b"x-mock-fault", mode.encode())]}
        await app(scope, receive, send)

    return planted


# The app and the known IDs are built when the test runs: seeding a widened spec takes seconds, and every
# pytest-xdist worker collects this module.
SCENARIOS = [
    # widened spec: a run status more, which the seeds give to some run (the list of runs and the run's status show it
    # too: checked as "elsewhere" below)
    pytest.param(
        "coalesce",
        lambda: widened("coalesce", add_run_status),
        lambda: first_seed_with("coalesce", add_run_status, archived),
        {("response_schema_conformance", "$.runStatus")},
        id="new-enum-value",
    ),
    # widened spec: an Identifier kind more, which the seeds give to some execution
    pytest.param(
        "synq",
        lambda: widened("synq", add_identifier_kind),
        lambda: first_seed_with("synq", add_identifier_kind, lake_table_entity),
        {("response_schema_conformance", "$.executions.*.entities[*]")},
        id="new-identifier-kind",
    ),
    pytest.param(
        "coalesce",
        lambda: changed_run(3, lambda run: run.pop("runType")),
        lambda: ("3",),
        {("response_schema_conformance", "$.runType")},
        id="removed-field",
    ),
    pytest.param(
        "coalesce",
        lambda: changed_run(5, lambda run: run.update(version="2")),
        lambda: ("5",),
        {("response_schema_conformance", "$.version")},
        id="type-change",
    ),
    pytest.param(
        "synq",
        lambda: fault_on("synq", SYNQ_OPERATION[1], "schema-violation"),
        lambda: (),
        {("response_schema_conformance", "$.executions")},
        id="fault-schema-violation",
    ),
    pytest.param("coalesce", lambda: create_app("coalesce", token=TOKEN), lambda: ("4",), set(), id="no-drift"),
]


@pytest.mark.parametrize(("vendor", "make_app", "known", "planted"), SCENARIOS)
def test_the_report_names_exactly_the_planted_drift(
    tmp_path: Path,
    vendor: str,
    make_app: Any,
    known: Callable[[], tuple[str, ...]],
    planted: set[tuple[str, str]],
) -> None:
    known_ids = known()
    with served(make_app()) as (url, counted):
        result = live_run(tmp_path, vendor, url, known_ids)
    (run,) = result.runs
    tested = " ".join(SpecDoc.load(vendor).tested_operation())
    assert {(f.check, f.path) for f in run.findings if f.operation == tested} == planted, result.summary.read_text()
    # A fault breaks every operation's answers alike (an answer with no body gets one: a status drift); a drift
    # planted in a record shows at its operation, and in the other operations that answer the same record (the list
    # of runs, the run's status); a mock with none planted shows none anywhere.
    elsewhere = {(f.operation, f.check) for f in run.findings if f.operation != tested}
    alike = {check for check, _ in planted} | ({"status_code_conformance"} if planted else set())
    assert {check for _, check in elsewhere} <= alike, result.summary.read_text()
    assert (
        run.requests == len(counted.arrivals) == len(known_ids) + looked_up(vendor, known_ids) + drawn_requests(vendor)
    )
    summary = result.summary.read_text()
    suite = ElementTree.parse(result.junit).getroot().find("testsuite")
    assert suite is not None
    # a failed case per operation and check
    assert int(suite.get("failures", "-1")) == len({(f.operation, f.check) for f in run.findings})
    result.assert_junit_agrees()
    for _, path in planted:
        assert f"`{path}`" in summary
    if not planted:
        assert "None: every answer fit the spec." in summary


def test_one_line_per_finding_says_what_the_spec_promised_and_what_came(tmp_path: Path) -> None:
    planted_at = first_seed_with("coalesce", add_run_status, archived)
    promised = ", ".join(map(str, Spec.load("coalesce").schema("/components/schemas/RunStatus")["enum"]))
    with served(widened("coalesce", add_run_status)) as (url, _):
        result = live_run(tmp_path, "coalesce", url, planted_at)
    rows = [line for line in result.summary.read_text().splitlines() if line.startswith("| coalesce")]
    table = [[cell.strip() for cell in row.strip("|").split("|")] for row in rows]
    operations = [cells[1] for cells in table]
    assert len(operations) == len(set(operations))  # each operation that showed the status: one line, all answers
    (cells,) = [cells for cells in table if cells[1] == "GET /api/v1/runs/{runID}"]
    assert cells[:6] == [
        "coalesce",
        "GET /api/v1/runs/{runID}",
        "response_schema_conformance",
        "`$.runStatus`",
        f"one of {promised} (RunStatus)",
        "archived",
    ]
    assert cells[7] == f'`{{"id":{planted_at[0]},"runStatus":"archived"}}`'


def test_every_check_runs_and_reports_after_the_first_failure(tmp_path: Path) -> None:
    """Two drifts in one answer and a failed semantic assertion in the same run: all three reported."""
    records = seed_records(Spec.load("synq"))
    records["exec-001"] |= {"status": "EXECUTION_STATUS_PAUSED", "createdAt": 1767000000}
    app = create_app("synq", token=TOKEN, store=SeededStore(records))
    with served(app) as (url, _):
        result = live_run(tmp_path, "synq", url, ("exec-001", "exec-404"))
    assert result.found() == {
        ("response_schema_conformance", "$.executions.*.status"),
        ("response_schema_conformance", "$.executions.*.createdAt"),
        ("known_ids", "$.executions"),
    }
    assert "missing exec-404" in result.summary.read_text()
