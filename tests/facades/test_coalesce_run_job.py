"""`run_job` (sync and async): start a job on the Coalesce mock, wait for it on the mock's clock, and raise
RunFailedError naming the nodes that failed. Against the mock in-process (ASGI) and over uvicorn on 127.0.0.1; the
client and the mock share one ManualClock, so the waits take no time. The failures of fetching the results, and
secret hygiene, go through respx."""

from __future__ import annotations

import asyncio
import pickle
import ssl
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import respx
from coalesce_client import AsyncCoalesceClient, CoalesceClient, RequestValidationError, RunFailedError
from coalesce_client._facade import MAX_NODES_NAMED
from coalesce_client.models.run import Run
from coalesce_client.models.run_status import RUN_STATUS_SUCCESS_VALUES
from coalesce_client.models.run_user_credentials import RunUserCredentials
from starlette.applications import Starlette
from starlette.testclient import TestClient
from synq_coalesce_core.clock import ManualClock

from scripts.mock.app import create_app
from scripts.mock.lifecycle import FAILING_JOB_PREFIX
from scripts.mock.serving import serve_in_background

pytestmark = pytest.mark.filterwarnings("ignore:Using `httpx` with `starlette.testclient`")

TOKEN = "run-job-SECRET-token-0123456789"
LOCAL = "http://127.0.0.1"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
PASSWORD = "snowflake-PASSWORD-42"
TLS = ssl.create_default_context()  # built once: loading the CA bundle per client would dominate the run time


class Target:
    """The mock (one app per module, one clock per test) reached in-process or over uvicorn, sync or async."""

    def __init__(self, app: Starlette, url: str | None, clock: ManualClock, mode: str) -> None:
        self.app, self.url, self.clock, self.mode = app, url, clock, mode

    def _sync_http(self) -> httpx.Client:
        return httpx.Client(base_url=self.url) if self.url else TestClient(self.app, base_url=LOCAL)

    def _async_http(self) -> httpx.AsyncClient:
        if self.url:
            return httpx.AsyncClient(base_url=self.url)
        return httpx.AsyncClient(transport=httpx.ASGITransport(app=self.app), base_url=LOCAL)

    def run_job(self, **kwargs: Any) -> Any:
        options: dict[str, Any] = {
            "base_url": self.url or LOCAL,
            "clock": self.clock,
            "max_retries": 0,
            "verify_ssl": TLS,
        }
        if self.mode == "sync":
            with CoalesceClient(TOKEN, http_client=self._sync_http(), **options) as client:
                return client.run_job(**kwargs)

        async def go() -> Any:
            async with AsyncCoalesceClient(TOKEN, http_client=self._async_http(), **options) as client:
                return await client.run_job(**kwargs)

        return asyncio.run(go())

    def mock_record(self, run_id: int) -> dict[str, Any]:
        return dict(self.app.state.service.store.records[run_id])

    def mock_results(self, run_id: int) -> list[dict[str, Any]]:
        with TestClient(self.app, base_url=LOCAL, headers=AUTH) as http:
            return list(http.get(f"/api/v1/runs/{run_id}/results").json()["data"])


class Switchable:
    """The mock's clock: the current test's ManualClock, which its client sleeps on (so the mock's runs move on)."""

    def __init__(self) -> None:
        self.clock = ManualClock()

    def __call__(self) -> float:
        return self.clock.time()


@pytest.fixture(scope="module")
def mock_clock() -> Switchable:
    return Switchable()


@pytest.fixture(scope="module")
def app(mock_clock: Switchable) -> Starlette:
    return create_app("coalesce", token=TOKEN, clock=mock_clock)


@pytest.fixture(scope="module")
def url(app: Starlette) -> Iterator[str]:
    with serve_in_background(app) as served:
        yield served


def make_target(request: pytest.FixtureRequest, app: Starlette, mock_clock: Switchable) -> Target:
    transport, mode = request.param.split("-")
    mock_clock.clock = ManualClock()
    served = request.getfixturevalue("url") if transport == "uvicorn" else None
    return Target(app, served, mock_clock.clock, mode)


@pytest.fixture(params=["asgi-sync", "asgi-async", "uvicorn-sync", "uvicorn-async"])
def target(request: pytest.FixtureRequest, app: Starlette, mock_clock: Switchable) -> Target:
    return make_target(request, app, mock_clock)


@pytest.fixture(params=["asgi-sync", "asgi-async"])
def in_process(request: pytest.FixtureRequest, app: Starlette, mock_clock: Switchable) -> Target:
    """For what the two transports cannot change (the main paths run over both)."""
    return make_target(request, app, mock_clock)


def failed_node_names(results: list[dict[str, Any]]) -> list[str]:
    """The nodes the mock reports with a query that did not succeed (read from the mock, not the client)."""
    return [node["name"] for node in results if any(not query["success"] for query in node["queryResults"])]


def test_run_job_starts_the_job_waits_and_returns_the_ended_run(target: Target) -> None:
    run = target.run_job(environment_id=3, job_id="nightly", poll_interval=1.0)
    assert isinstance(run, Run) and run.run_status in RUN_STATUS_SUCCESS_VALUES
    record = target.mock_record(run.id)
    assert (record["runDetails"]["environmentID"], str(record["runDetails"]["jobID"])) == ("3", "nightly")
    assert record["runStatus"] == str(run.run_status)
    assert target.clock.sleeps  # it waited, on the shared clock


