"""Both mocks pass every schemathesis check, positive and negative modes, in-process and over HTTP."""

from __future__ import annotations

from typing import Any

from scripts.mock.app import create_app

from .counting import count_case
from .schemas import TOKEN, Case, load_schema

SYNQ = load_schema("synq", app=create_app("synq", token=TOKEN))
COALESCE = load_schema("coalesce", app=create_app("coalesce", token=TOKEN))
AUTHORIZATION = {"Authorization": f"Bearer {TOKEN}"}  # explicit cases don't get the configured headers
SYNQ_HTTP = load_schema("synq")
COALESCE_HTTP = load_schema("coalesce")


@SYNQ.parametrize()
def test_synq_mock_in_process(case: Case) -> None:
    count_case("asgi", case)
    case.call_and_validate()


@COALESCE.parametrize()
def test_coalesce_mock_in_process(case: Case) -> None:
    count_case("asgi", case)
    case.call_and_validate()


@SYNQ_HTTP.parametrize()
def test_synq_mock_over_http(case: Case, synq_mock_url: str) -> None:
    count_case("uvicorn", case)
    case.call_and_validate(base_url=synq_mock_url)


@COALESCE_HTTP.parametrize()
def test_coalesce_mock_over_http(case: Case, coalesce_mock_url: str) -> None:
    count_case("uvicorn", case)
    case.call_and_validate(base_url=coalesce_mock_url)


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
