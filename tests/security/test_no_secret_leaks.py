"""No token, client secret or secret request field (`format: password`) appears in DEBUG logs (ours, httpx, httpcore, uvicorn's access and error logs),
exception strings, tracebacks, or the reprs of clients, auth objects, requests and their headers.

Both vendors, sync and async, a bearer token and SYNQ's OAuth2 client-credentials flow; against the real mock under
uvicorn with its access log on, through successes, 401s, injected faults and refused arguments.
"""

from __future__ import annotations

import asyncio
import json
import logging
import pickle
import traceback
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
import respx
from coalesce_client import AsyncCoalesceClient, CoalesceClient
from coalesce_client.models import RunUserCredentials, StartRunDetails, StartRunRequest
from synq_client import AsyncSynqClient, SynqClient
from synq_coalesce_core.clock import ManualClock

from scripts.mock.app import create_app
from scripts.mock.serving import serve_in_background
from scripts.spec.model import Spec
from tests.openapi.spec_instances import complete, effective_spec

TOKEN = "tok-SECRET-5f1e0c9a7b"  # the mock's token: what a bearer client sends, and what OAuth2 hands out
CLIENT_ID = "client-id-public"
CLIENT_SECRET = "csec-SECRET-93d0aa41"
SECRETS = (TOKEN, CLIENT_SECRET, TOKEN[4:], CLIENT_SECRET[5:])
FAULTS = ["", "unavailable;retry-after=1", "reset-before-headers", "html-502", "schema-violation", "truncated-json"]


@pytest.fixture(scope="module")
def urls() -> Iterator[dict[str, str]]:
    with (
        serve_in_background(create_app("synq", token=TOKEN), access_log=True) as synq,
        serve_in_background(create_app("coalesce", token=TOKEN), access_log=True) as coalesce,
    ):
        yield {"synq": synq, "coalesce": coalesce}


class Evidence:
    """Everything a secret could leak into, as text."""

    def __init__(self) -> None:
        self.parts: list[str] = []

    def add(self, *objects: object) -> None:
        for obj in objects:
            self.parts += [str(obj), repr(obj)]
            if isinstance(obj, BaseException):
                self.parts.append("".join(traceback.format_exception(obj)))
                request = getattr(obj, "request", None)
                if isinstance(request, httpx.Request):
                    self.parts += [repr(request), repr(request.headers), str(request.url)]

    def leaks(self, logs: str) -> list[str]:
        text = "\n".join([*self.parts, logs])
        return [secret for secret in SECRETS if secret in text]


def make(vendor: str, sync: bool, url: str, *, oauth: bool, fault: str, token: str = TOKEN) -> Any:
    headers = {"X-Mock-Fault": fault} if fault else {}
    options: dict[str, Any] = {"base_url": url, "clock": ManualClock(), "headers": headers}
    if vendor == "synq":
        cls = SynqClient if sync else AsyncSynqClient
        if oauth:
            return cls(client_id=CLIENT_ID, client_secret=CLIENT_SECRET, **options)
        return cls(token, **options)
    return (CoalesceClient if sync else AsyncCoalesceClient)(token, **options)


def exercise(client: Any, vendor: str, sync: bool, evidence: Evidence) -> None:
    """One call plus one refused call; every outcome and repr goes into the evidence."""
    method, good, bad = ("get_executions", ["exec-001", "exec-002"], [1]) if vendor == "synq" else ("get_run", 1, -1)
    if sync:
        with client:
            for argument in (good, bad):
                try:
                    evidence.add(getattr(client, method)(argument))
                except Exception as error:
                    evidence.add(error)
    else:

        async def go() -> None:
            async with client:
                for argument in (good, bad):
                    try:
                        evidence.add(await getattr(client, method)(argument))
                    except Exception as error:
                        evidence.add(error)

        asyncio.run(go())
    evidence.add(client, client._auth, client.http_client)


@pytest.fixture
def token_endpoint(urls: dict[str, str]) -> Iterator[respx.MockRouter]:
    """SYNQ's /oauth2/token (the mock has none): answers with the mock's token; everything else passes through."""
    with respx.mock(assert_all_called=False) as router:
        router.post(urls["synq"] + "/oauth2/token", name="token").respond(
            200, json={"access_token": TOKEN, "expires_in": 3600}
        )
        router.route().pass_through()
        yield router


