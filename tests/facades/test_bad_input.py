"""Bad input on the client side: every invalid argument is refused with an error naming the field and the limit,
before any request is sent (respx answers everything and records zero calls). Sync and async, both vendors."""

from __future__ import annotations

import asyncio
import math
import ssl
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import respx
from coalesce_client import AsyncCoalesceClient, CoalesceClient
from coalesce_client import ConfigurationError as CoalesceConfigurationError
from coalesce_client import RequestValidationError as CoalesceRequestValidationError
from synq_client import MAX_IDS_PER_REQUEST, AsyncSynqClient, BadRequestError, SynqClient
from synq_client import ConfigurationError as SynqConfigurationError
from synq_client import RequestValidationError as SynqRequestValidationError
from synq_client.models import BatchGetExecutionsRequest

from scripts.mock.app import MAX_BODY_BYTES, create_app

TOKEN = "bad-input-token-0123456789"
TLS = ssl.create_default_context()  # one CA bundle load for the whole module
CLIENTS: dict[str, Any] = {
    "synq-sync": SynqClient,
    "synq-async": AsyncSynqClient,
    "coalesce-sync": CoalesceClient,
    "coalesce-async": AsyncCoalesceClient,
}
CONFIGURATION_ERRORS = (SynqConfigurationError, CoalesceConfigurationError)


@pytest.fixture
def no_request() -> Iterator[respx.MockRouter]:
    """A respx router that would answer any request; each test asserts it was never called."""
    with respx.mock(assert_all_called=False) as router:
        router.route().respond(200, json={})
        yield router
    assert router.calls.call_count == 0, [str(call.request.url) for call in router.calls]


def run(client_class: Any, method: str, *args: Any, **kwargs: Any) -> Any:
    """Call `method` on a fresh client (sync or async) and return its result."""
    if client_class in (SynqClient, CoalesceClient):
        with client_class(TOKEN, verify_ssl=TLS) as client:
            return getattr(client, method)(*args, **kwargs)

    async def go() -> Any:
        async with client_class(TOKEN, verify_ssl=TLS) as client:
            return await getattr(client, method)(*args, **kwargs)

    return asyncio.run(go())


SYNQ = [SynqClient, AsyncSynqClient]
COALESCE = [CoalesceClient, AsyncCoalesceClient]
IDS = [f"exec-{n:05d}" for n in range(10_000)]

IDS_FIELD = "body.executionIds"
BAD_BATCHES: list[tuple[object, str, str]] = [
    ([], IDS_FIELD, r"must contain at least 1 item\(s\), got 0 \(minItems\)"),
    (
        IDS[: MAX_IDS_PER_REQUEST + 1],
        IDS_FIELD,
        rf"must contain at most {MAX_IDS_PER_REQUEST} items, got {MAX_IDS_PER_REQUEST + 1} \(maxItems\)",
    ),
    (IDS, IDS_FIELD, f"must contain at most {MAX_IDS_PER_REQUEST} items, got {len(IDS)}"),
    ([1], f"{IDS_FIELD}[0]", r"must be string, got int \(type\)"),
    (["exec-001", None], f"{IDS_FIELD}[1]", "must be string, got NoneType"),
    (["exec-001", b"exec-002"], f"{IDS_FIELD}[1]", "must be string, got bytes"),
    ([["exec-001"]], f"{IDS_FIELD}[0]", "must be string, got list"),
    ([""], f"{IDS_FIELD}[0]", r"must be at least 1 character\(s\) long, got 0 \(minLength\)"),
    (["exec-001", "ok\ud800"], f"{IDS_FIELD}[1]", "is not valid Unicode text \\(a lone surrogate at index 2\\)"),
    ("exec-001", IDS_FIELD, r"must be array, got str \(type\)"),
    (None, IDS_FIELD, "must be array, got NoneType"),
    (42, IDS_FIELD, "must be array, got int"),
]


@pytest.mark.parametrize(
    ("ids", "field", "message"), BAD_BATCHES, ids=lambda v: str(v)[:30] if isinstance(v, str) else None
)
@pytest.mark.parametrize("client_class", SYNQ, ids=["sync", "async"])
def test_batch_get_executions_refuses_what_the_spec_does_not_allow(
    client_class: Any, ids: object, field: str, message: str, no_request: respx.MockRouter
) -> None:
    with pytest.raises(SynqRequestValidationError, match=message) as caught:
        run(client_class, "batch_get_executions", body=BatchGetExecutionsRequest(execution_ids=ids))  # type: ignore[arg-type]
    assert caught.value.field == field
    assert str(caught.value).startswith(field + " ")


