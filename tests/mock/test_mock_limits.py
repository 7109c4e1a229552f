"""The mock as a server others rely on (issue 13, items 13 and 14): cheap bounds before item-by-item validation,
heavy validation off the event loop, connections that time out, quiet client disconnects, and the vendor's error
body for every stray path."""

from __future__ import annotations

import contextlib
import logging
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest

from scripts.mock import app as app_module
from scripts.mock import serving, validation
from scripts.mock.app import OFFLOAD_BYTES, create_app
from scripts.mock.serving import serve_in_background
from scripts.vendors import VENDORS
from tests.paths import ROOT

from .client import AUTH, SYNQ_PATH, TOKEN, max_ids, send
from .test_mock_serving import free_port

HUNDRED_THOUSAND_IDS = {"executionIds": ["a"] * 100_000}
READ_TIMEOUT = 0.3
WAIT = 5.0  # far above READ_TIMEOUT: a connection still open after this never times out


def rpc_code(response: httpx.Response) -> int:
    assert response.headers["content-type"] == "application/json", response.text
    return int(response.json()["code"])


# ---------------------------------------------------------------- 13: cheap checks first, never block the loop


def test_100000_ids_are_refused_by_the_size_bound_without_running_the_schema_validator() -> None:
    app = create_app("synq", token=TOKEN)
    spec = app.state.service.spec
    validated: list[str] = []
    real_validator = spec.validator

    def recording(location: str) -> Any:
        validated.append(location)
        return real_validator(location)

    spec.validator = recording
    response = send(app, "POST", SYNQ_PATH, json=HUNDRED_THOUSAND_IDS)
    assert (response.status_code, rpc_code(response)) == (400, 3)
    assert response.json()["message"] == (
        "invalid request body: $.executionIds: list of 100000 items is too long (maxItems)"
    )
    body_schema = app.state.service.spec.operations[0].request_body.media_types["application/json"]
    assert body_schema not in validated, validated


def test_an_oversize_content_length_is_refused_before_the_body_is_read() -> None:
    app = create_app("synq", token=TOKEN)
    headers = {**AUTH, "Content-Type": "application/json", "Content-Length": str(app_module.MAX_BODY_BYTES + 1)}

    async def never_sent() -> Any:
        raise AssertionError("the body was read")

    scope: dict[str, Any] = {
        "type": "http",
        "method": "POST",
        "path": SYNQ_PATH,
        "raw_path": SYNQ_PATH.encode(),
        "query_string": b"",
        "headers": [(k.lower().encode(), v.encode()) for k, v in headers.items()],
    }
    sent: list[Any] = []

    async def keep(message: Any) -> None:
        sent.append(message)

    import asyncio

    asyncio.run(app(scope, never_sent, keep))
    assert sent[0]["status"] == 400
    assert b"larger than" in sent[1]["body"]


