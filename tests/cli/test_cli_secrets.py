"""No credential reaches the command's output, even from a server (uvicorn on 127.0.0.1) that echoes every credential
it gets or issues into its answers: in the JSON printed, the errors and the progress lines."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from scripts.mock.seeds import seed_records
from scripts.mock.serving import serve_in_background
from scripts.spec.model import Spec

from .conftest import invoke

TOKEN = "static-token-0123456789"
CLIENT_ID, CLIENT_SECRET = "echo-client", "client-secret-0123456789"
ISSUED = "issued-token-0123456789"
PASSWORD = "snowflake-password-0123456789"  # a `format: password` field of startRun's userCredentials
RUN = next(iter(seed_records(Spec.load("coalesce")).values()))
EXECUTION_ID = next(iter(seed_records(Spec.load("synq"))))
REDACTED = "[redacted]"
CREDENTIALS = "--user-credentials=@<the credentials file>"
WAIT_BRIEFLY = ["--poll-interval", "0.1", "--max-wait", "0.2"]


def echoing_app() -> Starlette:
    started: list[str] = []  # the startRun bodies received

    async def run(request: Request) -> JSONResponse:
        said = request.headers.get("authorization", "")
        if request.path_params["run_id"] == "0":
            return JSONResponse({"error": {"errorString": f"unknown run; you sent {said}"}}, status_code=404)
        return JSONResponse({**RUN, "runStatus": f"running as {said}", "echo": said, "started": started})

    async def start(request: Request) -> JSONResponse:
        started.append((await request.body()).decode())
        return JSONResponse({"runCounter": RUN["id"], "echo": started[-1]})

    async def token(request: Request) -> JSONResponse:
        form = (await request.body()).decode()
        return JSONResponse({"access_token": ISSUED, "token_type": "Bearer", "expires_in": 3600, "echo": form})

    async def executions(request: Request) -> JSONResponse:
        said = request.headers.get("authorization", "")
        return JSONResponse({"executions": {EXECUTION_ID: {"id": EXECUTION_ID, "echo": said}}})

    return Starlette(
        routes=[
            Route("/api/v1/runs/{run_id}", run),
            Route("/oauth2/token", token, methods=["POST"]),
            Route("/scheduler/startRun", start, methods=["POST"]),
            Route("/api/executions/v2/by-id", executions, methods=["POST"]),
        ]
    )


@pytest.fixture(scope="module")
def echo_url() -> Iterator[str]:
    with serve_in_background(echoing_app()) as url:
        yield url


@pytest.fixture
def echo_env(echo_url: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """The variables, and a credentials file holding a Snowflake password (returned)."""
    monkeypatch.delenv("SYNQ_TOKEN", raising=False)
    monkeypatch.setenv("COALESCE_TOKEN", TOKEN)
    monkeypatch.setenv("COALESCE_BASE_URL", echo_url)
    monkeypatch.setenv("SYNQ_CLIENT_ID", CLIENT_ID)
    monkeypatch.setenv("SYNQ_CLIENT_SECRET", CLIENT_SECRET)
    monkeypatch.setenv("SYNQ_BASE_URL", echo_url)
    credentials = tmp_path / "credentials.json"
    credentials.write_text(json.dumps({"snowflakeUsername": "ci", "snowflakePassword": PASSWORD}))
    return credentials


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["coalesce", "runs", "get-run", str(RUN["id"])], 0),  # the token echoed in the printed run
        (["coalesce", "runs", "get-run", "0"], 3),  # ... in an error body
        (["coalesce", "runs", "wait", str(RUN["id"]), *WAIT_BRIEFLY], 1),  # ... in the progress lines
        (["synq", "executions", "get", EXECUTION_ID], 0),  # an issued OAuth2 token echoed
        (["synq", "executions", "batch-get-executions", "--execution-ids", EXECUTION_ID], 0),
        (["coalesce", "jobs", "jobs-initiate-run", "--run-details", '{"environmentID": "3"}', CREDENTIALS], 0),
        (["coalesce", "runs", "start", "--environment", "3", "--wait", *WAIT_BRIEFLY, CREDENTIALS], 1),
    ],
)
def test_no_credential_in_any_output(echo_env: Path, args: list[str], code: int) -> None:
    """The password sent in a body the server echoes, too."""
    result = invoke(*(f"--user-credentials=@{echo_env}" if arg is CREDENTIALS else arg for arg in args))
    assert result.exit_code == code, result.output
    shown: Any = result.stdout + result.stderr
    assert REDACTED in shown  # the echo was there, and was replaced
    for secret in (TOKEN, CLIENT_SECRET, ISSUED, PASSWORD):
        assert secret not in shown
