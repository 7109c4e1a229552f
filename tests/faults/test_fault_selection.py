"""The mock side of fault injection: how a fault is selected, counted and refused; what the bodies are."""

from __future__ import annotations

import asyncio
import json
import tracemalloc
from typing import Any

import httpx
import pytest
from starlette.types import Message, Receive, Scope, Send

from scripts.mock import faults
from scripts.mock.app import create_app
from scripts.spec.model import Spec

from .harness import TOKEN

AUTH = {"Authorization": f"Bearer {TOKEN}"}


def get_run(app: Any, headers: dict[str, str] | None = None, run_id: int = 3) -> httpx.Response:
    async def go() -> httpx.Response:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://mock.test") as http:
            return await http.get(f"/api/v1/runs/{run_id}", headers={**AUTH, **(headers or {})})

    return asyncio.run(go())


def test_without_a_fault_the_mock_answers_normally() -> None:
    response = get_run(create_app("coalesce", token=TOKEN))
    assert (response.status_code, response.json()["id"]) == (200, 3)


def test_an_app_default_applies_to_every_request_and_a_header_overrides_it() -> None:
    app = create_app("coalesce", token=TOKEN, fault="unavailable;retry-after=7")
    first, second = get_run(app), get_run(app)
    assert [first.status_code, second.status_code] == [503, 503]
    assert first.headers["retry-after"] == "7"
    assert get_run(app, {"X-Mock-Fault": "empty-200"}).content == b""


def test_flap_counts_per_key_and_recovers_on_the_nth_try() -> None:
    app = create_app("coalesce", token=TOKEN)
    flap = {"X-Mock-Fault": "flap;n=3", "X-Mock-Fault-Key": "a"}
    statuses = [get_run(app, flap).status_code for _ in range(4)]
    other_key = get_run(app, {**flap, "X-Mock-Fault-Key": "b"}).status_code
    explicit = [get_run(app, {"X-Mock-Fault": "flap;n=2;key=k"}).status_code for _ in range(2)]
    assert statuses == [503, 503, 200, 200]
    assert other_key == 503
    assert explicit == [503, 200]


def test_times_limits_any_mode() -> None:
    app = create_app("coalesce", token=TOKEN)
    headers = {"X-Mock-Fault": "html-502;times=2", "X-Mock-Fault-Key": "t"}
    assert [get_run(app, headers).status_code for _ in range(3)] == [502, 502, 200]


@pytest.mark.parametrize("credentials", ["Bearer wrong", "Basic dW5pdA==", ""])
def test_only_authenticated_requests_are_counted(credentials: str) -> None:
    """A request the mock would refuse gets its 401, unfaulted and uncounted: it cannot advance or grow a counter."""
    app = create_app("coalesce", token=TOKEN)
    flap = {"X-Mock-Fault": "flap;n=2", "X-Mock-Fault-Key": "k"}
    refused = [get_run(app, {**flap, "Authorization": credentials}).status_code for _ in range(3)]
    injection = app.middleware_stack
    assert isinstance(injection, faults.FaultInjection)
    assert (refused, len(injection.counts)) == ([401, 401, 401], 0)
    assert [get_run(app, flap).status_code for _ in range(2)] == [503, 200]


KEYS = 12_000  # more than faults.MAX_KEYS
TRACED = 2_000  # the first of them, under tracemalloc
KEY_BYTES = 4096


