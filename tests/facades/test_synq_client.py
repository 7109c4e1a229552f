"""SynqClient and AsyncSynqClient through the generated package, against respx (every test runs both)."""

from __future__ import annotations

import asyncio
import json
import logging
import ssl
from typing import Any, Protocol, runtime_checkable
from urllib.parse import parse_qs

import httpx
import pytest
import respx
import synq_client
import yaml
from synq_client import (
    MAX_IDS_PER_REQUEST,
    SYNQ_SERVERS,
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AsyncSynqClient,
    AuthenticationError,
    BadGatewayError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    ExecutionsResult,
    GatewayTimeoutError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RequestValidationError,
    ResponseValidationError,
    ServiceUnavailableError,
    SynqClient,
    UnexpectedServerStatusError,
    UnexpectedStatusError,
)
from synq_client.models import BatchGetExecutionsRequest, BatchGetExecutionsResponse
from synq_coalesce_core.clock import ManualClock

from tests.paths import ROOT

BASE = "https://developer.synq.io"
PATH = "/api/executions/v2/by-id"
URL = BASE + PATH
TOKEN = "synq-SECRET-token-0123456789"
CLIENT_SECRET = "synq-CLIENT-SECRET-abcdef"
TLS = ssl.create_default_context()  # built once: loading the CA bundle per client would dominate the run time


@runtime_checkable
class RpcStatusModel(Protocol):
    """The generated google.rpc.Status model, whatever the spec names the schema."""

    code: int | None
    message: str | None


def executions_body(*ids: str) -> dict[str, Any]:
    return {"executions": {i: {"id": i, "message": f"ran {i}"} for i in ids}}


def rpc_status(code: int, message: str) -> dict[str, Any]:
    return {"code": code, "message": message, "details": []}


def found_in(request: httpx.Request, known: set[str]) -> httpx.Response:
    ids = json.loads(request.content)["executionIds"]
    return httpx.Response(200, json=executions_body(*[i for i in ids if i in known]))


class Api:
    """Runs one call through a fresh sync or async client, so each test body covers both."""

    def __init__(self, mode: str, clock: ManualClock) -> None:
        self.mode = mode
        self.clock = clock

    def options(self, extra: dict[str, Any]) -> dict[str, Any]:
        credentials = {} if "client_id" in extra else {"token": TOKEN}
        return {**credentials, "clock": self.clock, "verify_ssl": TLS, **extra}

    async def batch(self, ids: Any, **client_options: Any) -> BatchGetExecutionsResponse:
        body = BatchGetExecutionsRequest(execution_ids=ids)
        if self.mode == "sync":
            with SynqClient(**self.options(client_options)) as client:
                return client.batch_get_executions(body=body)
        async with AsyncSynqClient(**self.options(client_options)) as aclient:
            return await aclient.batch_get_executions(body=body)

    async def get_executions(self, ids: Any, **client_options: Any) -> ExecutionsResult:
        if self.mode == "sync":
            with SynqClient(**self.options(client_options)) as client:
                return client.get_executions(ids)
        async with AsyncSynqClient(**self.options(client_options)) as aclient:
            return await aclient.get_executions(ids)

    async def batch_twice(self, ids: list[str], *, between: float = 0.0, **client_options: Any) -> None:
        body = BatchGetExecutionsRequest(execution_ids=ids)
        if self.mode == "sync":
            with SynqClient(**self.options(client_options)) as client:
                client.batch_get_executions(body=body)
                self.clock.advance(between)
                client.batch_get_executions(body=body)
            return
        async with AsyncSynqClient(**self.options(client_options)) as aclient:
            await aclient.batch_get_executions(body=body)
            self.clock.advance(between)
            await aclient.batch_get_executions(body=body)


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
async def test_batch_get_executions_sends_the_ids_and_parses_the_map(api: Api, router: Any) -> None:
    route = router.post(PATH).respond(200, json=executions_body("e1", "e2"))
    response = await api.batch(["e1", "e2", "e3"])
    assert isinstance(response, BatchGetExecutionsResponse)
    assert response.executions is not None
    assert sorted(response.executions.additional_properties) == ["e1", "e2"]
    assert response.executions["e1"].message == "ran e1"
    request = route.calls.last.request
    assert request.method == "POST"
    assert request.url == URL
    assert json.loads(request.content) == {"executionIds": ["e1", "e2", "e3"]}
    assert request.headers["content-type"] == "application/json"
    assert request.headers["authorization"] == f"Bearer {TOKEN}"
    assert request.headers["user-agent"].startswith("synq_client/")
    assert request.extensions["timeout"] == {"connect": 5.0, "read": 60.0, "write": 60.0, "pool": 60.0}


