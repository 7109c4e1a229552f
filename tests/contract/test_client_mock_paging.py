"""List Runs' iterator against the mock's keyset paging, in-process and over uvicorn, sync and async.

For any page size, `max_items`, key and direction the spec's `x-paging` allows (the keys and directions are read from
it), iterating yields each run the mock holds exactly once, in the order of that key (the mock's seeds, read
independently of the client), and stops.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from coalesce_client import AsyncCoalesceClient, CoalesceClient
from coalesce_client.models import OrderByDirection, RunsOrderBy
from hypothesis import given, settings
from hypothesis import strategies as st
from starlette.applications import Starlette
from starlette.testclient import TestClient

from scripts.mock.app import create_app
from scripts.mock.seeds import seed_records
from scripts.mock.serving import serve_in_background
from scripts.spec.model import Spec
from scripts.spec.values import enum_values

from .budget import scaled
from .schemas import TOKEN

pytestmark = pytest.mark.filterwarnings("ignore:Using `httpx` with `starlette.testclient`")

SPEC = Spec.load("coalesce")
RUNS: dict[int, dict[str, Any]] = seed_records(SPEC)
LOCAL = "http://127.0.0.1"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


LIST_RUNS = ("GET", "/api/v1/runs")
PAGING = SPEC.node(f"/paths/{LIST_RUNS[1].replace('/', '~1')}/get")["x-paging"]
LAST_ITEM = PAGING["nextCursor"]["lastItem"]
PARAMETERS = {parameter.name: parameter for parameter in SPEC.operations_at(LIST_RUNS[1])[LIST_RUNS[0]].parameters}
KEYS = enum_values(SPEC, PARAMETERS[LAST_ITEM["keyParameter"]].schema)
DIRECTIONS = enum_values(SPEC, PARAMETERS[LAST_ITEM["directionParameter"]].schema)


def expected(key: str, direction: str, max_items: int | None) -> list[int]:
    """The seeded run IDs in `key` order; a run without the key is not in a list ordered by it."""
    keyed = [run for run in RUNS.values() if run.get(key) is not None]
    order = (lambda v: dt.datetime.fromisoformat(v)) if isinstance(keyed[0][key], str) else (lambda v: v)
    keyed.sort(key=lambda run: order(run[key]), reverse=direction == "desc")
    return [run["id"] for run in keyed][:max_items]


@pytest.fixture(scope="module")
def app() -> Starlette:
    return create_app("coalesce", token=TOKEN)


@pytest.fixture(scope="module")
def served_url(app: Starlette) -> Iterator[str]:
    """This module's own mock over uvicorn: the session's mock holds the runs other tests started (startRun)."""
    with serve_in_background(app) as url:
        yield url


@pytest.fixture(scope="module", params=["asgi", "uvicorn"])
def client(request: pytest.FixtureRequest, app: Starlette) -> Any:
    if request.param == "uvicorn":
        url = request.getfixturevalue("served_url")
        http: httpx.Client = httpx.Client(base_url=url, headers=AUTH)
    else:
        url, http = LOCAL, TestClient(app, base_url=LOCAL, headers=AUTH)
    with CoalesceClient(TOKEN, base_url=url, http_client=http, max_retries=0) as api:
        yield api


def arguments(size: int, key: str, direction: str, max_items: int | None) -> dict[str, Any]:
    return {
        "limit": size,
        "order_by": RunsOrderBy(key),
        "order_by_direction": OrderByDirection(direction),
        "max_items": max_items,
    }


@settings(max_examples=scaled(25))
@given(
    size=st.integers(1, len(RUNS) + 2),
    key=st.sampled_from(KEYS),
    direction=st.sampled_from(DIRECTIONS),
    max_items=st.none() | st.integers(0, len(RUNS) + 2),
)
def test_iterating_yields_every_run_once_in_order(
    client: Any, size: int, key: str, direction: str, max_items: int | None
) -> None:
    runs = [run.id for run in client.iter_runs_list_information(**arguments(size, key, direction, max_items))]
    assert runs == expected(key, direction, max_items)


@pytest.mark.parametrize("transport", ["asgi", "uvicorn"])
def test_async_iteration_yields_every_run_once_in_order(
    request: pytest.FixtureRequest, app: Starlette, transport: str
) -> None:
    url = request.getfixturevalue("served_url") if transport == "uvicorn" else LOCAL

    async def collect() -> dict[tuple[str, str], list[int]]:
        http = (
            httpx.AsyncClient(base_url=url, headers=AUTH)
            if transport == "uvicorn"
            else httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=LOCAL, headers=AUTH)
        )
        async with AsyncCoalesceClient(TOKEN, base_url=url, http_client=http, max_retries=0) as api:
            return {
                (key, direction): [
                    run.id async for run in api.iter_runs_list_information(**arguments(4, key, direction, None))
                ]
                for key in KEYS
                for direction in DIRECTIONS
            }

    got = asyncio.run(collect())
    assert got == {(key, direction): expected(key, direction, None) for key in KEYS for direction in DIRECTIONS}
