"""Every exception the clients raise survives pickling (a process pool, a task queue) with its class and what it
carries, and with no secret in the pickled bytes: a 404 in a ProcessPoolExecutor worker reaches the parent as the
NotFoundError it was."""

from __future__ import annotations

import pickle
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import httpx
import pytest
from coalesce_client import CoalesceClient, RunWaitTimeout
from coalesce_client.models import Run
from synq_coalesce_core import exceptions

from . import hostile
from .harness import mock, store_record

TOKEN = "tok-SECRET-pickle-7d1f"
CLIENT_SECRET = "csec-SECRET-pickle-0b2e"
STATUS_CLASSES = [
    cls for cls in vars(exceptions).values() if isinstance(cls, type) and issubclass(cls, exceptions.APIStatusError)
]


def sent_response(status: int, body: bytes = b'{"error": {"errorString": "no run 7"}}') -> httpx.Response:
    """A response as the send loop leaves it: read, with the signed request (and a token request's form body)."""
    request = httpx.Request(
        "POST",
        "https://api.example.com/oauth2/token?access_token=" + TOKEN,
        headers={"Authorization": f"Bearer {TOKEN}", "Cookie": "session=" + TOKEN},
        data={"client_secret": CLIENT_SECRET},
    )
    headers = {"content-type": "application/json", "x-request-id": "req-9", "set-cookie": "s=" + TOKEN}
    return httpx.Response(status, content=body, headers=headers, request=request)


def round_trip(error: BaseException) -> Any:
    data = pickle.dumps(error)
    for secret in (TOKEN, CLIENT_SECRET):
        assert secret.encode() not in data
    return pickle.loads(data)


def assert_same_response_error(copy: Any, original: Any) -> None:
    assert type(copy) is type(original)
    assert (copy.status_code, copy.text, copy.message, str(copy), copy.attempts) == (
        original.status_code,
        original.text,
        original.message,
        str(original),
        original.attempts,
    )
    assert copy.headers["x-request-id"] == "req-9" and copy.headers["set-cookie"] == "[redacted]"
    assert copy.request.method == "POST" and copy.request.headers["authorization"] == "[redacted]"
    assert copy.response.status_code == original.status_code and copy.response.text == original.text


@pytest.mark.parametrize("cls", STATUS_CLASSES, ids=lambda cls: cls.__name__)
def test_every_status_error_round_trips_without_secrets(cls: type[exceptions.APIStatusError]) -> None:
    error = cls("404 Not Found from POST ...: no run 7", response=sent_response(404), error={"errorString": "no run 7"})
    error.attempts = 3
    copy = round_trip(error)
    assert_same_response_error(copy, error)
    assert copy.error == {"errorString": "no run 7"} and copy.request_id == "req-9"


def test_response_validation_and_too_large_errors_round_trip() -> None:
    for error in (
        exceptions.ResponseValidationError("200 OK: not JSON", response=sent_response(200, b"<html>")),
        exceptions.ResponseTooLargeError("200 OK: larger than 10", response=sent_response(200, b"x" * 10), limit=10),
    ):
        copy = round_trip(error)
        assert_same_response_error(copy, error)
    assert copy.limit == 10


def test_connection_errors_and_argument_errors_round_trip() -> None:
    request = sent_response(200).request
    for error in (
        exceptions.APIConnectionError("refused", request=request),
        exceptions.APITimeoutError(request=request),
    ):
        error.attempts = 2
        copy = round_trip(error)
        assert (type(copy), copy.message, copy.attempts) == (type(error), error.message, 2)
        assert copy.request.headers["authorization"] == "[redacted]"
        assert "access_token=%5Bredacted%5D" in str(copy.request.url)
    invalid = round_trip(exceptions.RequestValidationError("ids must contain at least 1 item(s)", field="ids"))
    assert (type(invalid), str(invalid), invalid.field) == (exceptions.RequestValidationError, str(invalid), "ids")
    config = round_trip(exceptions.ConfigurationError("base_url must use https"))
    assert (type(config), str(config)) == (exceptions.ConfigurationError, "base_url must use https")


def test_run_wait_timeout_round_trips_with_its_last_run() -> None:
    record = store_record(mock("coalesce"), 13)
    assert record is not None
    run = Run.from_dict(record)
    error = RunWaitTimeout(f"run 13 is still {run.run_status!r} after waiting 5s", last_run=run)
    copy = round_trip(error)
    assert (type(copy), str(copy), copy.last_run.to_dict()) == (RunWaitTimeout, str(error), run.to_dict())


def get_missing_run(url: str) -> None:
    """In a worker process: a call that ends in a 404."""
    with CoalesceClient(TOKEN, base_url=url, max_retries=0) as coalesce:
        coalesce.get_run(7)


def test_a_404_in_a_process_pool_worker_reaches_the_parent_as_not_found() -> None:
    body = b'{"error": {"errorString": "Run 7 not found"}}'
    with (
        hostile.serve(hostile.respond(404, body, {"X-Request-Id": "req-pool"})) as server,
        ProcessPoolExecutor(max_workers=1) as pool,
    ):
        future = pool.submit(get_missing_run, server.url)
        with pytest.raises(exceptions.NotFoundError) as caught:
            future.result(timeout=60)
    error = caught.value
    assert (error.status_code, error.text, error.request_id) == (404, body.decode(), "req-pool")
    assert "Run 7 not found" in str(error)
    assert error.request is not None and error.request.headers["authorization"] == "[redacted]"
