"""Tokens: only RFC 6750 b64token characters go on the wire (static or OAuth2-issued), exception text quoting a
header is scrubbed, a 401 mid-batch refreshes the token once for everyone, the token endpoint follows no redirect,
API redirects only go where the token may go, and environment proxies never see the token in clear.

Over real sockets on 127.0.0.1 (uvicorn, `tests.faults.hostile`) and in-process; nothing dials another address:
where a non-loopback proxy or redirect target appears, the refusal comes before any connection.
"""

from __future__ import annotations

import asyncio
import json
import logging
import pickle
import threading
import traceback
from concurrent.futures import ThreadPoolExecutor
from typing import Any
from urllib.parse import quote_plus

import httpx
import pytest
from coalesce_client import AsyncCoalesceClient, CoalesceClient
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route
from synq_client import (
    APIConnectionError,
    APIError,
    AsyncSynqClient,
    AuthenticationError,
    ConfigurationError,
    ResponseValidationError,
    SynqClient,
)
from synq_coalesce_core.exceptions import UnexpectedStatusError
from synq_coalesce_core.redact import REDACTED

from scripts.mock.serving import serve_in_background
from tests.faults import hostile
from tests.faults.harness import mock, store_record
from tests.faults.test_fault_hostile_bodies import call

SECRET = "SECRETtok7f3a"
CLIENT_SECRET = "csec-SECRET-4411"
FAR_AWAY = "10.255.255.1"  # never dialled: every test below refuses it before connecting


def text_of(error: BaseException) -> str:
    return "".join(traceback.format_exception(error)) + repr(error) + str(error)


@pytest.mark.parametrize("bad", [f"abc\x0b{SECRET}", f"abc\x0c{SECRET}", f"a b{SECRET}", f"é{SECRET}", f'"{SECRET}"'])
@pytest.mark.parametrize("cls", [SynqClient, AsyncSynqClient, CoalesceClient, AsyncCoalesceClient])
def test_a_static_token_outside_b64token_is_refused_without_echo(cls: Any, bad: str) -> None:
    with pytest.raises(ConfigurationError, match="characters a bearer token cannot have") as caught:
        cls(bad, base_url="http://127.0.0.1:9")
    assert SECRET not in text_of(caught.value)


@pytest.mark.parametrize("good", ["eyJhbGciOi.eyJzdWIi.c2lnbmF0dXJl", "abc+/~-._XYZ09==", "Bearer tok-1"])
def test_b64token_characters_are_accepted(good: str) -> None:
    with SynqClient(good, base_url="http://127.0.0.1:9") as synq:
        assert "***" in repr(synq)


@pytest.fixture
def all_logs() -> Any:
    """Every logger, at DEBUG, into one list of formatted lines."""
    lines: list[str] = []
    handler = logging.Handler(logging.DEBUG)
    handler.emit = lambda record: lines.append(record.getMessage() + repr(record.args))  # type: ignore[method-assign]
    root = logging.getLogger()
    previous = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    yield lines
    root.removeHandler(handler)
    root.setLevel(previous)


@pytest.mark.parametrize("sync", [True, False])
def test_an_issued_token_outside_b64token_is_refused_and_never_sent(sync: bool, all_logs: list[str]) -> None:
    body = b'{"access_token": "x\\u000b' + SECRET.encode() + b'", "expires_in": 3600}'
    with hostile.serve(hostile.respond(200, body)) as server:
        error = call("synq", sync, server.url, client_id="id", client_secret=CLIENT_SECRET, max_retries=0)
        assert [request.path for request in server.requests] == ["/oauth2/token"]
    assert isinstance(error, ResponseValidationError), repr(error)
    assert "access_token" in str(error) and "characters a bearer token cannot have" in str(error)
    assert all_logs, "nothing was logged at DEBUG"
    assert SECRET not in text_of(error) + "\n".join(all_logs)
    assert CLIENT_SECRET not in "\n".join(all_logs)


@pytest.mark.parametrize("sync", [True, False])
def test_exception_text_quoting_the_authorization_header_is_scrubbed(sync: bool) -> None:
    """h11 quotes a header value it refuses; whatever httpx or h11 says about our request loses the token."""

    def refuse(request: httpx.Request) -> httpx.Response:
        value = request.headers["authorization"]
        raise httpx.LocalProtocolError(f"Illegal header value {value.encode()!r} ({value})")

    if sync:
        http: Any = httpx.Client(transport=httpx.MockTransport(refuse))
    else:

        async def refuse_async(request: httpx.Request) -> httpx.Response:
            return refuse(request)

        http = httpx.AsyncClient(transport=httpx.MockTransport(refuse_async))
    error = call("coalesce", sync, "http://127.0.0.1:9", token=SECRET, http_client=http)
    assert isinstance(error, APIConnectionError), repr(error)
    assert "LocalProtocolError: Illegal header value b'[redacted]' ([redacted])" in str(error)
    assert SECRET not in text_of(error)


