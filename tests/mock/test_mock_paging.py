"""The mock pages list answers as `x-paging` says (scripts/mock/paging.py), driven by raw HTTP (no client).

A made-up spec with both cursor sources (tests/codegen/paged_spec.py) whose lists are the answers' examples, and the
Coalesce spec whose list is the store's runs: following the cursors yields each item once in key order; filters,
echoes and a store that changes between pages.
"""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

import pytest
from starlette.testclient import TestClient

from scripts.mock.app import DEFAULT_TOKEN, create_app
from scripts.mock.seeds import seed_records
from scripts.mock.store import SeededStore
from scripts.spec.model import Spec
from scripts.spec.values import enum_values
from tests.codegen.paged_spec import KEYS, paged_spec

AUTH = {"Authorization": f"Bearer {DEFAULT_TOKEN}"}
DOGS: list[dict[str, Any]] = [{"id": n, "bornAt": f"2026-01-01T{(n * 7) % 24:02d}:{n:02d}:00Z"} for n in range(17)]
CATS = [{"name": f"cat-{n}"} for n in range(10)]


def kennel_spec() -> Spec:
    document = paged_spec()
    # the cats' example ends with a token: the mock must drop it on the last page
    for path, example in (("/dogs", {"data": DOGS}), ("/cats", {"result": {"cats": CATS}, "nextPageToken": "3"})):
        document["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]["example"] = example
    return Spec(vendor="coalesce", document=document)


@pytest.fixture(scope="module")
def kennel() -> TestClient:
    return TestClient(create_app("coalesce", spec=kennel_spec(), store=SeededStore({})), headers=AUTH)


def follow_keys(client: TestClient, path: str, key: str, params: dict[str, Any]) -> list[list[dict[str, Any]]]:
    """Every page, asking for the next one after the last item's `key`, until a short or empty page."""
    pages: list[list[dict[str, Any]]] = []
    query = dict(params)
    for _ in range(100):
        answer = client.get(path, params=query)
        assert answer.status_code == 200, answer.text
        page = answer.json()["data"]
        pages.append(page)
        if len(page) < int(params["size"]):
            return pages
        query["after"] = page[-1][key]
    raise AssertionError("the cursor never reached the end")


@pytest.mark.parametrize("key", KEYS)
@pytest.mark.parametrize("direction", ["asc", "desc"])
@pytest.mark.parametrize("size", [1, 4, 17])
def test_keyset_pages_hold_each_item_once_in_key_order(kennel: TestClient, key: str, direction: str, size: int) -> None:
    pages = follow_keys(kennel, "/dogs", key, {"size": size, "orderBy": key, "direction": direction})
    listed = [dog for page in pages for dog in page]
    assert listed == sorted(DOGS, key=lambda dog: dog[key], reverse=direction == "desc")
    assert all(len(page) == size for page in pages[:-1])


def test_the_answer_echoes_the_page_size_used(kennel: TestClient) -> None:
    assert kennel.get("/dogs", params={"size": 3}).json()["size"] == 3
    default = kennel_spec().document["paths"]["/dogs"]["get"]["parameters"][0]["schema"]["default"]
    assert kennel.get("/dogs").json()["size"] == default


def test_token_pages_follow_the_answers_cursor_and_stop_without_one(kennel: TestClient) -> None:
    names, token = [], None
    for _ in range(100):
        body = kennel.get("/cats", params={"pageSize": 3, **({"pageToken": token} if token else {})}).json()
        names += [cat["name"] for cat in body["result"]["cats"]]
        token = body.get("nextPageToken")
        if token is None:
            break
    assert names == [cat["name"] for cat in CATS]


def test_a_token_the_mock_did_not_give_pages_nothing(kennel: TestClient) -> None:
    answer = kennel.get("/cats", params={"pageToken": "not-a-token"})
    assert answer.status_code == 200 and answer.json()["result"]["cats"] == []


# ---------------------------------------------------------------------------------------------------- Coalesce

COALESCE = Spec.load("coalesce")
LIST_RUNS = "/api/v1/runs"
PAGING = COALESCE.node(f"/paths/{LIST_RUNS.replace('/', '~1')}/get")["x-paging"]
PARAMETERS = {p.name: p for p in COALESCE.operations_at(LIST_RUNS)["GET"].parameters}
ORDER_BY = PAGING["nextCursor"]["lastItem"]["keyParameter"]
DIRECTION = PAGING["nextCursor"]["lastItem"]["directionParameter"]
ALL = {PAGING["pageSize"]: 1000}


@pytest.fixture(scope="module")
def coalesce() -> TestClient:
    return TestClient(create_app("coalesce"), headers=AUTH)


def test_coalesce_runs_are_the_stores_and_filter_by_item_fields(coalesce: TestClient) -> None:
    runs = seed_records(COALESCE)
    for status in enum_values(COALESCE, PARAMETERS["runStatus"].schema):
        answer = coalesce.get(LIST_RUNS, params={"runStatus": status, **ALL})
        wanted = sorted((run["id"] for run in runs.values() if run["runStatus"] == status), reverse=True)
        assert [run["id"] for run in answer.json()["data"]] == wanted  # the spec's default order: id, desc


def test_a_run_the_store_gains_between_pages_is_listed(coalesce: TestClient) -> None:
    """The list is the store's records at each request (the lifecycle's started runs), not a snapshot."""
    runs = seed_records(COALESCE)
    client = TestClient(create_app("coalesce", store=SeededStore(runs)), headers=AUTH)
    newest = max(runs)
    after_newest = {PAGING["cursor"]: newest, ORDER_BY: "id", DIRECTION: "asc"}
    assert client.get(LIST_RUNS, params=after_newest).json()["data"] == []
    runs[newest + 1] = copy.deepcopy(runs[newest]) | {"id": newest + 1}
    assert [run["id"] for run in client.get(LIST_RUNS, params=after_newest).json()["data"]] == [newest + 1]


@pytest.mark.parametrize("key", enum_values(COALESCE, PARAMETERS[ORDER_BY].schema))
def test_runs_are_ordered_by_the_key_and_those_without_it_left_out(coalesce: TestClient, key: str) -> None:
    body = coalesce.get(LIST_RUNS, params={ORDER_BY: key, DIRECTION: "asc", **ALL}).json()
    keyed = [run for run in seed_records(COALESCE).values() if key in run]
    keyed.sort(key=lambda run: dt.datetime.fromisoformat(run[key]) if isinstance(run[key], str) else run[key])
    assert [run["id"] for run in body["data"]] == [run["id"] for run in keyed]