@pytest.mark.parametrize("fault", FAULTS)
@pytest.mark.parametrize("sync", [True, False], ids=["sync", "async"])
@pytest.mark.parametrize("flavour", ["synq-token", "synq-oauth", "coalesce-token"])
def test_no_secret_in_logs_errors_or_reprs(
    flavour: str,
    sync: bool,
    fault: str,
    urls: dict[str, str],
    token_endpoint: respx.MockRouter,
    caplog: pytest.LogCaptureFixture,
) -> None:
    vendor = flavour.split("-")[0]
    evidence = Evidence()
    caplog.set_level(logging.DEBUG)
    client = make(vendor, sync, urls[vendor], oauth=flavour.endswith("oauth"), fault=fault)
    exercise(client, vendor, sync, evidence)

    logs = caplog.text
    if not fault.startswith("reset"):  # a reset comes before any response, so before any access-log line
        assert "uvicorn.access" in {record.name for record in caplog.records}, "the access log was not captured"
    assert any(record.levelno == logging.DEBUG for record in caplog.records)
    if fault:  # the failed call's WARNING line is among the lines checked
        assert any(r.levelno == logging.WARNING and r.name == f"{vendor}_client" for r in caplog.records)
    assert evidence.leaks(logs) == []
    if not fault:
        assert any("ExecutionsResult(" in part or "Run(" in part for part in evidence.parts), "no successful call"
    if flavour.endswith("oauth"):
        assert token_endpoint.routes["token"].call_count == 1  # the flow really ran, once