@pytest.mark.asyncio
async def test_an_empty_response_means_nothing_found(api: Api, router: Any) -> None:
    router.post(PATH).respond(200, json={})
    assert (await api.batch(["e1"])).executions is None


STATUSES = [
    (400, 3, BadRequestError, 1),
    (401, 16, AuthenticationError, 1),
    (403, 7, PermissionDeniedError, 1),
    (404, 5, NotFoundError, 1),
    (409, 10, ConflictError, 3),
    (429, 8, RateLimitError, 3),
    (499, 1, UnexpectedStatusError, 1),
    (500, 13, InternalServerError, 3),
    (501, 12, InternalServerError, 1),
    (503, 14, ServiceUnavailableError, 3),
    (504, 4, GatewayTimeoutError, 3),
]


@pytest.mark.asyncio
@pytest.mark.parametrize(("status", "code", "cls", "attempts"), STATUSES)
async def test_error_statuses_raise_typed_errors_with_the_rpc_status(
    api: Api, router: Any, clock: ManualClock, status: int, code: int, cls: type[APIStatusError], attempts: int
) -> None:
    message = f"grpc code {code} happened"
    route = router.post(PATH).respond(status, json=rpc_status(code, message))
    with pytest.raises(cls) as caught:
        await api.batch(["e1"])
    error = caught.value
    assert type(error) is cls
    assert isinstance(error.error, RpcStatusModel)
    assert (error.error.code, error.error.message) == (code, message)
    assert error.status_code == status
    status_line = f"{status} {httpx.codes.get_reason_phrase(status)}".strip()
    assert str(error) == f"{status_line} from POST {URL}: {message}"
    assert error.request is not None
    assert error.request.method == "POST"
    assert route.call_count == attempts == error.attempts
    assert clock.sleeps == [0.5, 1.0][: attempts - 1]


@pytest.mark.asyncio
async def test_429_waits_for_retry_after_then_succeeds(api: Api, router: Any, clock: ManualClock) -> None:
    route = router.post(PATH)
    route.side_effect = [
        httpx.Response(429, headers={"Retry-After": "12"}, json=rpc_status(8, "resource exhausted")),
        httpx.Response(429, headers={"retry-after-ms": "1500"}, json=rpc_status(8, "resource exhausted")),
        httpx.Response(200, json=executions_body("e1")),
    ]
    response = await api.batch(["e1"])
    assert response.executions is not None
    assert clock.sleeps == [12.0, 1.5]
    assert route.call_count == 3


@pytest.mark.asyncio
async def test_retry_after_beyond_a_minute_is_raised_at_once_with_the_wait(
    api: Api, router: Any, clock: ManualClock
) -> None:
    """Hammering a server that asked for two minutes helps nobody: the caller gets the error and `.retry_after`."""
    route = router.post(PATH)
    route.side_effect = [
        httpx.Response(503, headers={"Retry-After": "120"}),
        httpx.Response(200, json=executions_body("e1")),
    ]
    with pytest.raises(ServiceUnavailableError) as caught:
        await api.batch(["e1"])
    assert (caught.value.retry_after, caught.value.attempts, route.call_count, clock.sleeps) == (120.0, 1, 1, [])