def test_run_job_raises_run_failed_error_naming_the_failed_nodes(target: Target) -> None:
    with pytest.raises(RunFailedError) as raised:
        target.run_job(environment_id="3", job_id=f"{FAILING_JOB_PREFIX}-nightly", poll_interval=1.0)
    error = raised.value
    expected = failed_node_names(target.mock_results(error.run.id))
    assert expected and [node.name for node in error.failed_nodes] == expected
    assert error.run.run_status not in RUN_STATUS_SUCCESS_VALUES
    assert target.mock_record(error.run.id)["runStatus"] == str(error.run.run_status)
    for node in error.failed_nodes:
        assert node.name in str(error)
        assert node.query_results[0].error.error_string in str(error)  # type: ignore[union-attr]


def test_run_job_returns_a_failed_run_when_not_asked_to_raise(in_process: Target) -> None:
    target = in_process
    run = target.run_job(environment_id="3", job_id=FAILING_JOB_PREFIX, raise_on_failure=False, poll_interval=1.0)
    assert run.run_status not in RUN_STATUS_SUCCESS_VALUES
    assert target.mock_record(run.id)["runStatus"] == str(run.run_status)


def test_run_job_without_waiting_returns_the_new_run_id_at_once(in_process: Target) -> None:
    target = in_process
    credentials = RunUserCredentials(snowflake_username="svc", snowflake_password=PASSWORD)
    run_id = target.run_job(environment_id="3", job_id="7", wait=False, user_credentials=credentials, parallelism=4)
    assert isinstance(run_id, int) and not target.clock.sleeps
    record = target.mock_record(run_id)
    assert record["runStatus"] not in RUN_STATUS_SUCCESS_VALUES  # not ended: nobody waited
    assert (record["runDetails"]["parallelism"], record["userCredentials"]["snowflakeUsername"]) == (4, "svc")


@pytest.mark.parametrize(
    ("arguments", "field"),
    [
        ({"environment_id": True}, "environment_id"),
        ({"environment_id": "3", "job_id": 7.5}, "job_id"),
        ({"environment_id": " "}, "environment_id"),
        ({"environment_id": "3", "poll_interval": 0}, "poll_interval"),
        ({"environment_id": "3", "max_wait": -1}, "max_wait"),
    ],
)
def test_run_job_refuses_bad_arguments_before_starting_a_run(
    in_process: Target, arguments: dict[str, Any], field: str
) -> None:
    before = set(in_process.app.state.service.store.records)
    with pytest.raises(RequestValidationError) as raised:
        in_process.run_job(**arguments)
    assert raised.value.field == field
    assert set(in_process.app.state.service.store.records) == before


# ---------------------------------------------------------------------------------------------------- respx

BASE = "https://app.coalescesoftware.io"


def failed_run() -> dict[str, Any]:
    details = {"environmentID": "3", "jobID": "7"}
    return {"id": 42, "runDetails": details, "runStatus": "failed", "runTimeParameters": {}, "runType": "refresh"}


def node(name: str, success: bool, error: str = "boom") -> dict[str, Any]:
    query: dict[str, Any] = {"isRunning": False, "name": "q", "sql": "select 1", "status": "x", "success": success}
    if not success:
        query["error"] = {"errorString": error}
    return {"isRunning": False, "name": name, "nodeID": f"id-{name}", "queryResults": [query]}


@pytest.fixture
def router() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=BASE, assert_all_called=False) as mocked:
        mocked.post("/scheduler/startRun").respond(200, json={"runCounter": 42})
        mocked.get("/api/v1/runs/42").respond(200, json=failed_run())
        yield mocked


def run_failing(router: respx.MockRouter, results: httpx.Response) -> RunFailedError:
    router.get("/api/v1/runs/42/results").mock(return_value=results)
    client = CoalesceClient(TOKEN, clock=ManualClock(), max_retries=0, verify_ssl=TLS)
    with client, pytest.raises(RunFailedError) as raised:
        client.run_job(environment_id="3", job_id="7")
    return raised.value


def test_a_run_whose_results_cannot_be_fetched_still_raises_run_failed(router: respx.MockRouter) -> None:
    error = run_failing(router, httpx.Response(500, json={"error": {"errorString": "results are down"}}))
    assert error.run.id == 42 and error.failed_nodes == ()
    assert "results are down" in str(error) and "could not be fetched" in str(error)


def test_the_message_names_a_bounded_number_of_nodes_and_quotes_no_token(router: respx.MockRouter) -> None:
    nodes = [node(f"N{index}", success=False, error=f"echo {TOKEN}") for index in range(MAX_NODES_NAMED + 2)]
    error = run_failing(router, httpx.Response(200, json={"data": [node("OK", success=True), *nodes]}))
    assert [failed.name for failed in error.failed_nodes] == [failed["name"] for failed in nodes]
    assert "N0 " in str(error) and f"N{MAX_NODES_NAMED} " not in str(error) and "and 2 more" in str(error)
    assert TOKEN not in str(error) and TOKEN not in repr(error)
    copy = pickle.loads(pickle.dumps(error))
    assert [failed.name for failed in copy.failed_nodes] == [failed.name for failed in error.failed_nodes]
