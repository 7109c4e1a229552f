"""The Coalesce mock runs the run lifecycle: started runs progress on the mock's clock, end by their job ID, can be
canceled and re-run, report their status and have per-node results once they end.

The statuses expected are the spec's marks (`x-final-values`, `x-success-values` on `RunStatus`) plus the three the
lifecycle names by meaning (`waitingToRun`, `running`, `canceled`); every answer validates against the spec.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from scripts.mock.app import create_app
from scripts.mock.lifecycle import DEFAULT_RUNNING, DEFAULT_WAITING, FAILING_JOB_PREFIX
from scripts.mock.serving import serve_in_background
from scripts.spec.model import Spec
from scripts.spec.values import operation

from .client import AUTH, TOKEN, run_path, send
from .test_mock_responses import assert_conforms

START = ("POST", "/scheduler/startRun")
RERUN = ("POST", "/scheduler/rerun")
CANCEL = ("POST", "/scheduler/cancelRun")
STATUS = ("GET", "/scheduler/runStatus")
RESULTS = ("GET", "/api/v1/runs/{runID}/results")
GET_RUN = ("GET", "/api/v1/runs/{runID}")
T0 = 1_900_000_000.0
SECRET = "hunter2-SNOWFLAKE-secret"


class Clock:
    """The mock's clock, moved by hand."""

    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> float:
        return self.now

    def after_start(self, seconds: float) -> None:
        self.now = T0 + seconds