def test_fault_counters_stay_bounded_however_many_and_long_the_keys() -> None:
    """12,000 distinct 4 KiB keys (48 MiB of keys): the counters keep at most MAX_KEYS small digests."""
    faulted: list[int] = []

    async def keep(message: Message) -> None:
        if message["type"] == "http.response.start":
            faulted.append(message["status"])

    async def passed_through(scope: Scope, receive: Receive, send: Send) -> None:
        raise AssertionError("a new key was not faulted")

    async def nothing() -> Message:
        return {"type": "http.disconnect"}

    injection = faults.FaultInjection(passed_through, error_body=lambda status, text: b"{}")

    async def flood(numbers: range) -> None:
        for number in numbers:
            key = f"{number:08d}".ljust(KEY_BYTES, "k").encode()
            headers = [(b"x-mock-fault", b"html-502;times=1"), (b"x-mock-fault-key", key)]
            await injection({"type": "http", "headers": headers}, nothing, keep)

    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        asyncio.run(flood(range(TRACED)))
        grown = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    asyncio.run(flood(range(TRACED, KEYS)))
    assert faulted == [502] * KEYS  # every key was new, so every request was faulted
    assert grown < faults.MIB, f"{TRACED} keys of {KEY_BYTES} bytes added {grown} bytes"
    assert len(injection.counts) == faults.MAX_KEYS


def test_the_least_recently_used_key_is_forgotten_first() -> None:
    counts = faults.KeyCounts(limit=3)
    assert [counts.add(key) for key in "abca"] == [1, 1, 1, 2]
    assert counts.add("d") == 1  # forgets b, the least recently used; a was used after it
    assert (counts.add("a"), counts.add("c"), counts.add("b")) == (3, 2, 1)
    assert len(counts) == 3


@pytest.mark.parametrize(
    "value",
    [
        "nonsense",
        "flap;n=0",
        "flap;n",
        "latency;ms=abc",
        "latency;ms=-1",
        "latency;bogus=1",
        "drip;interval=5;chunks=9",
    ],
)
@pytest.mark.parametrize("vendor", ["synq", "coalesce"])
def test_a_malformed_fault_is_a_400_with_the_documented_error_body(vendor: str, value: str) -> None:
    app = create_app(vendor, token=TOKEN)
    spec = Spec.load(vendor)
    operation = spec.operations[0]

    async def go() -> httpx.Response:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://mock.test") as http:
            return await http.request(
                operation.method,
                operation.path.replace("{runID}", "3"),
                json={"executionIds": ["exec-001"]} if operation.method == "POST" else None,
                headers={**AUTH, "X-Mock-Fault": value},
            )

    response = asyncio.run(go())
    assert response.status_code == 400
    schema = operation.response_for(400)
    assert schema is not None and schema.schema is not None
    assert spec.validator(schema.schema).is_valid(response.json())
    assert "X-Mock-Fault" in response.text


@pytest.mark.parametrize("vendor", ["synq", "coalesce"])
def test_the_schema_violation_body_really_violates_the_success_schema(vendor: str) -> None:
    spec = Spec.load(vendor)
    operation = spec.operations[0]
    success = operation.response_for(operation.success_status)
    assert success is not None and success.schema is not None
    app = create_app(vendor, token=TOKEN)
    headers = {**AUTH, "X-Mock-Fault": "schema-violation"}

    async def go() -> tuple[httpx.Response, httpx.Response]:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://mock.test") as http:
            if vendor == "synq":
                body = {"executionIds": ["exec-001"]}
                path = operation.path
                return (
                    await http.post(path, json=body, headers=AUTH),
                    await http.post(path, json=body, headers=headers),
                )
            return await http.get("/api/v1/runs/3", headers=AUTH), await http.get("/api/v1/runs/3", headers=headers)

    clean, broken = asyncio.run(go())
    validator = spec.validator(success.schema)
    assert validator.is_valid(clean.json())
    assert not validator.is_valid(broken.json())


def test_violate_keeps_the_values_but_breaks_every_type() -> None:
    assert json.loads(faults.violate(b'{"a":1,"b":{"c":2}}')) == {"a": [1], "b": [{"c": 2}]}
    assert json.loads(faults.violate(b"not json")) == []


def test_huge_pads_with_json_whitespace_to_the_exact_size() -> None:
    response = get_run(create_app("coalesce", token=TOKEN), {"X-Mock-Fault": "huge;mb=10"})
    assert len(response.content) == 10 * faults.MIB
    assert response.json()["id"] == 3


def test_every_mode_has_a_handler() -> None:
    assert set(faults.MODES) == set(faults._FAULTS)