@pytest.mark.asyncio
async def test_an_execution_under_an_id_not_asked_for_comes_after_the_ones_asked(api: Api, router: Any) -> None:
    """The server's answer is kept whole, in a fixed order: the IDs asked first (in the order asked), then any other
    ID it answered for; an ID asked for and not answered is missing, whatever else came back."""
    router.post(PATH).respond(200, json=executions_body("e3", "zz-not-asked", "e1"))
    result = await api.get_executions(["e1", "e2", "e3"])
    assert list(result.executions) == ["e1", "e3", "zz-not-asked"]
    assert result.executions["zz-not-asked"].id == "zz-not-asked"
    assert result.missing == ["e2"]


@pytest.mark.asyncio
async def test_520_and_html_502(api: Api, router: Any) -> None:
    route = router.post(PATH)
    route.side_effect = [httpx.Response(520, text="")]
    with pytest.raises(UnexpectedServerStatusError) as caught:
        await api.batch(["e1"])
    assert caught.value.error is None
    assert route.call_count == 1
    html = "<html><body><center><h1>502 Bad Gateway</h1></center></body></html>"
    route.side_effect = None
    route.respond(502, text=html, headers={"content-type": "text/html; charset=utf-8"})
    with pytest.raises(BadGatewayError) as bad_gateway:
        await api.batch(["e1"])
    assert bad_gateway.value.error is None
    assert bad_gateway.value.text == html
    assert str(bad_gateway.value) == f"502 Bad Gateway from POST {URL}: text/html body ({len(html)} bytes)"


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("side_effect", "cls"),
    [
        (httpx.ConnectError("[Errno 111] Connection refused"), APIConnectionError),
        (httpx.RemoteProtocolError("Server disconnected without sending a response."), APIConnectionError),
        (httpx.ReadError("[Errno 104] Connection reset by peer"), APIConnectionError),
        (httpx.ReadTimeout("The read operation timed out"), APITimeoutError),
    ],
)
async def test_transport_failures_after_the_retries(
    api: Api, router: Any, clock: ManualClock, side_effect: Exception, cls: type[APIError]
) -> None:
    route = router.post(PATH).mock(side_effect=side_effect)
    with pytest.raises(cls) as caught:
        await api.batch(["e1"])
    assert (cls is APITimeoutError) == isinstance(caught.value, APITimeoutError)
    assert route.call_count == 3 == caught.value.attempts
    assert clock.sleeps == [0.5, 1.0]
    assert str(caught.value).startswith(f"POST {URL} ")
    assert str(caught.value).endswith(" after 3 attempts")


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "body",
    ['{"executions": {"e1": {"id": 5}}', '{"executions": ["e1"]}', "[]", "<html></html>"],
)
async def test_unparsable_200_is_a_response_validation_error(api: Api, router: Any, body: str) -> None:
    router.post(PATH).respond(200, text=body)
    with pytest.raises(ResponseValidationError) as caught:
        await api.batch(["e1"])
    assert caught.value.text == body


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("ids", "field", "message"),
    [
        ([], "body.executionIds", "must contain at least 1 item(s), got 0 (minItems)"),
        (
            [f"e{i}" for i in range(MAX_IDS_PER_REQUEST + 1)],
            "body.executionIds",
            f"must contain at most {MAX_IDS_PER_REQUEST} items, got {MAX_IDS_PER_REQUEST + 1} (maxItems)",
        ),
        (["e1", ""], "body.executionIds[1]", "must be at least 1 character(s) long, got 0 (minLength)"),
        (["e1", 7], "body.executionIds[1]", "must be string, got int (type)"),
        ("e1", "body.executionIds", "must be array, got str (type)"),
        (None, "body.executionIds", "must be array, got NoneType (type)"),
    ],
)
async def test_bad_ids_are_refused_before_sending(api: Api, router: Any, ids: Any, field: str, message: str) -> None:
    """The limits come from the spec (`executionIds`: minItems, maxItems, items minLength)."""
    route = router.route().respond(200, json={})
    with pytest.raises(RequestValidationError) as caught:
        await api.batch(ids)
    assert str(caught.value) == f"{field} {message}"
    assert caught.value.field == field
    if ids != [] and not (isinstance(ids, list) and len(ids) > MAX_IDS_PER_REQUEST):
        with pytest.raises(RequestValidationError):
            await api.get_executions(ids)
    assert route.call_count == 0