def rotating_api() -> tuple[Starlette, dict[str, Any]]:
    """A token endpoint issuing tok-1, tok-2, ... and an API accepting only tokens issued since the last rotation;
    refused requests are held until `concurrency` of them have arrived, so they all hold the same expired token."""
    state: dict[str, Any] = {"issued": 0, "oldest_valid": 1, "refused": 0, "concurrency": 8}

    async def token(request: Request) -> JSONResponse:
        state["issued"] += 1
        await asyncio.sleep(0.05)
        return JSONResponse({"access_token": f"tok-{state['issued']}", "expires_in": 3600})

    async def executions(request: Request) -> JSONResponse:
        number = int(request.headers["authorization"].rpartition("-")[2])
        if number < state["oldest_valid"]:
            state["refused"] += 1
            for _ in range(200):
                if state["refused"] >= state["concurrency"]:
                    break
                await asyncio.sleep(0.01)
            return JSONResponse({"code": 16, "message": "token expired"}, status_code=401)
        return JSONResponse({"executions": {}})

    routes = [
        Route("/oauth2/token", token, methods=["POST"]),
        Route("/api/executions/v2/by-id", executions, methods=["POST"]),
    ]
    return Starlette(routes=routes), state


def rotate(state: dict[str, Any]) -> int:
    state["oldest_valid"], state["refused"] = state["issued"] + 1, 0
    return int(state["issued"])


@pytest.mark.parametrize("concurrency", [8, 20])
def test_a_401_mid_batch_refreshes_once_for_all_threads(concurrency: int) -> None:
    app, state = rotating_api()
    state["concurrency"] = concurrency
    with (
        serve_in_background(app) as url,
        SynqClient(
            client_id="id", client_secret=CLIENT_SECRET, base_url=url, httpx_args={"limits": httpx.Limits()}
        ) as synq,
    ):
        synq.get_executions(["e1"])
        before = rotate(state)
        barrier = threading.Barrier(concurrency)

        def one(_: int) -> object:
            barrier.wait()
            return synq.get_executions(["e1"])

        with ThreadPoolExecutor(concurrency) as pool:
            assert len(list(pool.map(one, range(concurrency)))) == concurrency
    assert state["issued"] - before == 1


@pytest.mark.parametrize("where", ["uvicorn", "in-process"])
def test_a_401_mid_batch_refreshes_once_for_all_tasks(where: str) -> None:
    app, state = rotating_api()

    async def run(url: str | None) -> int:
        transport = httpx.ASGITransport(app=app) if url is None else None
        async with (
            httpx.AsyncClient(transport=transport) as http,
            AsyncSynqClient(
                client_id="id", client_secret=CLIENT_SECRET, base_url=url or "http://127.0.0.1:9", http_client=http
            ) as synq,
        ):
            await synq.get_executions(["e1"])
            before = rotate(state)
            await synq.get_executions([f"e{n}" for n in range(800)], concurrency=8)  # 8 batches at once
            return int(state["issued"]) - before

    if where == "uvicorn":
        with serve_in_background(app) as url:
            assert asyncio.run(run(url)) == 1
    else:
        assert asyncio.run(run(None)) == 1


@pytest.mark.parametrize("status", [307, 308])
@pytest.mark.parametrize("how", ["httpx_args", "own-client"])
@pytest.mark.parametrize("sync", [True, False])
def test_the_token_endpoint_never_follows_a_redirect(sync: bool, how: str, status: int) -> None:
    token = b'{"access_token": "stolen", "expires_in": 3600}'
    with hostile.serve(hostile.respond(200, token)) as other:
        moved = {"Location": other.url + "/oauth2/token"}
        with hostile.serve(hostile.respond(status, b"", moved)) as server:
            if how == "httpx_args":
                options: dict[str, Any] = {"httpx_args": {"follow_redirects": True}}
            else:
                options = {"http_client": (httpx.Client if sync else httpx.AsyncClient)(follow_redirects=True)}
            error = call(
                "synq", sync, server.url, client_id="id", client_secret=CLIENT_SECRET, max_retries=0, **options
            )
        assert other.requests == []  # the form body with the client secret went nowhere else
    assert isinstance(error, UnexpectedStatusError) and error.status_code == status
    assert f"redirect to {other.url}/oauth2/token not followed" in str(error)


