"""Paging (`synq_coalesce_core.paging`) through the iterators generated for a made-up spec with both `x-paging`
cursor sources (tests/codegen/paged_spec.py), against fake servers on an httpx transport: a correct keyset server, a
token server, and servers that break paging (ignore the cursor, lead back, drop the key, cap the page size)."""

from __future__ import annotations

import asyncio
import datetime as dt
import importlib
from collections.abc import Callable, Iterator
from types import ModuleType
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st
from synq_coalesce_core.auth import BearerTokenAuth
from synq_coalesce_core.exceptions import RequestValidationError
from synq_coalesce_core.paging import PagingError
from synq_coalesce_core.settings import VendorSettings

from tests.codegen.paged_spec import KEYS, paged_spec
from tests.codegen.scratch_package import scratch_package

BASE = "https://kennel.example.com"
TOKEN = "tok-SECRET-paging"
START = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def kennel(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    with scratch_package(paged_spec(), tmp_path_factory.mktemp("kennel"), "kennel_pkg"):
        yield importlib.import_module("kennel_pkg.api")


def models() -> ModuleType:
    return importlib.import_module("kennel_pkg.models")


def dogs(count: int) -> list[dict[str, Any]]:
    """`count` (< 29) dogs whose birth order is not their ID order (so `orderBy` matters), no two born together."""
    return [{"id": n, "bornAt": (START + dt.timedelta(hours=(n * 7) % 29)).isoformat()} for n in range(count)]


class KeysetServer:
    """`GET /dogs` as the spec describes it: ordered by `orderBy` and `direction`, after the exclusive `after` key.
    `ignore_cursor` answers the first page whatever the cursor; `cap` returns fewer than `size`, saying so in the
    answer's `size` unless `silent`."""

    def __init__(
        self, items: list[dict[str, Any]], *, ignore_cursor: bool = False, cap: int | None = None, silent: bool = False
    ) -> None:
        self.items, self.ignore_cursor, self.cap, self.silent = items, ignore_cursor, cap, silent
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        query = request.url.params
        key, descending = query.get("orderBy", "id"), query.get("direction", "asc") == "desc"
        ordered = sorted(self.items, key=lambda dog: dog.get(key, ""), reverse=descending)
        after = query.get("after")
        if after is not None and not self.ignore_cursor:
            typed = int(after) if key == "id" else after
            ordered = [dog for dog in ordered if (dog[key] < typed if descending else dog[key] > typed)]
        asked = int(query.get("size", "5"))
        size = min(asked, self.cap or asked)
        return httpx.Response(200, json={"data": ordered[:size], "size": asked if self.silent else size})


class TokenServer:
    """`GET /cats` with an opaque next-page token; `tokens` replaces the tokens it hands out, by page number."""

    def __init__(self, count: int, *, tokens: dict[int, str] | None = None) -> None:
        self.names = [f"cat-{n}" for n in range(count)]
        self.tokens = tokens or {}
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        size = int(request.url.params.get("pageSize", "3"))
        start = int(request.url.params.get("pageToken", "p0")[1:])
        body: dict[str, Any] = {"result": {"cats": [{"name": name} for name in self.names[start : start + size]]}}
        if start + size < len(self.names):
            body["nextPageToken"] = self.tokens.get(start // size + 1, f"p{start + size}")
        return httpx.Response(200, json=body)


def client(kennel: ModuleType, server: Callable[[httpx.Request], httpx.Response]) -> Any:
    settings = VendorSettings(BASE, BearerTokenAuth(TOKEN), "kennel_pkg")
    return kennel.SyncOperations(settings, httpx_args={"transport": httpx.MockTransport(server)})


def async_client(kennel: ModuleType, server: Callable[[httpx.Request], httpx.Response]) -> Any:
    settings = VendorSettings(BASE, BearerTokenAuth(TOKEN), "kennel_pkg")
    return kennel.AsyncOperations(settings, httpx_args={"transport": httpx.MockTransport(server)})


@given(
    count=st.integers(0, 23),
    size=st.integers(1, 7),
    key=st.sampled_from(KEYS),
    direction=st.sampled_from(["asc", "desc"]),
    max_items=st.none() | st.integers(0, 25),
)
def test_keyset_iteration_yields_each_item_once_in_order_and_fetches_only_what_it_needs(
    kennel: ModuleType, count: int, size: int, key: str, direction: str, max_items: int | None
) -> None:
    items = dogs(count)
    expected = sorted(items, key=lambda dog: dog[key], reverse=direction == "desc")[:max_items]
    server = KeysetServer(items)
    order_by, way = models().ListDogsOrderBy(key), models().ListDogsDirection(direction)
    with client(kennel, server) as api:
        got = list(api.iter_list_dogs(size=size, order_by=order_by, direction=way, max_items=max_items))
    assert [dog.id for dog in got] == [dog["id"] for dog in expected]
    assert len(server.requests) == requests_needed(count, size, max_items)


def requests_needed(count: int, size: int, max_items: int | None) -> int:
    """Pages up to the one that ends it: the item max_items wanted, a short page, or an empty one."""
    if max_items == 0:
        return 0
    pages = 0
    for pages, start in enumerate(range(0, count + 1, size), 1):  # noqa: B007 (the count is the answer)
        page = min(size, count - start)
        if page < size or (max_items is not None and start + page >= max_items):
            break
    return pages


def test_pages_are_fetched_only_as_the_items_are_consumed(kennel: ModuleType) -> None:
    server = KeysetServer(dogs(20))
    with client(kennel, server) as api:
        iterator = api.iter_list_dogs(size=5)
        assert server.requests == []
        for _ in range(6):
            next(iterator)
        assert len(server.requests) == 2
        assert server.requests[1].url.params["after"] == "4"  # the last item's id, exclusive


def test_the_key_follows_order_by_and_its_spec_default(kennel: ModuleType) -> None:
    """No `orderBy` argument: its spec default (`id`) is the key; `bornAt` sends the last item's `bornAt` text."""
    server = KeysetServer(dogs(6))
    with client(kennel, server) as api:
        list(api.iter_list_dogs(size=4))
        list(api.iter_list_dogs(size=4, order_by=models().ListDogsOrderBy.BORNAT))
    by_birth = sorted(dogs(6), key=lambda dog: dog["bornAt"])
    assert [r.url.params.get("after") for r in server.requests] == [None, "3", None, by_birth[3]["bornAt"]]


def test_token_paging_follows_the_answers_cursor_until_there_is_none(kennel: ModuleType) -> None:
    server = TokenServer(8)
    with client(kennel, server) as api:
        names = [cat.name for cat in api.iter_list_cats(page_size=3)]
    assert names == server.names
    assert [r.url.params.get("pageToken") for r in server.requests] == [None, "p3", "p6"]


def test_a_server_that_ignores_the_cursor_raises_paging_error_after_the_first_page(kennel: ModuleType) -> None:
    server = KeysetServer(dogs(12), ignore_cursor=True)
    seen = []
    with client(kennel, server) as api, pytest.raises(PagingError) as caught:
        seen.extend(dog.id for dog in api.iter_list_dogs(size=5))
    assert seen == [0, 1, 2, 3, 4, 0, 1, 2, 3, 4]  # the repeated page is yielded, then the cursor 4 repeats
    assert caught.value.cursor == 4 and caught.value.status_code == 200 and len(server.requests) == 2


def test_a_token_that_leads_back_raises_paging_error(kennel: ModuleType) -> None:
    server = TokenServer(12, tokens={2: "p0", 3: "p3"})  # page 2's token leads back to the first page
    with client(kennel, server) as api, pytest.raises(PagingError, match="sent before"):
        list(api.iter_list_cats(page_size=3, page_token="p0"))


def test_a_last_item_without_its_key_raises_paging_error(kennel: ModuleType) -> None:
    items = [{"id": n} for n in range(6)]  # no bornAt
    with client(kennel, KeysetServer(items)) as api, pytest.raises(PagingError, match="no 'bornAt'"):
        list(api.iter_list_dogs(size=3, order_by=models().ListDogsOrderBy.BORNAT))


def test_a_server_capping_the_page_size_and_saying_so_is_paged_to_the_end(kennel: ModuleType) -> None:
    """Its pages are short against the size sent, but not against the size the answer says it used."""
    with client(kennel, KeysetServer(dogs(20), cap=3)) as api:
        assert [dog.id for dog in api.iter_list_dogs(size=5)] == list(range(20))


def test_a_server_capping_the_page_size_silently_ends_the_iteration_early(kennel: ModuleType) -> None:
    """The documented limit of the short-page rule (README "Paging"): a page shorter than the size sent, and than the
    size the answer claims, is the last. Pinned so that a change of the rule is a decision, not an accident."""
    with client(kennel, KeysetServer(dogs(20), cap=3, silent=True)) as api:
        assert len(list(api.iter_list_dogs(size=5))) == 3


@pytest.mark.parametrize("bad", [-1, 1.5, True, "3"])
def test_max_items_and_arguments_are_checked_before_any_request(kennel: ModuleType, bad: Any) -> None:
    server = KeysetServer(dogs(3))
    with client(kennel, server) as api:
        with pytest.raises(RequestValidationError) as caught:
            api.iter_list_dogs(max_items=bad)
        assert caught.value.field == "max_items"
        with pytest.raises(RequestValidationError) as caught:
            api.iter_list_dogs(size=0)
        assert caught.value.field == "size"
    assert server.requests == []


def test_async_iteration_pages_the_same_way(kennel: ModuleType) -> None:
    async def collect() -> tuple[list[int], list[str]]:
        keyset, token = KeysetServer(dogs(11)), TokenServer(7)
        async with async_client(kennel, keyset) as api:
            ids = [dog.id async for dog in api.iter_list_dogs(size=4, max_items=9)]
        async with async_client(kennel, token) as api:
            names = [cat.name async for cat in api.iter_list_cats(page_size=3)]
        return ids, names

    ids, names = asyncio.run(collect())
    assert ids == list(range(9)) and names == [f"cat-{n}" for n in range(7)]


def test_async_paging_error_is_raised_too(kennel: ModuleType) -> None:
    async def run() -> None:
        async with async_client(kennel, KeysetServer(dogs(9), ignore_cursor=True)) as api:
            async for _ in api.iter_list_dogs(size=3):
                pass

    with pytest.raises(PagingError):
        asyncio.run(run())
