"""The command against the mocks under uvicorn on 127.0.0.1: what it prints (the API's answer as JSON) and the exit
code a CI job acts on (0 success, 1 the run failed, 2 bad usage, 3 an API error). The expected answers come from the
mock itself (asked directly over HTTP), the expected codes from the spec's run statuses."""

from __future__ import annotations

import json
import socket
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from scripts.mock.app import create_app
from scripts.mock.lifecycle import FAILING_JOB_PREFIX
from scripts.mock.seeds import seed_records
from scripts.mock.serving import serve_in_background
from scripts.spec.model import Spec

from .conftest import TOKEN, invoke

RUNS = seed_records(Spec.load("coalesce"))
EXECUTIONS = seed_records(Spec.load("synq"))
RUN_STATUS = Spec.load("coalesce").document["components"]["schemas"]["RunStatus"]
FINAL, SUCCESS = set(RUN_STATUS["x-final-values"]), set(RUN_STATUS["x-success-values"])
AUTH = {"Authorization": f"Bearer {TOKEN}"}
SYNQ = Spec.load("synq")
LATEST_STATUSES = SYNQ.document["components"]["schemas"]["ExecutionStatus"]["enum"]


def synq_identifier_kinds() -> dict[str, list[str]]:
    """Each kind of the spec's Identifier (`snowflakeTable`) whose fields are all strings, with its fields in the
    spec's order."""
    kinds = {}
    for branch in SYNQ.document["components"]["schemas"]["Identifier"]["oneOf"]:
        ((kind, reference),) = SYNQ.follow(branch["$ref"])[1]["properties"].items()
        fields = SYNQ.follow(reference["$ref"])[1].get("properties", {})
        if fields and all(field.get("type") == "string" for field in fields.values()):
            kinds[kind] = list(fields)
    return kinds


def one_per(field: str, runs: dict[int, dict[str, Any]]) -> list[int]:
    """The first seeded run of each value of `field`: every value covered, each once."""
    return list({run[field]: key for key, run in reversed(runs.items())}.values())


def asked(url: str, method: str, path: str, body: Any = None) -> Any:
    """The mock's own answer, without the clients."""
    return httpx.request(method, url + path, json=body, headers=AUTH).json()


@pytest.mark.parametrize("run_id", one_per("runType", RUNS))
def test_get_run_prints_the_run_as_the_api_sent_it(mock_env: dict[str, str], run_id: int) -> None:
    result = invoke("coalesce", "runs", "get-run", str(run_id))
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout) == asked(mock_env["COALESCE_BASE_URL"], "GET", f"/api/v1/runs/{run_id}")
    assert result.stderr == ""


@pytest.mark.parametrize("run_id", one_per("runStatus", {k: r for k, r in RUNS.items() if r["runStatus"] in FINAL}))
def test_wait_exits_0_for_a_successful_run_and_1_for_any_other_final_status(
    mock_env: dict[str, str], run_id: int
) -> None:
    result = invoke("coalesce", "runs", "wait", str(run_id), "--poll-interval", "0.1")
    succeeded = RUNS[run_id]["runStatus"] in SUCCESS
    assert result.exit_code == (0 if succeeded else 1), result.stderr
    assert json.loads(result.stdout)["runStatus"] == RUNS[run_id]["runStatus"]  # printed either way, for jq
    assert (result.stderr == "") == succeeded


def test_wait_on_a_run_still_going_shows_progress_and_exits_1_when_the_wait_ends(mock_env: dict[str, str]) -> None:
    run_id, run = next((key, run) for key, run in RUNS.items() if run["runStatus"] not in FINAL)
    result = invoke("coalesce", "runs", "wait", str(run_id), "--poll-interval", "0.1", "--max-wait", "0.3")
    assert result.exit_code == 1
    progress = [line for line in result.stderr.splitlines() if "polling again" in line]
    assert progress and all(repr(run["runStatus"]) in line for line in progress)
    assert f"still {run['runStatus']!r}" in result.stderr.splitlines()[-1]
    assert json.loads(result.stdout)["id"] == run_id


def test_a_run_the_api_does_not_know_is_an_api_error(mock_env: dict[str, str]) -> None:
    result = invoke("coalesce", "runs", "get-run", str(max(RUNS) + 1))
    assert result.exit_code == 3
    assert result.stdout == ""
    assert result.stderr.startswith("Error: NotFoundError: ") and result.stderr.count("\n") == 1