@pytest.mark.asyncio
async def test_get_executions_batches_merges_and_reports_missing(api: Api, router: Any) -> None:
    full, rest = 2, max(1, MAX_IDS_PER_REQUEST // 2)  # two full batches of the spec's maxItems and a rest
    ids = [f"e{i:05d}" for i in range(full * MAX_IDS_PER_REQUEST + rest)]
    known = {i for n, i in enumerate(ids) if n % 7 != 0}
    route = router.post(PATH).mock(side_effect=lambda request: found_in(request, known))
    result = await api.get_executions([*ids, ids[1], ids[2]])
    assert route.call_count == full + 1
    sent = [json.loads(call.request.content)["executionIds"] for call in route.calls]
    assert sorted(len(batch) for batch in sent) == [rest] + [MAX_IDS_PER_REQUEST] * full
    assert sorted(i for batch in sent for i in batch) == ids
    assert list(result.executions) == [i for i in ids if i in known]
    assert result.missing == [i for i in ids if i not in known]
    assert result.executions[ids[1]].id == ids[1]


@pytest.mark.asyncio
async def test_get_executions_without_ids_sends_nothing(api: Api, router: Any) -> None:
    route = router.route().respond(200, json={})
    assert await api.get_executions([]) == ExecutionsResult()
    assert route.call_count == 0


@pytest.mark.asyncio
async def test_get_executions_raises_the_first_failure(api: Api, router: Any) -> None:
    route = router.post(PATH)
    route.side_effect = [httpx.Response(200, json=executions_body("a")), httpx.Response(403, json=rpc_status(7, "no"))]
    with pytest.raises(PermissionDeniedError):
        await api.get_executions([f"id{i}" for i in range(150)])


@pytest.mark.asyncio
@pytest.mark.parametrize("concurrency", [1, 2, 4])
async def test_async_get_executions_bounds_concurrency(concurrency: int) -> None:
    in_flight, peak, batches = 0, 0, 0

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, peak, batches
        in_flight += 1
        batches += 1
        peak = max(peak, in_flight)
        await asyncio.sleep(0.001)
        in_flight -= 1
        return found_in(request, {"id5", "id550"})

    async with AsyncSynqClient(TOKEN, verify_ssl=TLS, httpx_args={"transport": httpx.MockTransport(handler)}) as client:
        result = await client.get_executions([f"id{i}" for i in range(1000)], concurrency=concurrency)
    assert batches == -(-1000 // MAX_IDS_PER_REQUEST)  # the spec's executionIds maxItems decides the batch size
    assert peak == min(concurrency, batches)
    assert list(result.executions) == ["id5", "id550"]
    assert len(result.missing) == 1000 - 2


@pytest.mark.asyncio
@pytest.mark.parametrize("concurrency", [0, -1, True, 1.5])
async def test_async_get_executions_rejects_bad_concurrency(concurrency: Any) -> None:
    async with AsyncSynqClient(TOKEN, verify_ssl=TLS) as client:
        with pytest.raises(RequestValidationError, match="concurrency must be an integer >= 1"):
            await client.get_executions(["e1"], concurrency=concurrency)


def oauth_server(router: Any, *, base: str = BASE, expires_in: int = 3600) -> tuple[Any, Any, list[str]]:
    issued: list[str] = []

    def issue(request: httpx.Request) -> httpx.Response:
        issued.append(f"access-{len(issued) + 1}")
        return httpx.Response(200, json={"access_token": issued[-1], "token_type": "Bearer", "expires_in": expires_in})

    token_route = router.post(f"{base}/oauth2/token").mock(side_effect=issue)
    api_route = router.post(f"{base}{PATH}").respond(200, json=executions_body("e1"))
    return token_route, api_route, issued


@pytest.mark.asyncio
async def test_oauth2_client_credentials_fetch_and_reuse_the_token(api: Api, router: Any) -> None:
    token_route, api_route, _ = oauth_server(router)
    await api.batch_twice(["e1"], client_id="my-client", client_secret=CLIENT_SECRET)
    assert token_route.call_count == 1
    form = parse_qs(token_route.calls.last.request.content.decode())
    assert form == {"grant_type": ["client_credentials"], "client_id": ["my-client"], "client_secret": [CLIENT_SECRET]}
    assert token_route.calls.last.request.headers["content-type"] == "application/x-www-form-urlencoded"
    assert [c.request.headers["authorization"] for c in api_route.calls] == ["Bearer access-1"] * 2


@pytest.mark.asyncio
async def test_oauth2_token_is_refreshed_before_it_expires(api: Api, router: Any) -> None:
    token_route, api_route, _ = oauth_server(router, expires_in=3600)
    await api.batch_twice(["e1"], between=3541, client_id="my-client", client_secret=CLIENT_SECRET)
    assert token_route.call_count == 2
    assert [c.request.headers["authorization"] for c in api_route.calls] == ["Bearer access-1", "Bearer access-2"]


@pytest.mark.asyncio
async def test_oauth2_refreshes_once_when_the_api_rejects_a_cached_token(api: Api, router: Any) -> None:
    token_route, api_route, _ = oauth_server(router)
    api_route.side_effect = [
        httpx.Response(200, json=executions_body("e1")),
        httpx.Response(401, json=rpc_status(16, "token revoked")),
        httpx.Response(200, json=executions_body("e1")),
    ]
    await api.batch_twice(["e1"], client_id="my-client", client_secret=CLIENT_SECRET)
    assert token_route.call_count == 2
    assert [c.request.headers["authorization"] for c in api_route.calls] == [
        "Bearer access-1",
        "Bearer access-1",
        "Bearer access-2",
    ]


@pytest.mark.asyncio
async def test_oauth2_uses_the_regional_token_endpoint(api: Api, router: Any) -> None:
    token_route, api_route, _ = oauth_server(router, base=SYNQ_SERVERS["us"])
    await api.batch(["e1"], client_id="my-client", client_secret=CLIENT_SECRET, region="us")
    assert token_route.call_count == api_route.call_count == 1


@pytest.mark.asyncio
async def test_oauth2_rejection_is_an_authentication_error(api: Api, router: Any) -> None:
    router.post("/oauth2/token").respond(401, json={"error": "invalid_client", "error_description": "bad credentials"})
    api_route = router.post(PATH).respond(200, json={})
    with pytest.raises(AuthenticationError) as caught:
        await api.batch(["e1"], client_id="my-client", client_secret=CLIENT_SECRET)
    assert str(caught.value) == (
        f"401 Unauthorized from POST {BASE}/oauth2/token: the OAuth2 token request failed: "
        "invalid_client: bad credentials"
    )
    assert api_route.call_count == 0


@pytest.mark.asyncio
async def test_secrets_never_reach_logs_reprs_or_errors(
    api: Api, router: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    _, api_route, issued = oauth_server(router)
    api_route.side_effect = [httpx.Response(503, json=rpc_status(14, "unavailable"))] * 3
    with pytest.raises(ServiceUnavailableError) as caught:
        await api.batch(["e1"], client_id="my-client", client_secret=CLIENT_SECRET)
    api_route.side_effect = None
    api_route.respond(401, json=rpc_status(16, "bad token"))
    with pytest.raises(AuthenticationError) as rejected:
        await api.batch(["e1"])
    errors: list[APIError] = [caught.value, rejected.value]
    texts = [text for e in errors for text in (str(e), repr(e), repr(e.request))]
    texts += [record.getMessage() for record in caplog.records]
    with (
        SynqClient(TOKEN, verify_ssl=TLS) as token_client,
        SynqClient(client_id="my-client", client_secret=CLIENT_SECRET, verify_ssl=TLS) as oauth_client,
    ):
        texts += [repr(token_client), repr(oauth_client), repr(token_client.with_options(max_retries=1))]
    assert any(record.name == "synq_client" for record in caplog.records)
    assert any("retrying POST" in record.getMessage() for record in caplog.records)
    for text in texts:
        for secret in (TOKEN, CLIENT_SECRET, *issued):
            assert secret not in text, text


def test_credentials_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("SYNQ_TOKEN", "SYNQ_CLIENT_ID", "SYNQ_CLIENT_SECRET", "SYNQ_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(ConfigurationError, match="no SYNQ credentials: pass token=, or client_id= and client_secret="):
        SynqClient()
    monkeypatch.setenv("SYNQ_CLIENT_ID", "env-client")
    with pytest.raises(ConfigurationError, match="client_secret is missing"):
        AsyncSynqClient()
    monkeypatch.setenv("SYNQ_CLIENT_SECRET", CLIENT_SECRET)
    with SynqClient() as client:
        assert (
            "ClientCredentialsAuth(token_url='https://developer.synq.io/oauth2/token', client_id='env-client'"
            in repr(client)
        )
    monkeypatch.setenv("SYNQ_TOKEN", TOKEN)
    with SynqClient() as client:
        assert "BearerTokenAuth" in repr(client)
    with respx.mock(base_url=BASE) as mock, SynqClient() as client:
        route = mock.post(PATH).respond(200, json={})
        client.get_executions(["e1"])
    assert route.calls.last.request.headers["authorization"] == f"Bearer {TOKEN}"


def test_ambiguous_credentials_are_refused() -> None:
    with pytest.raises(ConfigurationError, match="either token= or client_id= and client_secret="):
        SynqClient(TOKEN, client_id="x", client_secret="y")
    with pytest.raises(ConfigurationError, match="client_id is missing"):
        SynqClient(client_secret="y")


def _base_url(**settings: Any) -> str:
    with SynqClient(TOKEN, **settings) as client:
        return client.base_url


def test_base_url_from_region_environment_or_argument(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SYNQ_BASE_URL", raising=False)
    assert _base_url() == "https://developer.synq.io" == SYNQ_SERVERS["eu"]
    assert _base_url(region="au") == "https://api.au.synq.io"
    monkeypatch.setenv("SYNQ_BASE_URL", "http://localhost:4010/")
    assert _base_url() == "http://localhost:4010"
    with pytest.raises(ConfigurationError, match="unknown region 'emea'; known regions: 'eu', 'us', 'au'"):
        SynqClient(TOKEN, region="emea")
    with pytest.raises(ConfigurationError, match="scheme"):
        SynqClient(TOKEN, base_url="developer.synq.io")
    with pytest.raises(ConfigurationError, match="plain http"):
        SynqClient(TOKEN, base_url="http://developer.synq.io")
    assert _base_url(base_url="http://synq.internal", allow_insecure_http=True) == "http://synq.internal"


def test_servers_match_the_spec() -> None:
    spec = yaml.safe_load((ROOT / "generated/synq.openapi.yaml").read_text())
    assert list(SYNQ_SERVERS.values()) == [server["url"] for server in spec["servers"]]


def test_with_options() -> None:
    with SynqClient(TOKEN, verify_ssl=TLS) as client, respx.mock(base_url=BASE) as mock:
        route = mock.post(PATH).respond(503, json=rpc_status(14, "x"))
        tuned = client.with_options(max_retries=0, timeout=3, headers={"X-Team": "data"})
        with pytest.raises(ServiceUnavailableError):
            tuned.get_executions(["e1"])
        assert route.call_count == 1
        assert route.calls.last.request.headers["x-team"] == "data"
        assert route.calls.last.request.extensions["timeout"]["read"] == 3.0
        assert client.max_retries == 2
        assert repr(tuned).startswith("SynqClient(base_url='https://developer.synq.io', timeout=Timeout(timeout=3.0)")


def test_the_generated_api_stays_available_beside_the_facades() -> None:
    from synq_client.api.executions import batch_get_executions
    from synq_client.client import AuthenticatedClient

    assert callable(batch_get_executions.sync_detailed)
    assert callable(AuthenticatedClient)
    assert {"SynqClient", "AsyncSynqClient"} <= set(synq_client.__all__)
    assert not {"Client", "AuthenticatedClient"} & set(synq_client.__all__)


def test_executions_result_repr_is_short_whatever_its_size() -> None:
    result = ExecutionsResult(missing=[f"id-{n}" for n in range(10_000)])
    assert repr(result) == "ExecutionsResult(executions=<0 found>, missing=<10000 IDs>, failed=<0 batches>)"


def test_a_failed_batch_repr_names_its_size_and_ends_not_every_id() -> None:
    batch = synq_client.FailedBatch([f"id-{n}" for n in range(100)], APIError("boom"))
    assert repr(batch) == "FailedBatch(ids=<100 IDs: 'id-0', ... 'id-99'>, error=APIError('boom'))"
    assert repr(synq_client.FailedBatch(["id-0"], APIError("boom"))) == (
        "FailedBatch(ids=<1 ID: 'id-0'>, error=APIError('boom'))"
    )


@pytest.mark.parametrize("sync", [True, False], ids=["sync", "async"])
def test_a_collected_batch_is_logged_and_the_result_survives_json(
    sync: bool, router: Any, caplog: pytest.LogCaptureFixture
) -> None:
    """A batch and a half of IDs: the first batch answers (some IDs missing), the second fails with a 503 and is
    collected. The result goes through `to_dict`, JSON (an Airflow XCom) and `from_dict` unchanged but for the error's
    class."""
    rest = max(1, MAX_IDS_PER_REQUEST // 2)
    ids = [f"e{n}" for n in range(MAX_IDS_PER_REQUEST + rest)]

    def answer(request: httpx.Request) -> httpx.Response:
        asked = json.loads(request.content)["executionIds"]
        if "e0" not in asked:
            return httpx.Response(503, json=rpc_status(14, "busy"), headers={"x-request-id": "req-5"})
        return httpx.Response(200, json=executions_body(*asked[::2]))

    router.post(PATH).mock(side_effect=answer)

    async def fetch() -> ExecutionsResult:
        async with AsyncSynqClient(TOKEN, max_retries=0, verify_ssl=TLS) as aclient:
            return await aclient.get_executions(ids, on_error="collect")

    with caplog.at_level(logging.WARNING, logger="synq_client"):
        if sync:
            with SynqClient(TOKEN, max_retries=0, verify_ssl=TLS) as client:
                result = client.get_executions(ids, on_error="collect")
        else:
            result = asyncio.run(fetch())
    collected = [r.getMessage() for r in caplog.records if "collected" in r.getMessage()]
    assert len(collected) == len(result.failed) == 1 and f"a batch of {rest} ID" in collected[0]
    assert collected[0].endswith("(request ID req-5)")

    data = json.loads(json.dumps(result.to_dict()))
    assert data["failed"][0]["error"] == {
        "type": "ServiceUnavailableError",
        "message": result.failed[0].error.message,
        "status_code": 503,
        "request_id": "req-5",
    }
    again = ExecutionsResult.from_dict(data)
    assert again.to_dict() == {
        **data,
        "failed": [
            {
                **data["failed"][0],
                "error": {**data["failed"][0]["error"], "type": "APIError", "status_code": None, "request_id": None},
            }
        ],
    }
    assert list(again.executions) == list(result.executions) and again.missing == result.missing
    assert again.executions == result.executions
    assert again.failed[0].ids == result.failed[0].ids and str(again.failed[0].error) == str(result.failed[0].error)
