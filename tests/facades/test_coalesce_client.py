"""CoalesceClient and AsyncCoalesceClient through the generated package, against respx (every test runs both)."""

from __future__ import annotations

import logging
import ssl
from typing import Any

import coalesce_client
import httpx
import pytest
import respx
import yaml
from coalesce_client import (
    COALESCE_SERVERS,
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AsyncCoalesceClient,
    AuthenticationError,
    BadGatewayError,
    BadRequestError,
    CoalesceClient,
    ConfigurationError,
    GatewayTimeoutError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RequestValidationError,
    ResponseValidationError,
    RunWaitTimeout,
    ServiceUnavailableError,
    UnexpectedServerStatusError,
)
from coalesce_client._facade import LAST_POLL
from coalesce_client.models.error_response import ErrorResponse
from coalesce_client.models.run import Run
from coalesce_client.models.run_status import RunStatus
from synq_coalesce_core.clock import ManualClock

from tests.openapi.spec_instances import complete, effective_spec
from tests.paths import ROOT

BASE = "https://app.coalescesoftware.io"
TOKEN = "coalesce-SECRET-token-0123456789"
RUN_URL = f"{BASE}/api/v1/runs/42"
TLS = ssl.create_default_context()  # built once: loading the CA bundle per client would dominate the run time


def run_body(status: str = "running", **extra: Any) -> dict[str, Any]:
    """A Run with these fields, and whatever else the spec requires (tests/openapi/spec_instances.py)."""
    body = {
        "id": 42,
        "runDetails": {"environmentID": "env-1", "deployCommit": "abc123"},
        "runStatus": status,
        "runTimeParameters": {"threads": 4},
        "runType": "deploy",
        **extra,
    }
    return dict(complete(effective_spec("coalesce"), "Run", body))


def error_body(text: str, detail: str | None = None) -> dict[str, Any]:
    error: dict[str, str] = {"errorString": text}
    if detail is not None:
        error["errorDetail"] = detail
    return dict(complete(effective_spec("coalesce"), "ErrorResponse", {"error": error}))


class Api:
    """Runs one call through a fresh sync or async client, so each test body covers both."""

    def __init__(self, mode: str, clock: ManualClock) -> None:
        self.mode = mode
        self.clock = clock

    def options(self, extra: dict[str, Any]) -> dict[str, Any]:
        return {"token": TOKEN, "clock": self.clock, "verify_ssl": TLS, **extra}

    async def get_run(self, run_id: object, **client_options: Any) -> Run:
        if self.mode == "sync":
            with CoalesceClient(**self.options(client_options)) as client:
                return client.get_run(run_id)  # type: ignore[arg-type]
        async with AsyncCoalesceClient(**self.options(client_options)) as aclient:
            return await aclient.get_run(run_id)  # type: ignore[arg-type]

    async def wait_for_run(self, run_id: object, **kwargs: Any) -> Run:
        if self.mode == "sync":
            with CoalesceClient(**self.options({})) as client:
                return client.wait_for_run(run_id, **kwargs)  # type: ignore[arg-type]
        async with AsyncCoalesceClient(**self.options({})) as aclient:
            return await aclient.wait_for_run(run_id, **kwargs)  # type: ignore[arg-type]


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture(params=["sync", "async"])
def api(request: pytest.FixtureRequest, clock: ManualClock) -> Api:
    return Api(request.param, clock)


@pytest.fixture
def router() -> Any:
    with respx.mock(base_url=BASE, assert_all_called=False) as mock:
        yield mock