def test_a_large_body_is_validated_off_the_event_loop(monkeypatch: pytest.MonkeyPatch) -> None:
    threads: list[bool] = []
    real = validation.validate_request

    def recording(*args: Any) -> Any:
        threads.append(threading.current_thread() is threading.main_thread())
        return real(*args)

    monkeypatch.setattr(app_module, "validate_request", recording)
    app = create_app("synq", token=TOKEN)
    count = max_ids()
    big_ids = [f"{n:03d}" + "x" * (OFFLOAD_BYTES // count + 1) for n in range(count)]
    assert len(str(big_ids)) > OFFLOAD_BYTES
    assert send(app, "POST", SYNQ_PATH, json={"executionIds": big_ids}).status_code == 200
    assert send(app, "POST", SYNQ_PATH, json={"executionIds": ["exec-001"]}).status_code == 200
    assert threads == [False, True]  # the large one in a worker thread, the small one on the loop


def test_the_other_vendor_answers_while_huge_bodies_are_in_flight() -> None:
    """`python -m scripts.mock` (both mocks on one event loop): four 100,000-ID bodies in flight on the SYNQ port,
    and a GET on the Coalesce port still gets the seeded run; every huge body gets the documented 400."""
    synq_port, coalesce_port = free_port(), free_port()
    env = {
        **os.environ,
        "MOCK_SYNQ_PORT": str(synq_port),
        "MOCK_COALESCE_PORT": str(coalesce_port),
        "MOCK_TOKEN": TOKEN,
    }
    with subprocess.Popen(
        [sys.executable, "-m", "scripts.mock"], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    ) as process:  # closes its pipes
        try:
            assert process.stdout is not None
            for _ in range(2):
                process.stdout.readline()
            synq, coalesce = f"http://127.0.0.1:{synq_port}", f"http://127.0.0.1:{coalesce_port}"
            with ThreadPoolExecutor(4) as pool:
                posts = [
                    pool.submit(httpx.post, synq + SYNQ_PATH, json=HUNDRED_THOUSAND_IDS, headers=AUTH, timeout=30)
                    for _ in range(4)
                ]
                run = httpx.get(coalesce + "/api/v1/runs/2", headers=AUTH, timeout=30)
                assert (run.status_code, run.json()["id"]) == (200, 2)
                for post in posts:
                    response = post.result()
                    assert (response.status_code, rpc_code(response)) == (400, 3)
                    assert "(maxItems)" in response.json()["message"]
        finally:
            process.terminate()
            process.wait(timeout=10)


# ---------------------------------------------------------------- 14: connections time out, disconnects are quiet


KEEP_ALIVE = 0.25  # uvicorn arms it only once an answer is sent: it cannot close an unfinished request's connection


@pytest.fixture
def synq_url(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    monkeypatch.setattr(serving, "KEEP_ALIVE_SECONDS", KEEP_ALIVE)
    with serve_in_background(create_app("synq", token=TOKEN), read_timeout=READ_TIMEOUT) as url:
        yield url


@contextlib.contextmanager
def server_errors() -> Iterator[list[logging.LogRecord]]:
    """ERROR records of uvicorn's logger (attach after the server started: its logging setup drops handlers)."""
    records: list[logging.LogRecord] = []
    handler = logging.Handler(logging.ERROR)
    handler.emit = records.append  # type: ignore[assignment]
    logger = logging.getLogger("uvicorn.error")
    logger.addHandler(handler)
    try:
        yield records
    finally:
        logger.removeHandler(handler)


def connect(url: str) -> socket.socket:
    host, port = url.removeprefix("http://").split(":")
    sock = socket.create_connection((host, int(port)), timeout=WAIT)
    return sock


def closed_by_server(sock: socket.socket) -> bytes:
    """Everything the server sent until it closed the connection (socket.timeout if it never does)."""
    received = b""
    while chunk := sock.recv(65536):
        received += chunk
    return received


BODY = b'{"executionIds": ["exec-001"]}'
REQUEST_HEAD = (
    f"POST {SYNQ_PATH} HTTP/1.1\r\nHost: mock\r\nContent-Type: application/json\r\n"
    f"Authorization: Bearer {TOKEN}\r\nContent-Length: {len(BODY)}\r\n"
)


@pytest.mark.parametrize(
    "sent",
    [b"", REQUEST_HEAD.encode(), REQUEST_HEAD.encode() + b"\r\n" + BODY[:10]],
    ids=["idle", "half-sent-headers", "half-sent-body"],
)
def test_a_connection_that_does_not_finish_its_request_is_closed(synq_url: str, sent: bytes) -> None:
    with connect(synq_url) as sock:
        sock.sendall(sent)
        started = time.monotonic()
        assert closed_by_server(sock) == b""
        assert time.monotonic() - started < WAIT


def test_an_idle_keep_alive_connection_is_closed(synq_url: str) -> None:
    with connect(synq_url) as sock:
        sock.sendall(REQUEST_HEAD.encode() + b"\r\n" + BODY)
        answer = closed_by_server(sock)
    assert answer.startswith(b"HTTP/1.1 200 ")


def test_a_slow_but_steady_request_is_served(synq_url: str) -> None:
    """The deadline covers the whole request, which here arrives within it in several pieces."""
    with connect(synq_url) as sock:
        for piece in (REQUEST_HEAD.encode()[:20], REQUEST_HEAD.encode()[20:] + b"\r\n", BODY[:5], BODY[5:]):
            sock.sendall(piece)
            time.sleep(READ_TIMEOUT / 5)
        assert sock.recv(65536).startswith(b"HTTP/1.1 200 ")


def test_a_client_disconnecting_mid_body_logs_no_error() -> None:
    with serve_in_background(create_app("synq", token=TOKEN)) as url, server_errors() as errors:
        for _ in range(3):
            with connect(url) as sock:
                sock.sendall(REQUEST_HEAD.encode() + b"\r\n" + BODY[:10])
        time.sleep(0.3)
        assert httpx.post(url + SYNQ_PATH, json={"executionIds": ["exec-001"]}, headers=AUTH).status_code == 200
        time.sleep(0.2)
    assert [record.getMessage() for record in errors] == []


@pytest.fixture(scope="module")
def served() -> Iterator[dict[str, tuple[Any, str]]]:
    """Each vendor's mock, in-process and under uvicorn, for the stray paths (read-only requests)."""
    apps = {vendor: create_app(vendor, token=TOKEN) for vendor in VENDORS}
    with serve_in_background(apps["synq"]) as synq, serve_in_background(apps["coalesce"]) as coalesce:
        yield {"synq": (apps["synq"], synq), "coalesce": (apps["coalesce"], coalesce)}


@pytest.mark.parametrize(
    ("vendor", "path", "status"),
    [
        ("synq", "/api/executions/v2/by-id%0Ax", 404),
        ("synq", "/%0A", 404),
        ("coalesce", "/api/v1/runs/a%0Ab", 400),  # a run ID that is not an integer, like /api/v1/runs/abc
        ("coalesce", "/api/v1/runs%0A/1", 404),
    ],
)
def test_paths_with_a_newline_get_the_vendor_error_body(
    served: dict[str, tuple[Any, str]], vendor: str, path: str, status: int
) -> None:
    app, url = served[vendor]
    for response in (send(app, "GET", path), httpx.get(url + path, headers=AUTH)):
        assert response.status_code == status
        assert response.headers["content-type"] == "application/json"
        body = response.json()
        assert body["code"] == {400: 3, 404: 5}[status] if vendor == "synq" else body["error"]["errorString"]