def test_executions_get_prints_the_found_and_the_missing(mock_env: dict[str, str]) -> None:
    wanted = [*EXECUTIONS, "no-such-execution"]
    result = invoke("synq", "executions", "get", *wanted)
    assert result.exit_code == 0, result.stderr
    printed = json.loads(result.stdout)
    assert printed["missing"] == ["no-such-execution"]
    assert printed["failed"] == []
    answer = asked(mock_env["SYNQ_BASE_URL"], "POST", "/api/executions/v2/by-id", {"executionIds": list(EXECUTIONS)})
    assert printed["executions"] == answer["executions"]


def test_a_body_operation_takes_an_option_per_property(mock_env: dict[str, str]) -> None:
    wanted = list(EXECUTIONS)[:2]
    result = invoke("synq", "executions", "batch-get-executions", *(f"--execution-ids={key}" for key in wanted))
    assert result.exit_code == 0, result.stderr
    body = {"executionIds": wanted}
    assert json.loads(result.stdout) == asked(mock_env["SYNQ_BASE_URL"], "POST", "/api/executions/v2/by-id", body)


@pytest.fixture
def refusing_server(monkeypatch: pytest.MonkeyPatch, mock_env: dict[str, str]) -> Iterator[None]:
    """Both clients pointed at a port that refuses connections: a command that sends anything exits 3."""
    with socket.socket() as bound:  # bound, never listening
        bound.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{bound.getsockname()[1]}"
        monkeypatch.setenv("COALESCE_BASE_URL", url)
        monkeypatch.setenv("SYNQ_BASE_URL", url)
        monkeypatch.setenv("COALESCE_TOKEN", TOKEN)
        yield


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["synq", "executions", "batch-get-executions", "--execution-ids", ""], "executionIds[0]"),
        (["synq", "executions", "get", ""], "ids[0]"),
        (["coalesce", "runs", "get-run", "--", "-1"], "run_id"),
        (["coalesce", "runs", "get-run", "one"], "RUN_ID"),
        (["coalesce", "runs", "wait", "1", "--poll-interval", "0"], "poll_interval"),
        (["coalesce", "--region", "nowhere", "runs", "get-run", "1"], "--region"),
        (["coalesce", "runs", "no-such-command"], "no-such-command"),
        (["synq", "executions", "latest", "--entity", '{"monitor": {"monitoredId": "x"}}'], "entityIds[0]"),
        (["synq", "executions", "latest", "--table", "noSuchKind:a.b"], "noSuchKind"),
        (
            ["coalesce", "runs", "start", "--environment", "3", "--user-credentials", '{"snowflakeRole": 5}'],
            "snowflakeRole",
        ),
        (["coalesce", "runs", "start", "--environment", "3", "--parameters", "{not json"], "--parameters"),
        (["coalesce", "runs", "start", "--environment", "3", "--user-credentials", "@/no/such/file"], "/no/such/file"),
    ],
)
def test_bad_usage_exits_2_naming_the_field_before_anything_is_sent(
    refusing_server: None, args: list[str], named: str
) -> None:
    result = invoke(*args)
    assert result.exit_code == 2, result.output
    assert named in result.stderr
    assert result.stdout == ""


def test_the_refusing_server_is_an_api_error(refusing_server: None) -> None:
    """The control for the test above: sending to that server exits 3, so exit 2 there means nothing was sent."""
    result = invoke("coalesce", "--max-retries", "0", "runs", "get-run", "1")
    assert result.exit_code == 3
    assert "APIConnectionError" in result.stderr


@pytest.mark.parametrize(
    ("vendor", "command", "variable"),
    [("coalesce", ["runs", "get-run", "1"], "COALESCE_TOKEN"), ("synq", ["executions", "get", "x"], "SYNQ_TOKEN")],
)
def test_missing_credentials_exit_2_naming_the_variable(
    mock_env: dict[str, str], monkeypatch: pytest.MonkeyPatch, vendor: str, command: list[str], variable: str
) -> None:
    monkeypatch.delenv(variable)
    result = invoke(vendor, *command)
    assert result.exit_code == 2
    assert variable in result.stderr