@pytest.mark.asyncio
async def test_get_run_sends_the_request_and_parses_the_run(api: Api, router: Any) -> None:
    route = router.get("/api/v1/runs/42").respond(200, json=run_body("completed", runEndTime="2026-01-02T03:04:05Z"))
    run = await api.get_run(42)
    assert isinstance(run, Run)
    assert (run.id, run.run_status, run.run_time_parameters["threads"]) == (42, RunStatus.COMPLETED, 4)
    request = route.calls.last.request
    assert request.method == "GET"
    assert request.url == RUN_URL
    assert request.headers["authorization"] == f"Bearer {TOKEN}"
    assert request.headers["accept"] == "application/json"
    assert request.headers["user-agent"].startswith("coalesce_client/")
    assert request.extensions["timeout"] == {"connect": 5.0, "read": 60.0, "write": 60.0, "pool": 60.0}


class DotsInt(int):
    """An int whose every text is a path traversal; its value is an ordinary run ID."""

    def __str__(self) -> str:
        return ".."

    __repr__ = __format__ = lambda self, *spec: "../.."  # type: ignore[assignment]
    __int__ = __index__ = lambda self: 0


@pytest.mark.asyncio
async def test_a_path_parameter_is_written_from_the_value_that_was_checked(api: Api, router: Any) -> None:
    """`get_run(DotsInt(42))` is the run 42: no method of the subclass writes the URL (it sent GET /api/v1 before)."""
    route = router.get("/api/v1/runs/42").respond(200, json=run_body("completed"))
    assert (await api.get_run(DotsInt(42))).id == 42
    assert route.call_count == 1 and route.calls.last.request.url == RUN_URL


DOCUMENTED = [
    (400, BadRequestError, 1),
    (401, AuthenticationError, 1),
    (403, PermissionDeniedError, 1),
    (404, NotFoundError, 1),
    (500, InternalServerError, 3),
    (502, BadGatewayError, 3),
    (503, ServiceUnavailableError, 3),
    (504, GatewayTimeoutError, 3),
]


@pytest.mark.asyncio
@pytest.mark.parametrize(("status", "cls", "attempts"), DOCUMENTED)
async def test_documented_error_statuses_raise_typed_errors_with_the_parsed_body(
    api: Api, router: Any, clock: ManualClock, status: int, cls: type[APIStatusError], attempts: int
) -> None:
    text = f"{status}: something went wrong"
    route = router.get("/api/v1/runs/42").respond(status, json=error_body(text, "more detail"))
    with pytest.raises(cls) as caught:
        await api.get_run(42)
    error = caught.value
    assert type(error) is cls
    assert isinstance(error.error, ErrorResponse)
    assert error.error.error.error_string == text
    assert error.status_code == status
    assert str(error) == f"{status} {httpx.codes.get_reason_phrase(status)} from GET {RUN_URL}: {text} (more detail)"
    assert error.request is not None
    assert error.request.url == RUN_URL
    assert route.call_count == attempts == error.attempts
    assert clock.sleeps == [0.5, 1.0][: attempts - 1]


@pytest.mark.asyncio
async def test_401_without_a_body(api: Api, router: Any) -> None:
    router.get("/api/v1/runs/42").respond(401)
    with pytest.raises(AuthenticationError) as caught:
        await api.get_run(42)
    assert caught.value.error is None
    assert str(caught.value).endswith(": empty body")


@pytest.mark.asyncio
async def test_429_waits_for_retry_after_then_succeeds(api: Api, router: Any, clock: ManualClock) -> None:
    route = router.get("/api/v1/runs/42")
    route.side_effect = [
        httpx.Response(429, headers={"Retry-After": "7"}, json=error_body("slow down")),
        httpx.Response(200, json=run_body()),
    ]
    assert (await api.get_run(42)).id == 42
    assert clock.sleeps == [7.0]
    assert route.call_count == 2


@pytest.mark.asyncio
async def test_429_after_the_retries_is_a_rate_limit_error(api: Api, router: Any, clock: ManualClock) -> None:
    router.get("/api/v1/runs/42").respond(429, headers={"Retry-After": "2"}, json=error_body("slow down"))
    with pytest.raises(RateLimitError) as caught:
        await api.get_run(42)
    assert caught.value.attempts == 3
    assert clock.sleeps == [2.0, 2.0]