def redirecting(target: str, *, status: int = 307) -> Any:
    """A MockTransport handler: the API answers with a redirect to `target`, which answers a Run."""
    seen: list[httpx.Request] = []
    record = store_record(mock("coalesce"), 3)

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if str(request.url).startswith(target):
            return httpx.Response(200, json=record)
        return httpx.Response(status, headers={"Location": target})

    return handler, seen


@pytest.mark.parametrize(
    "target",
    [f"http://{FAR_AWAY}/api/v1/runs/3", "http://api.example.com/api/v1/runs/3"],
    ids=["elsewhere", "downgrade"],
)
@pytest.mark.parametrize("sync", [True, False])
def test_an_api_redirect_to_plain_http_is_not_followed(sync: bool, target: str) -> None:
    handler, seen = redirecting(target)
    transport = httpx.MockTransport(handler)
    http: Any = (httpx.Client if sync else httpx.AsyncClient)(transport=transport, follow_redirects=True)
    error = call("coalesce", sync, "https://api.example.com", token=SECRET, http_client=http)
    assert isinstance(error, UnexpectedStatusError) and error.status_code == 307
    assert f"redirect to {target} not followed" in str(error)
    assert [str(request.url) for request in seen] == ["https://api.example.com/api/v1/runs/1"]


@pytest.mark.parametrize("sync", [True, False])
def test_followed_redirects_carry_the_token_to_the_same_origin_only(sync: bool) -> None:
    for target, token_sent in [
        ("https://api.example.com/v2/runs/3", True),
        ("https://mirror.example.com/runs/3", False),
        ("https://api.example.com:8443/v2/runs/3", False),  # the same host on another port is another origin
    ]:
        handler, seen = redirecting(target)
        http: Any = (httpx.Client if sync else httpx.AsyncClient)(
            transport=httpx.MockTransport(handler), follow_redirects=True
        )
        assert call("coalesce", sync, "https://api.example.com", token=SECRET, http_client=http) is None
        assert [str(request.url) for request in seen] == ["https://api.example.com/api/v1/runs/1", target]
        assert ("authorization" in seen[1].headers) is token_sent