def test_runs_start_prints_the_run_counter_of_a_run_the_api_then_knows(mock_env: dict[str, str]) -> None:
    result = invoke("coalesce", "runs", "start", "--environment", "3", "--job", "7")
    assert result.exit_code == 0, result.stderr
    (key,) = json.loads(result.stdout)
    run_id = json.loads(result.stdout)[key]
    run = asked(mock_env["COALESCE_BASE_URL"], "GET", f"/api/v1/runs/{run_id}")
    assert (run["runDetails"]["environmentID"], run["runDetails"]["jobID"]) == ("3", "7")
    assert key == "runCounter"  # startRun's own answer


@pytest.mark.parametrize(("job", "code"), [("7", 0), (f"{FAILING_JOB_PREFIX}-7", 1)])
def test_runs_start_wait_exits_by_the_outcome_and_names_the_failed_nodes(
    mock_env: dict[str, str], job: str, code: int
) -> None:
    result = invoke(
        "coalesce", "runs", "start", "--environment", "3", "--job", job, "--wait", "--poll-interval", "0.05"
    )
    assert result.exit_code == code, result.stderr
    run = json.loads(result.stdout)
    assert run == asked(mock_env["COALESCE_BASE_URL"], "GET", f"/api/v1/runs/{run['id']}")
    assert [line for line in result.stderr.splitlines() if "polling again" in line]  # progress while waiting
    results = asked(mock_env["COALESCE_BASE_URL"], "GET", f"/api/v1/runs/{run['id']}/results")["data"]
    failed = [node["name"] for node in results if any(q["success"] is False for q in node.get("queryResults", []))]
    assert bool(failed) == bool(code)
    assert all(name in result.stderr.splitlines()[-1] for name in failed)


def test_runs_list_prints_every_page_of_the_filtered_runs_as_one_array(mock_env: dict[str, str]) -> None:
    """One run per page (`--limit 1`): the command pages to the end, and prints what one large page lists."""
    status = next(iter(FINAL - SUCCESS))
    result = invoke("coalesce", "runs", "list", "--status", status, "--limit", "1")
    assert result.exit_code == 0, result.stderr
    listed = asked(mock_env["COALESCE_BASE_URL"], "GET", f"/api/v1/runs?runStatus={status}&limit=1000")["data"]
    assert len(listed) > 1 and json.loads(result.stdout) == listed


def test_executions_latest_sends_the_named_entities(mock_env: dict[str, str]) -> None:
    """Each kind of the spec's Identifier, named KIND:FIELD.FIELD..., is the identifier the spec describes."""
    kinds = synq_identifier_kinds()
    args = [f"--table={kind}:{'.'.join(f'{field}-value' for field in fields)}" for kind, fields in kinds.items()]
    result = invoke("synq", "executions", "latest", *args, "--status", LATEST_STATUSES[0])
    assert result.exit_code == 0, result.stderr
    body = {
        "entityIds": [{kind: {field: f"{field}-value" for field in fields}} for kind, fields in kinds.items()],
        "statuses": [LATEST_STATUSES[0]],
    }
    assert json.loads(result.stdout) == asked(mock_env["SYNQ_BASE_URL"], "POST", "/api/executions/v2/latest", body)


@pytest.fixture(scope="module")
def frozen_coalesce_url() -> Iterator[str]:
    """A Coalesce mock whose clock stands still: a run started there is waiting until it is canceled."""
    now = time.time()
    with serve_in_background(create_app("coalesce", token=TOKEN, clock=lambda: now)) as url:
        yield url


def test_an_operation_without_an_answer_body_prints_nothing_and_does_what_it_says(
    mock_env: dict[str, str], frozen_coalesce_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """cancelRun (no content): exit 0, empty stdout; the run it named is canceled."""
    monkeypatch.setenv("COALESCE_BASE_URL", frozen_coalesce_url)
    run_id = json.loads(invoke("coalesce", "runs", "start", "--environment", "3").stdout)["runCounter"]
    result = invoke("coalesce", "jobs", "jobs-cancel-job-run", "--run-id", str(run_id), "--environment-id", "3")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    canceled = asked(frozen_coalesce_url, "GET", f"/api/v1/runs/{run_id}")["runStatus"]
    assert canceled == "canceled"  # the spec's RunStatus value for it