@pytest.mark.asyncio
async def test_520_is_typed_and_not_retried(api: Api, router: Any) -> None:
    route = router.get("/api/v1/runs/42").respond(520, text="origin error")
    with pytest.raises(UnexpectedServerStatusError) as caught:
        await api.get_run(42)
    assert isinstance(caught.value, InternalServerError)
    assert str(caught.value) == f"520 from GET {RUN_URL}: origin error"
    assert route.call_count == 1


@pytest.mark.asyncio
async def test_html_502_from_a_proxy(api: Api, router: Any, clock: ManualClock) -> None:
    html = "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"
    route = router.get("/api/v1/runs/42").respond(502, text=html, headers={"content-type": "text/html"})
    with pytest.raises(BadGatewayError) as caught:
        await api.get_run(42)
    assert caught.value.error is None
    assert caught.value.text == html
    assert "nginx" not in str(caught.value)
    assert route.call_count == 3


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("side_effect", "cls"),
    [
        (httpx.ConnectError("connection refused"), APIConnectionError),
        (httpx.RemoteProtocolError("peer closed connection without sending complete message body"), APIConnectionError),
        (httpx.ReadTimeout("timed out"), APITimeoutError),
    ],
)
async def test_transport_failures_after_the_retries(
    api: Api, router: Any, clock: ManualClock, side_effect: Exception, cls: type[APIError]
) -> None:
    route = router.get("/api/v1/runs/42").mock(side_effect=side_effect)
    with pytest.raises(cls) as caught:
        await api.get_run(42)
    assert isinstance(caught.value, APIConnectionError)
    assert (cls is APITimeoutError) == isinstance(caught.value, APITimeoutError)
    assert route.call_count == 3 == caught.value.attempts
    assert clock.sleeps == [0.5, 1.0]
    assert f"GET {RUN_URL}" in str(caught.value)


@pytest.mark.asyncio
async def test_max_retries_zero(api: Api, router: Any) -> None:
    route = router.get("/api/v1/runs/42").mock(side_effect=httpx.ConnectError("refused"))
    with pytest.raises(APIConnectionError):
        await api.get_run(42, max_retries=0)
    assert route.call_count == 1


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("response", "message"),
    [
        (
            httpx.Response(200, json={"runStatus": "running"}),
            "(FieldTypeError: id: required integer is missing (absent or null))",
        ),
        (httpx.Response(200, text="<html>login</html>"), "the body is not JSON"),
        (httpx.Response(200, json=[run_body()]), "(FieldTypeError: (the body): expected object (Run), got list)"),
    ],
)
async def test_unparsable_200_is_a_response_validation_error(
    api: Api, router: Any, response: httpx.Response, message: str
) -> None:
    router.get("/api/v1/runs/42").mock(return_value=response)
    with pytest.raises(ResponseValidationError) as caught:
        await api.get_run(42)
    assert message in str(caught.value)
    assert caught.value.status_code == 200


@pytest.mark.asyncio
async def test_unknown_fields_and_statuses_are_kept(api: Api, router: Any) -> None:
    router.get("/api/v1/runs/42").respond(200, json=run_body("queued", runFailureReason="x"))
    run = await api.get_run(42)
    assert run.run_status.value == "queued"
    assert not run.run_status.is_known
    assert run["runFailureReason"] == "x"


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("run_id", "message"),
    [
        (True, "run_id must be integer, got bool (type)"),
        ("42", "run_id must be integer, got str (type)"),
        (4.2, "run_id must be integer, got float (type)"),
        (None, "run_id must be integer, got NoneType (type)"),
        (-1, "run_id must be >= 0, got -1 (minimum)"),
    ],
)
async def test_bad_run_ids_are_refused_before_sending(api: Api, router: Any, run_id: object, message: str) -> None:
    route = router.route().respond(200, json=run_body())
    with pytest.raises(RequestValidationError) as caught:
        await api.get_run(run_id)
    assert str(caught.value) == message
    assert caught.value.field == "run_id"
    assert route.call_count == 0
    with pytest.raises(RequestValidationError):
        await api.wait_for_run(run_id)
    assert route.call_count == 0