class Mock:
    """One fresh Coalesce mock with a manual clock, and the lifecycle's calls."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self.clock = Clock()
        self.app = create_app("coalesce", token=TOKEN, spec=spec, clock=self.clock)
        marks = spec.schema("/components/schemas/RunStatus")
        self.final, self.success = set(marks["x-final-values"]), set(marks["x-success-values"])

    def call(self, key: tuple[str, str], path: str | None = None, **kwargs: Any) -> httpx.Response:
        response = send(self.app, key[0], path or key[1], **kwargs)
        if response.status_code != 204:
            assert_conforms(self.spec, operation(self.spec, *key), response)
        return response

    def start(self, job: str = "nightly", **extra: Any) -> int:
        response = self.call(START, json={"runDetails": {"environmentID": "3", "jobID": job}, **extra})
        assert response.status_code == 200
        return int(response.json()["runCounter"])

    def run(self, run_id: int) -> dict[str, Any]:
        response = self.call(GET_RUN, run_path(run_id))
        assert response.status_code == 200
        return dict(response.json())

    def status(self, run_id: int) -> httpx.Response:
        return self.call(STATUS, params={"runCounter": run_id})

    def results(self, run_id: int) -> list[dict[str, Any]]:
        response = self.call(RESULTS, f"{run_path(run_id)}/results")
        assert response.status_code == 200
        return list(response.json()["data"])

    def cancel(self, run_id: int) -> httpx.Response:
        return self.call(CANCEL, json={"runID": run_id})

    def rerun(self, run_id: object) -> httpx.Response:
        return self.call(RERUN, json={"runDetails": {"runID": str(run_id)}})

    def ended(self) -> None:
        self.clock.after_start(DEFAULT_WAITING + DEFAULT_RUNNING)


@pytest.fixture
def mock(coalesce_spec: Spec) -> Mock:
    return Mock(coalesce_spec)


def failed_nodes(results: list[dict[str, Any]]) -> list[str]:
    return [node["name"] for node in results if any(not query["success"] for query in node["queryResults"])]


def test_a_started_run_waits_runs_and_completes_on_the_mocks_clock(mock: Mock) -> None:
    run_id = mock.start()
    assert run_id not in mock.app.state.service.store.seeded  # a new ID, after the seeds
    waiting = mock.run(run_id)
    assert (waiting["runStatus"], waiting["runType"]) == ("waitingToRun", "refresh")
    assert "runStartTime" not in waiting and "runEndTime" not in waiting
    assert str(waiting["runDetails"]["jobID"]) == "nightly"
    assert mock.status(run_id).json()["runStatus"] == "waitingToRun"

    mock.clock.after_start(DEFAULT_WAITING)
    running = mock.run(run_id)
    assert running["runStatus"] == "running" and "runStartTime" in running and "runEndTime" not in running
    assert mock.results(run_id) == []  # no results before the run ends

    mock.ended()
    done = mock.run(run_id)
    assert done["runStatus"] in mock.success and done["runEndTime"] > done["runStartTime"]
    assert mock.status(run_id).json() == {
        "runStatus": done["runStatus"],
        "runType": "refresh",
        "runLink": f"{mock.spec.document['servers'][0]['url']}/runs/{run_id}",
    }
    results = mock.results(run_id)
    assert results and failed_nodes(results) == []
    assert len({node["nodeID"] for node in results}) == len(results) == done["runDetails"]["nodesInRun"]


@pytest.mark.parametrize("job", [FAILING_JOB_PREFIX, f"{FAILING_JOB_PREFIX.upper()}-nightly"])
def test_a_job_id_starting_with_fail_ends_failed_with_a_failed_node(mock: Mock, job: str) -> None:
    run_id = mock.start(job)
    mock.ended()
    run = mock.run(run_id)
    assert run["runStatus"] in mock.final - mock.success - {"canceled"}
    results = mock.results(run_id)
    (failed,) = failed_nodes(results)
    node = next(node for node in results if node["name"] == failed)
    assert node["runState"] == "error" and node["queryResults"][0]["error"]["errorString"]
    assert results == mock.results(run_id)  # the same failure every time it is read


def test_a_seeded_run_that_failed_has_a_failed_node(mock: Mock) -> None:
    records = mock.app.state.service.store.seeded
    failures = mock.final - mock.success - {"canceled"}
    failed_runs = [run_id for run_id, run in records.items() if run["runStatus"] in failures]
    completed = [run_id for run_id, run in records.items() if run["runStatus"] in mock.success]
    assert failed_runs and completed
    for run_id in failed_runs:
        assert len(failed_nodes(mock.results(run_id))) == 1
    for run_id in completed:
        assert mock.results(run_id) and failed_nodes(mock.results(run_id)) == []


def test_cancel_ends_a_run_as_canceled_once(mock: Mock) -> None:
    run_id = mock.start()
    mock.clock.after_start(DEFAULT_WAITING + DEFAULT_RUNNING / 2)
    response = mock.cancel(run_id)
    assert (response.status_code, response.content) == (204, b"")
    mock.clock.after_start(DEFAULT_WAITING + DEFAULT_RUNNING * 10)  # long after it would have ended
    run = mock.run(run_id)
    assert (run["runStatus"], run["runDetails"]["canceled"]) == ("canceled", True)
    canceled_at = dt.datetime.fromtimestamp(T0 + DEFAULT_WAITING + DEFAULT_RUNNING / 2, dt.UTC)
    assert dt.datetime.fromisoformat(run["runEndTime"].replace("Z", "+00:00")) == canceled_at
    assert mock.results(run_id) == []
    again = mock.cancel(run_id)
    assert again.status_code == 400 and "already ended 'canceled'" in again.json()["error"]["errorString"]


def test_cancel_refuses_unknown_seeded_and_ended_runs(mock: Mock) -> None:
    seeded = mock.app.state.service.store.seeded
    unfinished = next(run_id for run_id, run in seeded.items() if run["runStatus"] not in mock.final)
    before = mock.run(unfinished)
    assert mock.cancel(unfinished).status_code == 400  # the seeds are fixed history
    assert mock.run(unfinished) == before
    assert mock.cancel(max(seeded) + 1000).status_code == 400  # cancelRun documents no 404
    ended = mock.start()
    mock.ended()
    assert mock.cancel(ended).status_code == 400


def test_rerun_of_a_failed_refresh_is_a_new_run_pointing_at_it(mock: Mock) -> None:
    failed = mock.start(FAILING_JOB_PREFIX)
    mock.ended()
    response = mock.rerun(failed)
    assert response.status_code == 200
    rerun_id = int(response.json()["runCounter"])
    assert rerun_id > failed
    rerun = mock.run(rerun_id)
    assert (str(rerun["reRunID"]), rerun["runType"]) == (str(failed), "refresh")
    assert rerun["runDetails"]["environmentID"] == mock.run(failed)["runDetails"]["environmentID"]
    mock.clock.after_start(2 * (DEFAULT_WAITING + DEFAULT_RUNNING))
    assert mock.run(rerun_id)["runStatus"] in mock.success  # a re-run completes
    assert mock.run(failed)["runStatus"] in mock.final - mock.success  # the original stays failed


def test_rerun_refuses_runs_that_did_not_fail(mock: Mock) -> None:
    completed = mock.start()
    running = mock.start()
    mock.clock.after_start(DEFAULT_WAITING + DEFAULT_RUNNING)  # the first has ended, the second not yet
    assert mock.run(completed)["runStatus"] in mock.success
    for run_id in (completed, running, "not-a-number", max(mock.app.state.service.store.seeded) + 1000):
        response = mock.rerun(run_id)
        assert response.status_code == 400, run_id


def test_a_run_status_or_results_of_an_unknown_run(mock: Mock) -> None:
    unknown = max(mock.app.state.service.store.seeded) + 1000
    assert mock.status(unknown).status_code == 400  # runStatus documents no 404
    response = mock.call(RESULTS, f"{run_path(unknown)}/results")
    assert response.status_code == 404


def test_a_run_shows_who_started_it_never_the_password(mock: Mock) -> None:
    credentials = {"snowflakeUsername": "svc", "snowflakePassword": SECRET, "snowflakeKeyPairPass": SECRET}
    run_id = mock.start(userCredentials=credentials, parameters={"target": "prod"})
    run = mock.run(run_id)
    assert run["userCredentials"]["snowflakeUsername"] == "svc"
    assert run["runTimeParameters"] == {"target": "prod"}
    mock.ended()
    seen = [mock.run(run_id), mock.results(run_id), mock.app.state.service.store.records[run_id]]
    assert SECRET not in repr(seen)


def test_started_runs_are_in_the_stores_records(mock: Mock) -> None:
    first, second = mock.start(), mock.start(FAILING_JOB_PREFIX)
    records = mock.app.state.service.store.records
    assert list(records) == sorted(records) and {first, second} <= set(records)
    assert records[second] == mock.run(second)


@pytest.fixture(scope="module")
def served(coalesce_spec: Spec) -> Iterator[tuple[str, Clock]]:
    clock = Clock()
    with serve_in_background(create_app("coalesce", token=TOKEN, spec=coalesce_spec, clock=clock)) as url:
        yield url, clock


def test_the_lifecycle_over_http(served: tuple[str, Clock]) -> None:
    url, clock = served
    with httpx.Client(base_url=url, headers=AUTH) as http:
        body = {"runDetails": {"environmentID": "3", "jobID": FAILING_JOB_PREFIX}}
        run_id = http.post("/scheduler/startRun", json=body).json()["runCounter"]
        clock.now += DEFAULT_WAITING + DEFAULT_RUNNING
        assert http.get(run_path(run_id)).json()["runStatus"] == "failed"
        assert failed_nodes(http.get(f"{run_path(run_id)}/results").json()["data"])
        rerun_id = http.post("/scheduler/rerun", json={"runDetails": {"runID": str(run_id)}}).json()["runCounter"]
        assert http.post("/scheduler/cancelRun", json={"runID": rerun_id}).status_code == 204
        assert http.get("/scheduler/runStatus", params={"runCounter": rerun_id}).json()["runStatus"] == "canceled"


LIST = ("GET", "/api/v1/runs")


def test_the_run_list_shows_started_runs_as_they_are_now_and_pages_past_them(mock: Mock) -> None:
    completes, fails = mock.start(), mock.start(FAILING_JOB_PREFIX)
    newest = {"orderBy": "id", "orderByDirection": "desc", "limit": 2}
    listed = mock.call(LIST, params=newest).json()["data"]
    assert [(run["id"], run["runStatus"]) for run in listed] == [(fails, "waitingToRun"), (completes, "waitingToRun")]
    mock.ended()
    failed = mock.run(fails)["runStatus"]
    by_status = mock.call(LIST, params={**newest, "runStatus": failed}).json()["data"]
    assert by_status[0]["id"] == fails
    after = mock.call(LIST, params={**newest, "startingFrom": fails}).json()["data"]
    assert [run["id"] for run in after][:1] == [completes]
    assert after[0]["runStatus"] in mock.success