@pytest.mark.parametrize("flavour", ["synq-token", "coalesce-token", "synq-oauth"])
def test_a_rejected_credential_is_not_echoed(
    flavour: str, urls: dict[str, str], token_endpoint: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    """401 from the API (wrong token) or from the token endpoint (wrong secret): the error names no credential."""
    vendor = flavour.split("-")[0]
    caplog.set_level(logging.DEBUG)
    evidence = Evidence()
    if flavour.endswith("oauth"):
        token_endpoint.routes["token"].respond(401, json={"error": "invalid_client"})
    client = make(vendor, True, urls[vendor], oauth=flavour.endswith("oauth"), fault="", token="tok-SECRET-wrong")
    exercise(client, vendor, True, evidence)
    assert any("401 Unauthorized" in part for part in evidence.parts)
    assert evidence.leaks(caplog.text) == []
    assert "tok-SECRET-wrong" not in "\n".join([*evidence.parts, caplog.text])


def test_configuration_errors_do_not_echo_credentials() -> None:
    evidence = Evidence()
    attempts: list[Callable[[], object]] = [
        lambda: SynqClient(TOKEN, base_url="http://api.example.com"),
        lambda: SynqClient(client_id=CLIENT_ID, client_secret=CLIENT_SECRET, base_url="http://api.example.com"),
        lambda: SynqClient(TOKEN, base_url=f"https://user:{CLIENT_SECRET}@api.example.com"),
        lambda: SynqClient(f"{TOKEN}\nX-Injected: 1"),
        lambda: SynqClient(client_id=CLIENT_ID, client_secret=f"{CLIENT_SECRET}\0"),
        lambda: CoalesceClient(TOKEN, headers={"Authorization": f"Bearer {TOKEN}"}),
        lambda: CoalesceClient(TOKEN, base_url=f"https://api.example.com/?token={TOKEN}"),
    ]
    for attempt in attempts:
        with pytest.raises(ValueError) as caught:
            attempt()
        evidence.add(caught.value)
    assert evidence.leaks("") == []


def test_the_evidence_check_can_fail(caplog: pytest.LogCaptureFixture) -> None:
    """A deliberate leak in a log line or an exception is found."""
    caplog.set_level(logging.DEBUG)
    logging.getLogger("synq_client").debug("Authorization: Bearer %s", TOKEN)
    evidence = Evidence()
    evidence.add(RuntimeError(f"secret={CLIENT_SECRET}"))
    assert evidence.leaks(caplog.text) == [TOKEN, CLIENT_SECRET, TOKEN[4:], CLIENT_SECRET[5:]]


def test_the_warning_and_progress_lines_quote_no_credential_a_server_echoes(caplog: pytest.LogCaptureFixture) -> None:
    """A server that puts the token in its error text, its request ID and a run's status: the WARNING line of a failed
    call, of a collected batch and `wait_for_run`'s INFO progress carry none of it."""
    echo = {"x-request-id": f"req-{TOKEN}"}
    caplog.set_level(logging.DEBUG)
    with respx.mock(assert_all_called=False) as router:
        router.post("https://developer.synq.io/api/executions/v2/by-id").respond(
            503, json={"code": 14, "message": f"bad token {TOKEN}"}, headers=echo
        )
        runs = router.get("https://app.coalescesoftware.io/api/v1/runs/1")
        runs.side_effect = [
            httpx.Response(503, json={"error": {"errorString": f"no {TOKEN}"}}, headers=echo),
            httpx.Response(
                200,
                json=complete(
                    effective_spec("coalesce"),
                    "Run",
                    {"id": 1, "runDetails": {"environmentID": "e"}, "runStatus": TOKEN, "runType": "refresh"},
                ),
            ),
        ] * 3
        with SynqClient(TOKEN, clock=ManualClock(), max_retries=0) as synq:
            result = synq.get_executions(["e1"], on_error="collect")
        with CoalesceClient(TOKEN, clock=ManualClock(), max_retries=0) as coalesce, pytest.raises(Exception) as caught:
            coalesce.wait_for_run(1, max_wait=30, poll_interval=10)
    evidence = Evidence()
    evidence.add(result, *result.failed, caught.value)
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any("collected" in line for line in warnings) and any("runs/1" in line for line in warnings)
    assert any("polling again" in r.getMessage() for r in caplog.records if r.levelno == logging.INFO)
    assert evidence.leaks(caplog.text) == []


# ---- secret request fields: `format: password` in the effective spec (Coalesce startRun's userCredentials)

ECHOES = [(400, "BadRequestError"), (401, "AuthenticationError"), (500, "OutcomeUnknownError"), (200, "Response")]


async def echo_app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    """Answers with the request body quoted in its texts: a server that echoes what it got."""
    if scope["type"] != "http":
        return
    body = b""
    while True:
        message = await receive()
        body += message.get("body", b"")
        if not message.get("more_body"):
            break
    status = int(dict(scope["headers"]).get(b"x-echo-status", b"400"))
    text = body.decode()
    payload = json.dumps({"error": {"errorString": f"rejected: {text}", "errorDetail": text}, "message": text})
    headers = [(b"content-type", b"application/json")]  # not in a header: httpcore's DEBUG trace quotes headers
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": payload.encode()})


@pytest.fixture(scope="module")
def echo_url() -> Iterator[str]:
    with serve_in_background(echo_app, access_log=True) as url:
        yield url


def credentials() -> tuple[Any, list[str]]:
    """startRun's userCredentials with every field the spec marks secret set to a secret of its own."""
    spec = Spec.load("coalesce")
    fields = spec.schema("/components/schemas/RunUserCredentials")["properties"]
    marked = sorted(spec.secret_names & fields.keys())
    assert marked, "the effective spec marks no userCredentials field secret"
    values = {name: f"{name}-SECRET-{index}f3a" for index, name in enumerate(marked)}
    return RunUserCredentials.from_dict({"snowflakeUsername": "visible-user", **values}), list(values.values())


@pytest.mark.parametrize(("status", "raised"), ECHOES, ids=[name for _, name in ECHOES])
@pytest.mark.parametrize("sync", [True, False], ids=["sync", "async"])
def test_secret_request_fields_never_leak_even_when_echoed(
    status: int, raised: str, sync: bool, echo_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    user, secrets = credentials()
    body = StartRunRequest(run_details=StartRunDetails(environment_id="3", job_id="7"), user_credentials=user)
    options: dict[str, Any] = {"base_url": echo_url, "clock": ManualClock(), "headers": {"X-Echo-Status": str(status)}}
    try:
        if sync:
            with CoalesceClient(TOKEN, **options) as coalesce:
                coalesce.jobs_initiate_run(body=body)
        else:

            async def go() -> None:
                async with AsyncCoalesceClient(TOKEN, **options) as coalesce:
                    await coalesce.jobs_initiate_run(body=body)

            asyncio.run(go())
    except Exception as error:  # every failure is evidence
        caught: BaseException = error
    else:
        pytest.fail("the echoing server's answer was accepted")
    assert type(caught).__name__.startswith(raised)
    evidence = Evidence()
    evidence.add(body, user, caught, getattr(caught, "failure", None))
    evidence.parts += [pickle.dumps(caught).decode("latin-1"), getattr(caught, "text", "")]
    text = "\n".join([*evidence.parts, caplog.text])
    assert "visible-user" in getattr(caught, "text", "") + getattr(getattr(caught, "failure", None), "text", "")
    assert [secret for secret in secrets if secret in text] == []
    assert "uvicorn.access" in {record.name for record in caplog.records}