@pytest.mark.asyncio
async def test_wait_for_run_polls_until_a_terminal_status(api: Api, router: Any, clock: ManualClock) -> None:
    statuses = ["waitingToRun", "running", "rendering", "someNewStatus", "completed"]
    route = router.get("/api/v1/runs/42")
    route.side_effect = [httpx.Response(200, json=run_body(s)) for s in statuses]
    run = await api.wait_for_run(42, poll_interval=5)
    assert run.run_status is RunStatus.COMPLETED
    assert route.call_count == 5
    assert clock.sleeps == [5.0, 5.0, 5.0, 5.0]


@pytest.mark.asyncio
@pytest.mark.parametrize("final", ["failed", "canceled"])
async def test_wait_for_run_returns_failed_and_canceled_runs(api: Api, router: Any, final: str) -> None:
    router.get("/api/v1/runs/42").respond(200, json=run_body(final))
    assert (await api.wait_for_run(42)).run_status.value == final


@pytest.mark.asyncio
@pytest.mark.parametrize(("retry_after", "sleeps"), [("6", []), ("0.4", [0.4, 0.4])])
async def test_wait_for_run_sleeps_for_no_retry_past_its_timeout(
    api: Api, router: Any, clock: ManualClock, retry_after: str, sleeps: list[float]
) -> None:
    """Every answer a 503 with Retry-After: a wait the time left cannot hold is not slept (the 503 is raised at
    once: it took 12 s of sleeps before), a shorter one is."""
    route = router.get("/api/v1/runs/42").respond(503, headers={"Retry-After": retry_after})
    with pytest.raises(ServiceUnavailableError) as caught:
        await api.wait_for_run(42, max_wait=1)
    assert clock.sleeps == sleeps
    assert route.call_count == caught.value.attempts == len(sleeps) + 1
    assert caught.value.retry_after == float(retry_after)


@pytest.mark.asyncio
async def test_wait_for_run_cuts_each_retry_to_the_time_left(api: Api, router: Any, clock: ManualClock) -> None:
    """The backoff of a poll's retries counts against the wait: after 0.5 s and 1 s of backoff, 0.7 s are left, for
    one last poll that starts half of that before the deadline; its retry (0.5 s) would not fit, so none is made."""
    route = router.get("/api/v1/runs/42").respond(502)
    with pytest.raises(BadGatewayError):
        await api.wait_for_run(42, max_wait=2.2)
    assert clock.sleeps == pytest.approx([0.5, 1.0, 0.35]) and route.call_count == 4
    route.reset()
    clock.sleeps.clear()
    with pytest.raises(BadGatewayError):
        await api.wait_for_run(42, max_wait=1.2)  # 0.7 s left after the first backoff: the second (1 s) is not slept
    assert clock.sleeps == pytest.approx([0.5, 0.35]) and route.call_count == 3


@pytest.mark.asyncio
async def test_wait_for_run_quotes_no_token_a_server_put_in_the_status(api: Api, router: Any) -> None:
    router.get("/api/v1/runs/42").respond(200, json=run_body(TOKEN))  # an unknown status is quoted as sent
    with pytest.raises(RunWaitTimeout) as caught:
        await api.wait_for_run(42, max_wait=1, poll_interval=1)
    assert str(caught.value) == "run 42 is still '[redacted]' after waiting 1s"


