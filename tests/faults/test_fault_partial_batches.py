"""One batch of a 10,000-ID `get_executions` that fails after its retries: by default its error is raised
(`on_error="raise"`); with `on_error="collect"` the other 99 batches are kept and the failed one is reported with
its IDs and its error. Sync and async, over uvicorn and in-process."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest
from starlette.requests import Request
from starlette.responses import JSONResponse
from synq_client import (
    MAX_IDS_PER_REQUEST,
    AsyncSynqClient,
    ExecutionsResult,
    FailedBatch,
    RequestValidationError,
    ServiceUnavailableError,
    SynqClient,
)
from synq_coalesce_core.clock import ManualClock

from scripts.mock.serving import serve_in_background

TOKEN = "partial-token"
IDS = [f"id-{n:05d}" for n in range(10_000)]
BROKEN = "id-04242"  # in the batch of the spec's maxItems IDs that holds it
NOT_FOUND = {"id-00007", "id-09999"}


async def app(scope: Any, receive: Any, send: Any) -> None:
    """Finds every ID except NOT_FOUND; a batch holding BROKEN always gets a 503."""
    request = Request(scope, receive)
    ids = json.loads(await request.body())["executionIds"]
    if BROKEN in ids:
        response = JSONResponse({"code": 14, "message": "shard unavailable"}, status_code=503)
    else:
        response = JSONResponse({"executions": {i: {"id": i} for i in ids if i not in NOT_FOUND}})
    await response(scope, receive, send)


@pytest.fixture(scope="module")
def url() -> Any:
    with serve_in_background(app) as served:
        yield served


def get_all(sync: bool, url: str | None, **options: Any) -> ExecutionsResult:
    clock = ManualClock()
    if sync:
        if url is None:
            raise AssertionError("sync runs against uvicorn")
        with SynqClient(TOKEN, base_url=url, clock=clock) as synq:
            return synq.get_executions(IDS, **options)

    async def in_async() -> ExecutionsResult:
        transport = httpx.ASGITransport(app=app) if url is None else None
        async with (
            httpx.AsyncClient(transport=transport) as http,
            AsyncSynqClient(TOKEN, base_url=url or "http://127.0.0.1:9", clock=clock, http_client=http) as synq,
        ):
            return await synq.get_executions(IDS, concurrency=8, **options)

    return asyncio.run(in_async())


TARGETS = [(True, "uvicorn"), (False, "uvicorn"), (False, "in-process")]


@pytest.mark.parametrize(("sync", "where"), TARGETS)
def test_collect_keeps_the_other_batches_and_reports_the_failed_one(url: str, sync: bool, where: str) -> None:
    result = get_all(sync, url if where == "uvicorn" else None, on_error="collect")
    start = IDS.index(BROKEN) // MAX_IDS_PER_REQUEST * MAX_IDS_PER_REQUEST
    broken_batch = IDS[start : start + MAX_IDS_PER_REQUEST]
    assert [batch.ids for batch in result.failed] == [broken_batch]
    failure = result.failed[0]
    assert isinstance(failure, FailedBatch) and isinstance(failure.error, ServiceUnavailableError)
    assert failure.error.attempts == 3 and "shard unavailable" in str(failure.error)
    assert list(result.executions) == [i for i in IDS if i not in NOT_FOUND and i not in broken_batch]
    assert result.missing == sorted(NOT_FOUND)  # the failed batch's IDs are unknown, not missing
    found = len(IDS) - len(NOT_FOUND) - len(set(broken_batch) - NOT_FOUND)
    assert repr(result) == f"ExecutionsResult(executions=<{found} found>, missing=<2 IDs>, failed=<1 batches>)"


@pytest.mark.parametrize(("sync", "where"), TARGETS)
def test_raise_is_the_default(url: str, sync: bool, where: str) -> None:
    with pytest.raises(ServiceUnavailableError, match="shard unavailable"):
        get_all(sync, url if where == "uvicorn" else None)


@pytest.mark.parametrize("sync", [True, False])
def test_on_error_is_checked_before_anything_is_sent(sync: bool) -> None:
    with pytest.raises(RequestValidationError, match="on_error must be 'raise' or 'collect', got 'ignore'") as caught:
        get_all(sync, "http://127.0.0.1:9", on_error="ignore")
    assert caught.value.field == "on_error"