@pytest.mark.parametrize("sync", [True, False])
def test_a_redirect_loop_stops_at_max_redirects(sync: bool) -> None:
    seen: list[httpx.Request] = []

    def to_itself(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(307, headers={"Location": str(request.url)})

    http: Any = (httpx.Client if sync else httpx.AsyncClient)(
        transport=httpx.MockTransport(to_itself), follow_redirects=True, max_redirects=3
    )
    error = call("coalesce", sync, "https://api.example.com", token=SECRET, http_client=http, max_retries=0)
    assert isinstance(error, APIConnectionError) and "TooManyRedirects" in str(error), repr(error)
    assert len(seen) == 1 + 3  # the request and max_redirects hops


def test_redirects_stay_off_by_default() -> None:
    handler, seen = redirecting("https://api.example.com/v2/runs/3")
    error = call(
        "coalesce",
        True,
        "https://api.example.com",
        token=SECRET,
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
    )
    assert isinstance(error, UnexpectedStatusError) and len(seen) == 1


@pytest.fixture
def no_proxies(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in ("http_proxy", "https_proxy", "all_proxy", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)
    return monkeypatch


@pytest.mark.parametrize("variable", ["HTTP_PROXY", "http_proxy", "ALL_PROXY"])
@pytest.mark.parametrize("cls", [SynqClient, AsyncSynqClient, CoalesceClient, AsyncCoalesceClient])
def test_a_far_proxy_for_plain_http_is_refused_before_connecting(
    no_proxies: pytest.MonkeyPatch, cls: Any, variable: str
) -> None:
    no_proxies.setenv(variable, f"http://user:pw@{FAR_AWAY}:3128")
    with pytest.raises(
        ConfigurationError, match=f"^{variable} routes the plain-http requests to http://127.0.0.1:9 "
    ) as caught:
        cls(SECRET, base_url="http://127.0.0.1:9")
    assert "pw" not in str(caught.value) and FAR_AWAY in str(caught.value)


def test_a_far_proxy_in_httpx_args_is_refused(no_proxies: pytest.MonkeyPatch) -> None:
    with pytest.raises(ConfigurationError, match=r"^httpx_args\['proxy'\] routes the plain-http requests"):
        SynqClient(SECRET, base_url="http://127.0.0.1:9", httpx_args={"proxy": f"http://{FAR_AWAY}:3128"})


@pytest.mark.parametrize(
    ("settings", "options"),
    [
        ({"HTTP_PROXY": f"http://{FAR_AWAY}:3128", "NO_PROXY": "127.0.0.1"}, {}),
        ({"HTTP_PROXY": f"http://{FAR_AWAY}:3128", "NO_PROXY": "*"}, {}),
        ({"HTTP_PROXY": f"http://{FAR_AWAY}:3128"}, {"allow_insecure_http": True}),
        ({"HTTP_PROXY": f"http://{FAR_AWAY}:3128"}, {"httpx_args": {"trust_env": False}}),
        ({"HTTPS_PROXY": f"http://{FAR_AWAY}:3128"}, {}),  # https to the API is tunnelled: the proxy sees no token
    ],
    ids=["no-proxy-host", "no-proxy-star", "allowed", "trust-env-off", "https-proxy-for-http"],
)
def test_proxies_that_see_no_token_in_clear_are_accepted(
    no_proxies: pytest.MonkeyPatch, settings: dict[str, str], options: dict[str, Any]
) -> None:
    for name, value in settings.items():
        no_proxies.setenv(name, value)
    with (
        CoalesceClient(SECRET, base_url="http://127.0.0.1:9", **options),
        SynqClient(SECRET, base_url="https://developer.synq.io"),
    ):
        pass


@pytest.mark.parametrize("sync", [True, False])
def test_a_loopback_proxy_carries_the_call(no_proxies: pytest.MonkeyPatch, sync: bool) -> None:
    import json

    run = json.dumps(store_record(mock("coalesce"), 3)).encode()
    with hostile.serve(hostile.respond(200, run)) as proxy:
        no_proxies.setenv("HTTP_PROXY", proxy.url)
        assert call("coalesce", sync, "http://127.0.0.1:9", token=SECRET) is None
    assert [request.path for request in proxy.requests] == [
        "http://127.0.0.1:9/api/v1/runs/1"
    ]  # absolute form: a proxy


@pytest.mark.parametrize(
    ("variable", "value", "problem"),
    [
        ("ALL_PROXY", "socks5://127.0.0.1:1080", "ALL_PROXY names a SOCKS proxy, which needs the socksio package"),
        ("HTTPS_PROXY", "::bad::", "HTTPS_PROXY is not a usable proxy URL"),
        (
            "SSL_CERT_FILE",
            "/nonexistent/ca.pem",
            "SSL_CERT_FILE='/nonexistent/ca.pem' cannot be loaded as CA certificates",
        ),
    ],
)
@pytest.mark.parametrize("cls", [SynqClient, AsyncSynqClient, CoalesceClient, AsyncCoalesceClient])
def test_unusable_environment_settings_are_configuration_errors(
    no_proxies: pytest.MonkeyPatch, cls: Any, variable: str, value: str, problem: str
) -> None:
    import importlib.util

    assert importlib.util.find_spec("socksio") is None  # the setting this test is about: httpx[socks] not installed
    no_proxies.setenv(variable, value)
    with pytest.raises(ConfigurationError, match="^" + problem.replace("(", r"\(")):
        cls(SECRET, base_url="https://developer.synq.io")


def test_a_ca_file_that_is_not_certificates_names_the_variable(no_proxies: pytest.MonkeyPatch, tmp_path: Any) -> None:
    bundle = tmp_path / "ca.pem"
    bundle.write_text("not a certificate")
    no_proxies.setenv("SSL_CERT_FILE", str(bundle))
    with pytest.raises(ConfigurationError, match=r"^SSL_CERT_FILE=.* cannot be loaded as CA certificates"):
        SynqClient(SECRET, base_url="https://developer.synq.io")


@pytest.mark.parametrize("lifetime", [b"9" * 400, b'"1e400"', b'"NaN"', b'"soon"'])
@pytest.mark.parametrize("sync", [True, False])
def test_an_unusable_expires_in_is_a_typed_error(sync: bool, lifetime: bytes) -> None:
    with hostile.serve(hostile.respond(200, b'{"access_token": "tok", "expires_in": ' + lifetime + b"}")) as server:
        error = call("synq", sync, server.url, client_id="id", client_secret=CLIENT_SECRET, max_retries=0)
    assert isinstance(error, ResponseValidationError), repr(error)
    assert "expires_in that is not a finite number of seconds" in str(error)


ISSUED = "acc-ISSUED-7c1e9d"


def every_text(error: BaseException) -> str:
    """Every text an error carries: message, repr, traceback with its chain, notes, body, response, pickle."""
    response = getattr(error, "response", None)
    parts = [text_of(error), getattr(error, "text", ""), "".join(getattr(error, "__notes__", ()))]
    if response is not None:
        parts += [response.text, repr(response.headers), *(r.text for r in response.history)]
    parts.append(pickle.dumps(error).decode("latin-1"))
    return "\n".join(parts)


@pytest.mark.parametrize(
    "body",
    [
        {"access_token": ISSUED, "expires_in": "soon"},
        {"access_token": ISSUED, "expires_in": "Infinity"},
        {"access_token": ISSUED + "é", "expires_in": 60},
        {"access_token": ISSUED, "expires_in": 3600, "pad": "x" * 300},  # unusable: the status is 500
    ],
    ids=["expires-soon", "expires-infinity", "bad-characters", "error-status"],
)
@pytest.mark.parametrize("sync", [True, False])
def test_a_token_response_unusable_in_one_field_leaks_no_issued_token(sync: bool, body: dict[str, Any]) -> None:
    status = 500 if "pad" in body else 200
    with hostile.serve(hostile.respond(status, json.dumps(body).encode())) as server:
        error = call("synq", sync, server.url, client_id="id", client_secret=CLIENT_SECRET, max_retries=0)
    assert isinstance(error, APIError), repr(error)
    assert "access_token" in error.text  # type: ignore[attr-defined]  # the body is kept, its token is not
    assert ISSUED not in every_text(error)


ECHOES = [
    (401, '{{"code": 16, "message": "token Bearer {secret} is revoked"}}'),
    (403, '{{"error": {{"errorString": "no access for {secret}", "errorDetail": "scope"}}}}'),
    (503, '{{"message": "down; your header was Authorization: Bearer {secret}"}}'),
    (200, '{{"executions": "{secret}", "id": "{secret}", "runStatus": "{secret}"}}'),  # a body that does not fit
]


@pytest.mark.parametrize(("status", "template"), ECHOES, ids=[str(status) for status, _ in ECHOES])
@pytest.mark.parametrize("vendor", ["synq", "coalesce"])
@pytest.mark.parametrize("sync", [True, False])
def test_a_server_echoing_the_token_reaches_no_error_text(sync: bool, vendor: str, status: int, template: str) -> None:
    body = template.format(secret=SECRET).encode()
    with hostile.serve(hostile.respond(status, body)) as server:
        error = call(vendor, sync, server.url, token=SECRET, max_retries=0)
    assert isinstance(error, APIError), repr(error)
    assert REDACTED in str(error) + error.text  # type: ignore[attr-defined]
    assert SECRET not in every_text(error) + repr(getattr(error, "error", None))


@pytest.mark.parametrize("sync", [True, False])
def test_a_token_endpoint_quoting_the_form_body_reaches_no_error_text(sync: bool) -> None:
    """The error_description quotes the form we sent, client secret included (form-encoded and plain)."""
    form = f"grant_type=client_credentials&client_id=id&client_secret={quote_plus(CLIENT_SECRET + ' x')}"
    body = {"error": "invalid_client", "error_description": f"bad form {form} (secret {CLIENT_SECRET} x)"}
    with hostile.serve(hostile.respond(401, json.dumps(body).encode())) as server:
        error = call("synq", sync, server.url, client_id="id", client_secret=CLIENT_SECRET + " x", max_retries=0)
    assert isinstance(error, AuthenticationError), repr(error)
    assert "invalid_client: bad form grant_type=client_credentials" in str(error)
    assert CLIENT_SECRET not in every_text(error)


@pytest.mark.parametrize("sync", [True, False])
def test_a_server_echoing_an_issued_token_reaches_no_error_text(sync: bool) -> None:
    async def issue_then_echo(request: hostile.Request, writer: Any) -> None:
        if request.path == "/oauth2/token":
            body = {"access_token": ISSUED, "expires_in": 3600}
            await hostile.respond(200, json.dumps(body).encode())(request, writer)
        else:
            echo = {"code": 7, "message": f"denied: {request.headers['authorization']}"}
            await hostile.respond(403, json.dumps(echo).encode())(request, writer)

    with hostile.serve(issue_then_echo) as server:
        error = call("synq", sync, server.url, client_id="id", client_secret=CLIENT_SECRET, max_retries=0)
    assert isinstance(error, APIError) and error.status_code == 403, repr(error)  # type: ignore[attr-defined]
    assert "denied: Bearer [redacted]" in str(error)
    assert ISSUED not in every_text(error)