@pytest.mark.asyncio
async def test_wait_for_run_times_out_with_the_last_run(api: Api, router: Any, clock: ManualClock) -> None:
    route = router.get("/api/v1/runs/42").respond(200, json=run_body("running"))
    with pytest.raises(RunWaitTimeout) as caught:
        await api.wait_for_run(42, max_wait=25, poll_interval=10)
    assert isinstance(caught.value, TimeoutError)
    assert isinstance(caught.value, APIError)
    assert caught.value.last_run.run_status is RunStatus.RUNNING
    assert str(caught.value) == "run 42 is still 'running' after waiting 25s"
    assert clock.sleeps == [10.0, 10.0, 5.0 - LAST_POLL]  # the last poll starts LAST_POLL before the deadline
    assert route.call_count == 4


@pytest.mark.asyncio
async def test_wait_for_run_survives_transient_errors(api: Api, router: Any, clock: ManualClock) -> None:
    route = router.get("/api/v1/runs/42")
    route.side_effect = [
        httpx.Response(200, json=run_body("running")),
        httpx.Response(503, json=error_body("busy")),
        httpx.Response(200, json=run_body("completed")),
    ]
    assert (await api.wait_for_run(42, poll_interval=10)).run_status is RunStatus.COMPLETED
    assert clock.sleeps == [10.0, 0.5]


@pytest.mark.asyncio
@pytest.mark.parametrize(("name", "value"), [("max_wait", 0), ("poll_interval", -1), ("poll_interval", True)])
async def test_wait_for_run_rejects_bad_limits(api: Api, router: Any, name: str, value: object) -> None:
    route = router.route().respond(200, json=run_body())
    with pytest.raises(RequestValidationError, match=name):
        await api.wait_for_run(42, **{name: value})
    assert route.call_count == 0


