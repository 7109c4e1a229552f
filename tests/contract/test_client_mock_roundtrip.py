"""Client <-> mock round trips: the facades and the generated clients against the spec-driven mock.

In-process (httpx ASGI transport; Starlette's TestClient for the blocking clients) and over a real uvicorn on
127.0.0.1, sync and async. Every seeded execution and run comes back equal to the mock's store, unknown IDs are
missing, an unknown run is NotFoundError with the parsed error model, and every documented error status
(asked for with `Prefer: code=NNN`) raises its typed exception.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from typing import Any

import coalesce_client
import coalesce_client.client
import httpx
import pytest
import synq_client
import synq_client.client
from coalesce_client import AsyncCoalesceClient, CoalesceClient
from coalesce_client import NotFoundError as CoalesceNotFound
from coalesce_client.api.runs import get_run
from coalesce_client.models import ErrorResponse
from starlette.applications import Starlette
from starlette.testclient import TestClient
from synq_client import AsyncSynqClient, SynqClient
from synq_client.api.executions import batch_get_executions
from synq_client.models import BatchGetExecutionsRequest

from scripts.mock.app import create_app
from scripts.mock.seeds import seed_records
from scripts.spec.model import Spec

from .schemas import TOKEN
from .spec_bodies import RoundTrip, SpecDoc, error_keys, statuses_for

pytestmark = pytest.mark.filterwarnings("ignore:Using `httpx` with `starlette.testclient`")

SYNQ_SEEDS: dict[str, dict[str, Any]] = seed_records(Spec.load("synq"))
COALESCE_SEEDS: dict[int, dict[str, Any]] = seed_records(Spec.load("coalesce"))
SYNQ = SpecDoc.load("synq")
COALESCE = SpecDoc.load("coalesce")
LOCAL = "http://127.0.0.1"
# The generated AuthenticatedClient adds its token only to httpx clients it builds itself, not to set_httpx_client's.
AUTH = {"Authorization": f"Bearer {TOKEN}"}
UNKNOWN_IDS = ["exec-does-not-exist", "exec-999"]

# The exception a status must raise, written out here (not read from the client): the facades' documented contract.
EXPECTED: dict[int, str] = {
    400: "BadRequestError",
    401: "AuthenticationError",
    403: "PermissionDeniedError",
    404: "NotFoundError",
    409: "ConflictError",
    429: "RateLimitError",
    500: "InternalServerError",
    502: "BadGatewayError",
    503: "ServiceUnavailableError",
    504: "GatewayTimeoutError",
}
REPRESENTATIVE = [400, 401, 403, 404, 409, 429, 500, 502, 503, 504]


def expected_error(package: Any, status: int) -> Any:
    name = EXPECTED.get(status, "InternalServerError" if status >= 500 else "UnexpectedStatusError")
    cls = getattr(package, name)
    assert isinstance(cls, type) and issubclass(cls, BaseException)
    return cls


@pytest.fixture(scope="module")
def synq_app() -> Starlette:
    return create_app("synq", token=TOKEN)


@pytest.fixture(scope="module")
def coalesce_app() -> Starlette:
    return create_app("coalesce", token=TOKEN)


# ---------------------------------------------------------------------------------------------------- transports


class Target:
    """Builds clients that reach one mock either in-process or over uvicorn."""

    def __init__(self, app: Starlette, url: str | None) -> None:
        self.app, self.url = app, url

    @property
    def base_url(self) -> str:
        return self.url or LOCAL

    def sync_http(self) -> httpx.Client:
        # base_url matters only to the generated clients (relative URLs); the facades send absolute ones
        if self.url:
            return httpx.Client(base_url=self.url, headers=AUTH)
        return TestClient(self.app, base_url=LOCAL, headers=AUTH)

    def async_http(self) -> httpx.AsyncClient:
        if self.url:
            return httpx.AsyncClient(base_url=self.url, headers=AUTH)
        return httpx.AsyncClient(transport=httpx.ASGITransport(app=self.app), base_url=LOCAL, headers=AUTH)


@pytest.fixture(params=["asgi", "uvicorn"])
def synq_target(request: pytest.FixtureRequest, synq_app: Starlette) -> Iterator[Target]:
    url = request.getfixturevalue("synq_mock_url") if request.param == "uvicorn" else None
    yield Target(synq_app, url)


@pytest.fixture(params=["asgi", "uvicorn"])
def coalesce_target(request: pytest.FixtureRequest, coalesce_app: Starlette) -> Iterator[Target]:
    url = request.getfixturevalue("coalesce_mock_url") if request.param == "uvicorn" else None
    yield Target(coalesce_app, url)


def synq_facade_sync(target: Target) -> SynqClient:
    return SynqClient(TOKEN, base_url=target.base_url, http_client=target.sync_http(), max_retries=0)


def coalesce_facade_sync(target: Target) -> CoalesceClient:
    return CoalesceClient(TOKEN, base_url=target.base_url, http_client=target.sync_http(), max_retries=0)


# ---------------------------------------------------------------------------------------------------- SYNQ


def test_synq_facade_sync_returns_every_seed_and_reports_unknown_ids(synq_target: Target) -> None:
    pointer = SYNQ.response_pointer(*SYNQ.tested_operation(), "200")
    with synq_facade_sync(synq_target) as client:
        result = client.get_executions([*SYNQ_SEEDS, *UNKNOWN_IDS])
    assert list(result.executions) == list(SYNQ_SEEDS)
    assert result.missing == UNKNOWN_IDS
    written = {"executions": {key: value.to_dict() for key, value in result.executions.items()}}
    RoundTrip(SYNQ).assert_equal(pointer, {"executions": SYNQ_SEEDS}, written)


def test_synq_facade_async_returns_every_seed(synq_target: Target) -> None:
    pointer = SYNQ.response_pointer(*SYNQ.tested_operation(), "200")

    async def go() -> Any:
        async with AsyncSynqClient(
            TOKEN, base_url=synq_target.base_url, http_client=synq_target.async_http(), max_retries=0
        ) as client:
            return await client.get_executions([*UNKNOWN_IDS, *SYNQ_SEEDS])

    result = asyncio.run(go())
    assert set(result.executions) == set(SYNQ_SEEDS) and result.missing == UNKNOWN_IDS
    written = {"executions": {key: value.to_dict() for key, value in result.executions.items()}}
    RoundTrip(SYNQ).assert_equal(pointer, {"executions": SYNQ_SEEDS}, written)


def test_synq_generated_client_sync_and_async(synq_target: Target) -> None:
    pointer = SYNQ.response_pointer(*SYNQ.tested_operation(), "200")
    ids = [*SYNQ_SEEDS, *UNKNOWN_IDS]
    client = synq_client.client.AuthenticatedClient(base_url=synq_target.base_url, token=TOKEN)
    client.set_httpx_client(synq_target.sync_http())
    sync = batch_get_executions.sync(client=client, body=BatchGetExecutionsRequest(execution_ids=ids))
    client.set_async_httpx_client(synq_target.async_http())
    asynchronous = asyncio.run(
        batch_get_executions.asyncio(client=client, body=BatchGetExecutionsRequest(execution_ids=ids))
    )
    for parsed in (sync, asynchronous):
        assert parsed is not None
        RoundTrip(SYNQ).assert_equal(pointer, {"executions": SYNQ_SEEDS}, parsed.to_dict())


LATEST = SYNQ.tested_operation("GetLatestExecutions")
NO_SUCH_ENTITY = {"custom": {"id": "no-such-entity"}}


def seeded_latest(entity: dict[str, Any], statuses: list[str]) -> dict[str, Any] | None:
    """The seed a GetLatestExecutions for `entity` must return: the latest (by start, else creation) of the seeds
    that ran it (`entities`, not `targets`), of one of `statuses` if any are given."""
    runs = [
        seed
        for seed in SYNQ_SEEDS.values()
        if entity in seed.get("entities", []) and (not statuses or seed.get("status") in statuses)
    ]
    return max(runs, key=lambda seed: seed.get("startedAt") or seed.get("createdAt") or "", default=None)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_synq_latest_executions_maps_every_seeded_entity_to_its_latest_execution(
    synq_target: Target, mode: str
) -> None:
    entities = list(
        {json.dumps(e, sort_keys=True): e for s in SYNQ_SEEDS.values() for e in s.get("entities", [])}.values()
    )
    first = next(seed for seed in SYNQ_SEEDS.values() if seed.get("entities") and seed.get("status"))
    for statuses in ([], [first["status"]]):
        asked = [*entities, NO_SUCH_ENTITY]
        if mode == "sync":
            with synq_facade_sync(synq_target) as client:
                found = client.latest_executions(asked, statuses=statuses)
        else:

            async def go(asked: list[Any] = asked, statuses: list[str] = statuses) -> Any:
                async with AsyncSynqClient(
                    TOKEN, base_url=synq_target.base_url, http_client=synq_target.async_http(), max_retries=0
                ) as client:
                    return await client.latest_executions(asked, statuses=statuses)

            found = asyncio.run(go())
        expected = {json.dumps(e, sort_keys=True): seeded_latest(e, statuses) for e in asked}
        assert [e.to_dict() for e in found] == [e for e in asked if expected[json.dumps(e, sort_keys=True)]]
        assert [e.to_dict() for e in found.missing] == [e for e in asked if not expected[json.dumps(e, sort_keys=True)]]
        assert NO_SUCH_ENTITY in [e.to_dict() for e in found.missing] and not found.unmatched
        pointer = SYNQ.response_pointer(*LATEST, "200")
        want = {
            "latestExecutions": {str(i): expected[json.dumps(e.to_dict(), sort_keys=True)] for i, e in enumerate(found)}
        }
        got = {"latestExecutions": {str(i): execution.to_dict() for i, execution in enumerate(found.values())}}
        RoundTrip(SYNQ).assert_equal(pointer, want, got)


@pytest.mark.parametrize("status", REPRESENTATIVE)
def test_synq_documented_error_statuses_raise_typed_errors(synq_app: Starlette, status: int) -> None:
    method, path = SYNQ.tested_operation()
    documented = {s for key in error_keys(SYNQ, method, path) for s in statuses_for(SYNQ, method, path, key)}
    assert status in documented, f"{status} is not documented for {method} {path}: update REPRESENTATIVE"
    target = Target(synq_app, None)
    with synq_facade_sync(target) as client, pytest.raises(expected_error(synq_client, status)) as raised:
        client.with_options(headers={"Prefer": f"code={status}"}).batch_get_executions(
            body=BatchGetExecutionsRequest(execution_ids=["exec-001"])
        )
    assert raised.value.status_code == status
    assert raised.value.error is not None and type(raised.value.error).__name__ != "BatchGetExecutionsResponse"


# ---------------------------------------------------------------------------------------------------- Coalesce


def test_coalesce_facade_sync_returns_every_seed_and_404s_unknown_runs(coalesce_target: Target) -> None:
    pointer = COALESCE.response_pointer(*COALESCE.tested_operation(), "200")
    with coalesce_facade_sync(coalesce_target) as client:
        for run_id, seed in COALESCE_SEEDS.items():
            RoundTrip(COALESCE).assert_equal(pointer, seed, client.get_run(run_id).to_dict())
        with pytest.raises(CoalesceNotFound) as raised:
            client.get_run(max(COALESCE_SEEDS) + 1000)
    assert raised.value.status_code == 404
    assert isinstance(raised.value.error, ErrorResponse)
    assert raised.value.error.error.error_string


def test_coalesce_facade_async_returns_every_seed(coalesce_target: Target) -> None:
    pointer = COALESCE.response_pointer(*COALESCE.tested_operation(), "200")

    async def go() -> list[Any]:
        async with AsyncCoalesceClient(
            TOKEN, base_url=coalesce_target.base_url, http_client=coalesce_target.async_http(), max_retries=0
        ) as client:
            runs = [await client.get_run(run_id) for run_id in COALESCE_SEEDS]
            with pytest.raises(CoalesceNotFound):
                await client.get_run(max(COALESCE_SEEDS) + 1000)
            return runs

    for seed, run in zip(COALESCE_SEEDS.values(), asyncio.run(go()), strict=True):
        RoundTrip(COALESCE).assert_equal(pointer, seed, run.to_dict())


def test_coalesce_generated_client_sync_and_async(coalesce_target: Target) -> None:
    pointer = COALESCE.response_pointer(*COALESCE.tested_operation(), "200")
    client = coalesce_client.client.AuthenticatedClient(base_url=coalesce_target.base_url, token=TOKEN)
    client.set_httpx_client(coalesce_target.sync_http())
    client.set_async_httpx_client(coalesce_target.async_http())

    async def all_async() -> list[Any]:
        return [await get_run.asyncio(run_id, client=client) for run_id in COALESCE_SEEDS]

    synchronous = [get_run.sync(run_id, client=client) for run_id in COALESCE_SEEDS]
    for seed, one, two in zip(COALESCE_SEEDS.values(), synchronous, asyncio.run(all_async()), strict=True):
        assert one is not None and two is not None
        RoundTrip(COALESCE).assert_equal(pointer, seed, one.to_dict())
        RoundTrip(COALESCE).assert_equal(pointer, seed, two.to_dict())
    missing = get_run.sync_detailed(max(COALESCE_SEEDS) + 1000, client=client)
    assert int(missing.status_code) == 404 and isinstance(missing.parsed, ErrorResponse)


@pytest.mark.parametrize("key", error_keys(COALESCE, *COALESCE.tested_operation()))
def test_coalesce_documented_error_statuses_raise_typed_errors(coalesce_app: Starlette, key: str) -> None:
    (status,) = statuses_for(COALESCE, *COALESCE.tested_operation(), key)[:1]
    with (
        coalesce_facade_sync(Target(coalesce_app, None)) as client,
        pytest.raises(expected_error(coalesce_client, status)) as raised,
    ):
        client.with_options(headers={"Prefer": f"code={status}"}).get_run(1)
    assert raised.value.status_code == status
    assert isinstance(raised.value.error, ErrorResponse)