@pytest.mark.parametrize("client_class", SYNQ, ids=["sync", "async"])
def test_get_executions_refuses_blank_ids_which_the_spec_allows(
    client_class: Any, no_request: respx.MockRouter
) -> None:
    with pytest.raises(SynqRequestValidationError, match=r"ids\[1\] must be a non-empty string"):
        run(client_class, "get_executions", ["exec-001", " \t\n"])


@pytest.mark.parametrize("client_class", SYNQ, ids=["sync", "async"])
def test_get_executions_refuses_a_bad_id_anywhere_before_sending_any_batch(
    client_class: Any, no_request: respx.MockRouter
) -> None:
    with pytest.raises(SynqRequestValidationError, match=r"ids\[250\] must be a string, got int"):
        run(client_class, "get_executions", [*IDS[:250], 250])


@pytest.mark.parametrize("client_class", SYNQ, ids=["sync", "async"])
def test_get_executions_with_no_ids_sends_nothing(client_class: Any, no_request: respx.MockRouter) -> None:
    result = run(client_class, "get_executions", [])
    assert (result.executions, result.missing) == ({}, [])


@pytest.mark.parametrize("client_class", SYNQ, ids=["sync", "async"])
def test_get_executions_accepts_ten_thousand_ids_in_batches_of_the_spec_s_limit(client_class: Any) -> None:
    with respx.mock(assert_all_called=False) as router:
        route = router.post("https://developer.synq.io/api/executions/v2/by-id").respond(200, json={})
        result = run(client_class, "get_executions", IDS)
    assert route.call_count == -(-len(IDS) // MAX_IDS_PER_REQUEST)  # the spec's executionIds maxItems
    assert result.missing == IDS
    sent = [
        id_ for call in route.calls for id_ in httpx.Response(200, content=call.request.content).json()["executionIds"]
    ]
    assert sent == IDS


@pytest.mark.parametrize("client_class", SYNQ, ids=["sync", "async"])
def test_long_ids_are_sent_because_the_spec_sets_no_max_length(client_class: Any) -> None:
    """`executionIds.items` has only `minLength: 1`: the client must not invent a limit."""
    long_id = "x" * 100_000
    with respx.mock(assert_all_called=False) as router:
        route = router.post("https://developer.synq.io/api/executions/v2/by-id").respond(200, json={})
        run(client_class, "batch_get_executions", body=BatchGetExecutionsRequest(execution_ids=[long_id]))
    assert route.call_count == 1


def test_an_id_larger_than_the_mock_accepts_is_a_typed_400_not_retried() -> None:
    """The server's limit arrives as the vendor's 400 (BadRequestError), sent once."""
    app = create_app("synq", token=TOKEN)

    async def go() -> None:
        async with (
            httpx.AsyncClient(transport=httpx.ASGITransport(app=app)) as http,
            AsyncSynqClient(TOKEN, base_url="http://127.0.0.1:9", http_client=http) as synq,
        ):
            await synq.batch_get_executions(body=BatchGetExecutionsRequest(execution_ids=["x" * (MAX_BODY_BYTES + 1)]))

    with pytest.raises(BadRequestError, match=f"larger than {MAX_BODY_BYTES} bytes") as caught:
        asyncio.run(go())
    assert (caught.value.status_code, caught.value.attempts) == (400, 1)


BAD_RUN_IDS: list[tuple[object, str]] = [
    (-1, r"run_id must be >= 0, got -1 \(minimum\)"),
    (-(2**63), "run_id must be >= 0"),
    (10**5000, r"run_id is too large to send \(16610 bits\)"),
    (1.5, r"run_id must be integer, got float \(type\)"),
    (3.0, "run_id must be integer, got float"),
    (math.nan, "run_id must be integer, got float"),
    (True, "run_id must be integer, got bool"),
    (False, "run_id must be integer, got bool"),
    ("3", "run_id must be integer, got str"),
    ("", "run_id must be integer, got str"),
    (None, "run_id must be integer, got NoneType"),
    ([3], "run_id must be integer, got list"),
]


@pytest.mark.parametrize(
    ("run_id", "message"), BAD_RUN_IDS, ids=lambda v: "10**5000" if isinstance(v, int) and v > 10**100 else repr(v)
)
@pytest.mark.parametrize("client_class", COALESCE, ids=["sync", "async"])
def test_get_run_refuses_bad_run_ids(
    client_class: Any, run_id: object, message: str, no_request: respx.MockRouter
) -> None:
    with pytest.raises(CoalesceRequestValidationError, match=message) as caught:
        run(client_class, "get_run", run_id)
    assert caught.value.field == "run_id"


@pytest.mark.parametrize(
    ("arguments", "field"),
    [
        ({"run_id": -1}, "run_id"),
        ({"run_id": 1, "max_wait": 0}, "max_wait"),
        ({"run_id": 1, "max_wait": -5}, "max_wait"),
        ({"run_id": 1, "max_wait": math.inf}, "max_wait"),
        ({"run_id": 1, "max_wait": math.nan}, "max_wait"),
        ({"run_id": 1, "poll_interval": 0}, "poll_interval"),
        ({"run_id": 1, "poll_interval": True}, "poll_interval"),
    ],
)
@pytest.mark.parametrize("client_class", COALESCE, ids=["sync", "async"])
def test_wait_for_run_refuses_bad_limits(
    client_class: Any, arguments: dict[str, Any], field: str, no_request: respx.MockRouter
) -> None:
    with pytest.raises(CoalesceRequestValidationError, match=field) as caught:
        run(client_class, "wait_for_run", **arguments)
    assert caught.value.field == field


BAD_BASE_URLS: list[tuple[str, str]] = [
    ("api.example.com", "base_url 'api.example.com' must be an absolute URL with a scheme and a host"),
    ("//api.example.com", "must be an absolute URL with a scheme and a host"),
    ("ftp://api.example.com", "must be an absolute URL with a scheme and a host"),
    ("", "base_url must be a non-empty URL"),
    ("   ", "base_url must be a non-empty URL"),
    ("http://api.example.com", "base_url 'http://api.example.com' must use https for a non-loopback host"),
    ("http://127.0.0.1.nip.io", "must use https for a non-loopback host"),
    ("http://localhost.example.com", "must use https for a non-loopback host"),
    ("http://0.0.0.0:4010", "must use https for a non-loopback host"),
    ("http://10.0.0.5", "must use https for a non-loopback host"),
    ("https://user:hunter2@api.example.com", "base_url must not contain credentials"),
    ("https://api.example.com/?token=abc", "must not have a query or fragment"),
]


@pytest.mark.parametrize(("base_url", "message"), BAD_BASE_URLS)
@pytest.mark.parametrize("client_class", list(CLIENTS.values()), ids=list(CLIENTS))
def test_bad_base_urls_are_refused_at_construction(
    client_class: Any, base_url: str, message: str, no_request: respx.MockRouter
) -> None:
    with pytest.raises(CONFIGURATION_ERRORS, match=message) as caught:
        client_class(TOKEN, base_url=base_url, verify_ssl=TLS)
    assert "hunter2" not in str(caught.value)
    assert TOKEN not in str(caught.value)


@pytest.mark.parametrize("vendor", ["SYNQ", "COALESCE"])
def test_a_plain_http_base_url_from_the_environment_is_refused_too(
    vendor: str, monkeypatch: pytest.MonkeyPatch, no_request: respx.MockRouter
) -> None:
    monkeypatch.setenv(f"{vendor}_BASE_URL", "http://api.example.com")
    client_class = SynqClient if vendor == "SYNQ" else CoalesceClient
    with pytest.raises(CONFIGURATION_ERRORS, match="must use https"):
        client_class(TOKEN, verify_ssl=TLS)


@pytest.mark.parametrize("base_url", ["http://127.0.0.1:4010", "http://localhost:4011/", "http://[::1]:4010"])
@pytest.mark.parametrize("client_class", list(CLIENTS.values()), ids=list(CLIENTS))
def test_plain_http_to_loopback_is_allowed(client_class: Any, base_url: str) -> None:
    client = client_class(TOKEN, base_url=base_url, verify_ssl=TLS)
    assert client.base_url == base_url.rstrip("/")
    close(client)


def close(client: Any) -> None:
    """Close a sync or an async client (one never closed warns when it is collected)."""
    if isinstance(client.http_client, httpx.AsyncClient):
        asyncio.run(client.close())
    else:
        client.close()


@pytest.mark.parametrize("allow", ["yes", 1, None, "False"])
@pytest.mark.parametrize("client_class", list(CLIENTS.values()), ids=list(CLIENTS))
def test_allow_insecure_http_must_be_an_explicit_bool(client_class: Any, allow: object) -> None:
    with pytest.raises(CONFIGURATION_ERRORS, match="allow_insecure_http must be True or False"):
        client_class(TOKEN, base_url="http://api.example.com", allow_insecure_http=allow, verify_ssl=TLS)


def test_with_the_explicit_opt_in_plain_http_is_used_and_carries_the_token() -> None:
    with respx.mock(assert_all_called=False) as router:
        route = router.post("http://api.example.com/api/executions/v2/by-id").respond(200, json={})
        with SynqClient(TOKEN, base_url="http://api.example.com", allow_insecure_http=True, verify_ssl=TLS) as synq:
            synq.get_executions(["exec-001"])
    assert route.call_count == 1
    assert route.calls[0].request.headers["Authorization"] == f"Bearer {TOKEN}"


@pytest.mark.parametrize("client_class", list(CLIENTS.values()), ids=list(CLIENTS))
def test_tls_verification_is_on_by_default(client_class: Any) -> None:
    client = client_class(TOKEN)
    context: ssl.SSLContext = client.http_client._transport._pool._ssl_context
    assert (context.verify_mode, context.check_hostname) == (ssl.CERT_REQUIRED, True)
    close(client)


@pytest.mark.parametrize("verify", [0, None, "false", "", "0"], ids=repr)
@pytest.mark.parametrize("client_class", list(CLIENTS.values()), ids=list(CLIENTS))
def test_tls_verification_cannot_be_turned_off_by_a_falsy_value(client_class: Any, verify: object) -> None:
    with pytest.raises(CONFIGURATION_ERRORS, match=r"verify_ssl must be True, False or an ssl\.SSLContext"):
        client_class(TOKEN, verify_ssl=verify)


@pytest.mark.parametrize("client_class", list(CLIENTS.values()), ids=list(CLIENTS))
def test_tls_verification_cannot_be_turned_off_through_httpx_args(client_class: Any) -> None:
    with pytest.raises(CONFIGURATION_ERRORS, match="verify_ssl="):
        client_class(TOKEN, verify_ssl=TLS, httpx_args={"verify": False})


@pytest.mark.parametrize("client_class", list(CLIENTS.values()), ids=list(CLIENTS))
def test_only_an_explicit_false_turns_tls_verification_off(client_class: Any) -> None:
    client = client_class(TOKEN, verify_ssl=False)
    context: ssl.SSLContext = client.http_client._transport._pool._ssl_context
    assert context.verify_mode == ssl.CERT_NONE
    close(client)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"timeout": -1}, "timeout must be a number of seconds >= 0"),
        ({"timeout": math.nan}, "timeout must be a number of seconds >= 0"),
        ({"max_retries": -1}, "max_retries must be an integer >= 0"),
        ({"max_retries": True}, "max_retries must be an integer >= 0"),
        ({"headers": {"Authorization": "Bearer other"}}, "not with the Authorization header"),
        ({"headers": {"X-Ok": 1}}, "headers must map strings to strings"),
        ({"http_client": "not a client"}, "http_client must be an httpx"),
        ({"region": "moon"}, "unknown region 'moon'"),
        ({"region": "eu", "base_url": "https://x.example"}, "pass either region= or base_url="),
    ],
)
@pytest.mark.parametrize("client_class", list(CLIENTS.values()), ids=list(CLIENTS))
def test_other_bad_settings_are_refused_at_construction(
    client_class: Any, options: dict[str, Any], message: str, no_request: respx.MockRouter
) -> None:
    with pytest.raises(CONFIGURATION_ERRORS, match=message):
        client_class(TOKEN, verify_ssl=TLS, **options)


@pytest.mark.parametrize("token", ["", "   ", "Bearer ", "tok\nen", "tok\0en", 12345], ids=repr)
@pytest.mark.parametrize("client_class", list(CLIENTS.values()), ids=list(CLIENTS))
def test_unusable_tokens_are_refused_without_echoing_them(
    client_class: Any, token: object, no_request: respx.MockRouter
) -> None:
    with pytest.raises(CONFIGURATION_ERRORS, match="token") as caught:
        client_class(token, verify_ssl=TLS)
    if isinstance(token, str) and token.strip():
        assert token.strip() not in str(caught.value)
