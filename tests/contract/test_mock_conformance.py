"""Both mocks pass every schemathesis check, positive and negative modes, in-process and over HTTP, for every
operation of the effective spec (parametrized from the spec, so a new operation is covered with no edit here).

In process, each operation gets the harness's whole case budget: that run covers the case space. Over HTTP the
cases are the same kind (same seed, phases and modes), so what that run adds is the transport: a real uvicorn
parsing the request line, headers and body off a socket, and the response serialised back. It gets a quarter of
the budget (a fifth of it fuzzing), the explicit cases thinned evenly over their whole list like the in-process
ones, so every kind of coverage case (methods, Content-Type probes, missing token, bad bodies) still crosses the
socket. Each HTTP case costs about twice an in-process one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from scripts.mock.app import create_app
from scripts.spec.model import Spec
from tests.mock.scratch_specs import SUMMARY_PATH, add_status_operation, add_summary_operation, scratch_spec

from .counting import count_case, count_run
from .harness import CASE_BUDGET, CHECKS, operation_labels, operation_test, run_checks
from .schemas import TOKEN, Case, load_schema

pytestmark = pytest.mark.slow

SYNQ = load_schema("synq", app=create_app("synq", token=TOKEN))
COALESCE = load_schema("coalesce", app=create_app("coalesce", token=TOKEN))
AUTHORIZATION = {"Authorization": f"Bearer {TOKEN}"}  # explicit cases don't get the configured headers
HTTP_CASE_BUDGET = CASE_BUDGET // 4
SYNQ_HTTP = load_schema("synq", max_examples=HTTP_CASE_BUDGET // 5)
COALESCE_HTTP = load_schema("coalesce", max_examples=HTTP_CASE_BUDGET // 5)


def in_process(case: Case) -> None:
    count_case("asgi", case)
    case.call_and_validate(**CHECKS)


@pytest.mark.parametrize("label", operation_labels(SYNQ))
def test_synq_mock_in_process(label: str) -> None:
    operation_test(SYNQ, label, in_process)()


@pytest.mark.parametrize("label", operation_labels(COALESCE))
def test_coalesce_mock_in_process(label: str) -> None:
    operation_test(COALESCE, label, in_process)()


def over_http(base_url: str) -> Any:
    def check(case: Case) -> None:
        count_case("uvicorn", case)
        case.call_and_validate(base_url=base_url, **CHECKS)

    return check


@pytest.mark.parametrize("label", operation_labels(SYNQ_HTTP))
def test_synq_mock_over_http(label: str, synq_mock_url: str) -> None:
    operation_test(SYNQ_HTTP, label, over_http(synq_mock_url), budget=HTTP_CASE_BUDGET)()


@pytest.mark.parametrize("label", operation_labels(COALESCE_HTTP))
def test_coalesce_mock_over_http(label: str, coalesce_mock_url: str) -> None:
    operation_test(COALESCE_HTTP, label, over_http(coalesce_mock_url), budget=HTTP_CASE_BUDGET)()


def test_a_new_operation_is_covered_within_the_case_budget(tmp_path: Path) -> None:
    """GetExecutionsSummary, added to a scratch spec, has an Identifier oneOf in its request: its coverage phase
    alone makes more than a thousand cases. It is checked with no mock or test code, in at most CASE_BUDGET."""
    path = scratch_spec("synq", tmp_path, add_summary_operation)
    schema = load_schema("synq", app=create_app("synq", token=TOKEN, spec=Spec.load("synq", path)), path=path)
    assert f"POST {SUMMARY_PATH}" in operation_labels(schema)
    run = run_checks(schema, labels=[f"POST {SUMMARY_PATH}"])  # the spec's own operations are checked above
    count_run("scratch:new-operation", run.cases)
    assert not run.failures, run.report()
    assert set(run.cases) == {f"POST {SUMMARY_PATH}"}
    assert all(count <= CASE_BUDGET for count in run.cases.values()), run.cases
    assert run.cases[f"POST {SUMMARY_PATH}"] == CASE_BUDGET  # thinned to the budget, not skipped


def test_a_secured_operation_that_lists_no_401_is_checked_with_the_refusal_it_cannot_avoid(tmp_path: Path) -> None:
    """Without the token the mock must answer 401, listed or not; every other check still applies."""
    path = scratch_spec("coalesce", tmp_path, add_status_operation)
    app = create_app("coalesce", token=TOKEN, spec=Spec.load("coalesce", path))
    run = run_checks(load_schema("coalesce", app=app, path=path), labels=["GET /api/v1/status"])
    count_run("scratch:no-401", run.cases)
    assert not run.failures, run.report()
    assert run.cases["GET /api/v1/status"]


def test_every_seeded_execution_passes_every_check() -> None:
    """Random IDs never hit the seeds; this explicit case asks for all of them (plus one unknown ID)."""
    service = SYNQ.app.state.service
    wanted = [*service.store.records, "no-such-execution"]
    assert len(wanted) <= 100
    body: dict[str, Any] = {"executionIds": wanted}
    case = SYNQ["/api/executions/v2/by-id"]["POST"].Case(body=body)
    count_case("asgi", case)
    response = case.call_and_validate(headers=AUTHORIZATION)
    assert response.status_code == 200
    assert sorted(response.json()["executions"]) == sorted(service.store.records)


def test_every_seeded_run_passes_every_check() -> None:
    service = COALESCE.app.state.service
    operation = COALESCE["/api/v1/runs/{runID}"]["GET"]
    for run_id in service.store.records:
        case = operation.Case(path_parameters={"runID": run_id})
        count_case("asgi", case)
        response = case.call_and_validate(headers=AUTHORIZATION)
        assert (response.status_code, response.json()["id"]) == (200, run_id)