@pytest.mark.asyncio
async def test_token_and_secrets_never_reach_logs_reprs_or_errors(
    api: Api, router: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    router.get("/api/v1/runs/42").respond(503, json=error_body("down"))
    with pytest.raises(ServiceUnavailableError) as caught:
        await api.get_run(42)
    texts = [str(caught.value), repr(caught.value), repr(caught.value.request), repr(caught.value.response)]
    texts += [record.getMessage() for record in caplog.records]
    assert any(record.name == "coalesce_client" for record in caplog.records)
    assert any(f"GET {RUN_URL} -> 503 Service Unavailable" in record.getMessage() for record in caplog.records)
    for text in texts:
        assert TOKEN not in text
    with CoalesceClient(TOKEN) as client:
        assert TOKEN not in repr(client)
        assert "token='***'" in repr(client)


def test_with_options_and_repr() -> None:
    with CoalesceClient(TOKEN, region="eu") as client:
        tuned = client.with_options(timeout=5, max_retries=0, headers={"X-Team": "data"})
        assert (tuned.timeout, tuned.max_retries, tuned.base_url) == (httpx.Timeout(5.0), 0, COALESCE_SERVERS["eu"])
        assert repr(tuned).startswith("CoalesceClient(base_url='https://app.eu.coalescesoftware.io', timeout=")
        with respx.mock(base_url=COALESCE_SERVERS["eu"]) as mock:
            route = mock.get("/api/v1/runs/1").respond(500, json=error_body("x"))
            with pytest.raises(InternalServerError):
                tuned.get_run(1, timeout=2)
        assert route.call_count == 1
        assert route.calls.last.request.headers["x-team"] == "data"
        assert route.calls.last.request.extensions["timeout"]["read"] == 2.0


def test_token_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COALESCE_TOKEN", TOKEN)
    monkeypatch.delenv("COALESCE_BASE_URL", raising=False)
    with respx.mock(base_url=BASE) as mock, CoalesceClient() as client:
        route = mock.get("/api/v1/runs/42").respond(200, json=run_body())
        client.get_run(42)
    assert route.calls.last.request.headers["authorization"] == f"Bearer {TOKEN}"


def test_missing_token_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("COALESCE_TOKEN", raising=False)
    with pytest.raises(ConfigurationError, match="no Coalesce API token: pass token= or set COALESCE_TOKEN"):
        CoalesceClient()
    with pytest.raises(ConfigurationError, match="no Coalesce API token"):
        AsyncCoalesceClient()


def _base_url(**settings: Any) -> str:
    with CoalesceClient(TOKEN, **settings) as client:
        return client.base_url


def test_base_url_from_region_environment_or_argument(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("COALESCE_BASE_URL", raising=False)
    assert _base_url() == "https://app.coalescesoftware.io"
    assert _base_url(region="au") == "https://app.australia-southeast1.gcp.coalescesoftware.io"
    sso = "https://acme.app.eu.coalescesoftware.io/"
    assert _base_url(base_url=sso) == sso.rstrip("/")
    monkeypatch.setenv("COALESCE_BASE_URL", "http://127.0.0.1:4011")
    assert _base_url() == "http://127.0.0.1:4011"
    with pytest.raises(ConfigurationError, match="unknown region 'mars'"):
        CoalesceClient(TOKEN, region="mars")
    with pytest.raises(ConfigurationError, match="scheme"):
        CoalesceClient(TOKEN, base_url="app.coalescesoftware.io")
    with pytest.raises(ConfigurationError, match="plain http"):
        CoalesceClient(TOKEN, base_url="http://app.coalescesoftware.io")


def test_servers_match_the_spec_and_the_research() -> None:
    listed = [
        line.strip()
        for line in (ROOT / "tests/data/coalesce/servers.txt").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]
    spec = yaml.safe_load((ROOT / "generated/coalesce.openapi.yaml").read_text())
    assert list(COALESCE_SERVERS.values()) == listed == [server["url"] for server in spec["servers"]]


def test_the_generated_api_stays_available_beside_the_facades() -> None:
    from coalesce_client.api.runs import get_run
    from coalesce_client.client import AuthenticatedClient

    assert callable(get_run.sync_detailed)
    assert callable(AuthenticatedClient)
    assert {"CoalesceClient", "AsyncCoalesceClient"} <= set(coalesce_client.__all__)
    assert not {"Client", "AuthenticatedClient"} & set(coalesce_client.__all__)


@pytest.mark.asyncio
async def test_async_client_closes_its_pool() -> None:
    async with AsyncCoalesceClient(TOKEN) as client:
        pool = client.http_client
    assert pool.is_closed


@pytest.mark.asyncio
async def test_wait_for_run_polls_on_through_failures_a_retry_would_meet(
    api: Api, router: Any, clock: ManualClock
) -> None:
    """Three 503s exhaust one poll's retries; the wait goes on with the next poll instead of ending a 600 s wait."""
    route = router.get("/api/v1/runs/42")
    route.side_effect = [httpx.Response(503, json=error_body("busy"))] * 3 + [
        httpx.Response(200, json=run_body("completed"))
    ]
    run = await api.wait_for_run(42, max_wait=600, poll_interval=5)
    assert run.run_status is RunStatus.COMPLETED
    assert clock.sleeps == [0.5, 1.0, 5.0] and route.call_count == 4


@pytest.mark.asyncio
async def test_wait_for_run_ends_at_an_error_no_retry_would_fix(api: Api, router: Any, clock: ManualClock) -> None:
    route = router.get("/api/v1/runs/42")
    route.side_effect = [httpx.Response(200, json=run_body("running")), httpx.Response(404, json=error_body("gone"))]
    with pytest.raises(NotFoundError):
        await api.wait_for_run(42, max_wait=600, poll_interval=5)
    assert clock.sleeps == [5.0] and route.call_count == 2


FAILED_REFRESH = run_body(
    "failed",
    runType="refresh",
    runDetails={"environmentID": "env-1", "jobID": 7, "jobName": "nightly"},
    runStartTime="2026-01-15T01:30:00Z",
    runEndTime="2026-01-15T01:42:05Z",
)


@pytest.mark.asyncio
async def test_wait_for_run_raises_a_failed_run_when_asked(api: Api, router: Any) -> None:
    router.get("/api/v1/runs/42").respond(200, json=FAILED_REFRESH)
    with pytest.raises(coalesce_client.RunFailedError) as caught:
        await api.wait_for_run(42, raise_on_failure=True)
    assert isinstance(caught.value, APIError)
    assert caught.value.run.run_status is RunStatus.FAILED
    assert str(caught.value) == (
        "run 42 (refresh) ended 'failed': started 2026-01-15T01:30:00+00:00, ended 2026-01-15T01:42:05+00:00, "
        "environment env-1, job 7 'nightly'"
    )
    assert (await api.wait_for_run(42)).run_status is RunStatus.FAILED  # returned by default


@pytest.mark.asyncio
@pytest.mark.parametrize("success", sorted(coalesce_client.TERMINAL_RUN_STATUSES & {RunStatus.COMPLETED}))
async def test_wait_for_run_returns_a_successful_run_with_raise_on_failure(
    api: Api, router: Any, success: RunStatus
) -> None:
    router.get("/api/v1/runs/42").respond(200, json=run_body(success.value))
    assert (await api.wait_for_run(42, raise_on_failure=True)).run_status is success


@pytest.mark.asyncio
async def test_wait_for_run_takes_the_callers_final_statuses(api: Api, router: Any, clock: ManualClock) -> None:
    """A status the spec does not know keeps the wait going, unless the caller names it final."""
    router.get("/api/v1/runs/42").respond(200, json=run_body("archived"))
    with pytest.raises(RunWaitTimeout):
        await api.wait_for_run(42, max_wait=30, poll_interval=10)
    final = coalesce_client.TERMINAL_RUN_STATUSES | {"archived"}
    assert str((await api.wait_for_run(42, final_statuses=final)).run_status) == "archived"
    with pytest.raises(coalesce_client.RunFailedError):  # final, and not a success
        await api.wait_for_run(42, final_statuses=final, raise_on_failure=True)
    with pytest.raises(RequestValidationError, match="final_statuses"):
        await api.wait_for_run(42, final_statuses=[])


@pytest.mark.asyncio
async def test_wait_for_run_logs_progress_at_info(api: Api, router: Any, caplog: pytest.LogCaptureFixture) -> None:
    route = router.get("/api/v1/runs/42")
    route.side_effect = [httpx.Response(200, json=run_body(s)) for s in ("running", "completed")]
    with caplog.at_level(logging.INFO, logger="coalesce_client"):
        await api.wait_for_run(42, poll_interval=5)
    assert "run 42 is 'running'; polling again in 5.0s" in [r.getMessage() for r in caplog.records if r.levelno == 20]


@pytest.mark.asyncio
async def test_wait_for_run_timeout_is_a_deprecated_max_wait(api: Api, router: Any, clock: ManualClock) -> None:
    router.get("/api/v1/runs/42").respond(200, json=run_body("running"))
    with pytest.warns(DeprecationWarning, match="max_wait"), pytest.raises(RunWaitTimeout, match="after waiting 25s"):
        await api.wait_for_run(42, timeout=25, poll_interval=10)
    with pytest.warns(DeprecationWarning), pytest.raises(RequestValidationError, match="not both"):
        await api.wait_for_run(42, timeout=25, max_wait=30)


def test_the_final_run_statuses_are_the_ones_the_spec_marks() -> None:
    spec = yaml.safe_load((ROOT / "generated" / "coalesce.openapi.yaml").read_text(encoding="utf-8"))
    marked = spec["components"]["schemas"]["RunStatus"]
    assert {s.value for s in coalesce_client.TERMINAL_RUN_STATUSES} == set(marked["x-final-values"])
    from coalesce_client.models.run_status import RUN_STATUS_SUCCESS_VALUES

    assert {s.value for s in RUN_STATUS_SUCCESS_VALUES} == set(marked["x-success-values"])
