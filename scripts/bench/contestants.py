"""The contestants: one call (P1), one parse (P2, P5, P7) or one fan-out (P3) each, as zero-argument callables.

Every group holds our generated client and the peers a user could pick instead, on the same bytes:
raw httpx + `json.loads` / `orjson.loads`, pydantic v2 models from datamodel-code-generator, msgspec Structs (the
typed limit) and the stock openapi-python-client output, the last three built from the same effective spec at bench
time (`peers.py`, `msgspec_models.py`). Every sync contestant keeps one keep-alive `httpx.Client`, so connection
setup is not measured. Names in `UNTYPED` return plain JSON; names starting with "(" are breakdown rows.
"""

from __future__ import annotations

import asyncio
import gc
import json
from collections import deque
from collections.abc import Awaitable, Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from types import ModuleType
from typing import Any, TypeVar

import httpx
import msgspec
import orjson
from coalesce_client import CoalesceClient
from coalesce_client.models import Run
from synq_client import MAX_IDS_PER_REQUEST, AsyncSynqClient, SynqClient
from synq_client.models import BatchGetExecutionsRequest, BatchGetExecutionsResponse
from synq_coalesce_core import parsing

from scripts.bench.msgspec_models import structs
from scripts.bench.peers import Peers
from scripts.bench.server import TOKEN
from scripts.spec.model import Spec

T = TypeVar("T")
Call = Callable[[], object]
SYNQ_PATH = "/api/executions/v2/by-id"
COALESCE_PATH = "/api/v1/runs/{run_id}"
GENERATED = "generated client"
RAW = "httpx + json.loads"
RAW_ORJSON = "httpx + orjson.loads"
PYDANTIC = "pydantic v2 (datamodel-codegen)"
MSGSPEC = "msgspec Structs"
STOCK = "stock openapi-python-client"
JSON_LOADS = "json.loads only"
ORJSON_LOADS = "orjson.loads only"
DECODE_JSON = f"decode_json [{parsing.JSON_DECODER}] only"
UNTYPED = frozenset({RAW, RAW_ORJSON, JSON_LOADS, ORJSON_LOADS, DECODE_JSON})

__all__ = ["Vendors", "busy", "coalesce_calls", "fan_out", "parsers", "synq_calls", "synq_calls_async"]


@dataclass(frozen=True)
class Vendor:
    """One vendor's peer models: pydantic, msgspec and the stock client, for its success body."""

    pydantic: type[Any]
    msgspec: msgspec.json.Decoder[Any]
    stock: ModuleType  # the stock client's package
    stock_model: type[Any]
    stock_operation: ModuleType


@dataclass(frozen=True)
class Vendors:
    synq: Vendor
    coalesce: Vendor

    @classmethod
    def build(cls, peers: Peers) -> Vendors:
        peers.generate(("synq", "coalesce"))

        def vendor(name: str, schema: str, operation: str) -> Vendor:
            stock = peers.stock_client(name)
            return Vendor(
                pydantic=getattr(peers.pydantic_models(name), schema),
                msgspec=msgspec.json.Decoder(getattr(structs(Spec.load(name), name), schema)),
                stock=stock,
                stock_model=getattr(stock.models, schema),
                stock_operation=peers.stock_operation(name, operation),
            )

        return cls(
            synq=vendor("synq", "BatchGetExecutionsResponse", "BatchGetExecutions"),
            coalesce=vendor("coalesce", "Run", "getRun"),
        )


def _raw_client(base_url: str) -> httpx.Client:
    return httpx.Client(base_url=base_url, headers={"Authorization": f"Bearer {TOKEN}"})


def _peer_calls(vendor: Vendor, fetch: Callable[[], httpx.Response]) -> dict[str, Call]:
    """The same request through httpx, its body decoded by each peer."""
    return {
        RAW: lambda: json.loads(fetch().content),
        RAW_ORJSON: lambda: orjson.loads(fetch().content),
        PYDANTIC: lambda: vendor.pydantic.model_validate_json(fetch().content),
        MSGSPEC: lambda: vendor.msgspec.decode(fetch().content),
    }


@contextmanager
def synq_calls(base_url: str, ids: list[str], vendor: Vendor) -> Iterator[dict[str, Call]]:
    """P1: one BatchGetExecutions call for `ids`, each way."""
    with ExitStack() as stack:
        generated = stack.enter_context(SynqClient(token=TOKEN, base_url=base_url))
        raw = stack.enter_context(_raw_client(base_url))
        stock = stack.enter_context(vendor.stock.AuthenticatedClient(base_url=base_url, token=TOKEN))
        stock_body = vendor.stock.models.BatchGetExecutionsRequest(execution_ids=ids)

        def fetch() -> httpx.Response:
            response = raw.post(SYNQ_PATH, json={"executionIds": ids})
            response.raise_for_status()
            return response

        yield {
            GENERATED: lambda: generated.batch_get_executions(body=BatchGetExecutionsRequest(execution_ids=ids)),
            **_peer_calls(vendor, fetch),
            STOCK: lambda: vendor.stock_operation.sync(client=stock, body=stock_body),
            "(breakdown) httpx, no decoding": lambda: fetch().content,
            "(breakdown) httpx + response_json + from_dict": lambda: BatchGetExecutionsResponse.from_dict(
                parsing.response_json(fetch())
            ),
        }


@contextmanager
def synq_calls_async(base_url: str, ids: list[str]) -> Iterator[dict[str, Call]]:
    """P1 async: one BatchGetExecutions call on one event loop, generated vs raw httpx.AsyncClient."""
    with asyncio.Runner() as runner:
        generated = AsyncSynqClient(token=TOKEN, base_url=base_url)
        raw = httpx.AsyncClient(base_url=base_url, headers={"Authorization": f"Bearer {TOKEN}"})

        async def raw_call(decode: Callable[[bytes], Any]) -> Any:
            response = await raw.post(SYNQ_PATH, json={"executionIds": ids})
            response.raise_for_status()
            return decode(response.content)

        try:
            yield {
                GENERATED: lambda: _run(
                    runner, generated.batch_get_executions(body=BatchGetExecutionsRequest(execution_ids=ids))
                ),
                RAW: lambda: _run(runner, raw_call(json.loads)),
                RAW_ORJSON: lambda: _run(runner, raw_call(orjson.loads)),
            }
        finally:
            runner.run(generated.close())
            runner.run(raw.aclose())


@contextmanager
def coalesce_calls(base_url: str, run_id: int, vendor: Vendor) -> Iterator[dict[str, Call]]:
    """P1: one Get Run call, each way."""
    with ExitStack() as stack:
        generated = stack.enter_context(CoalesceClient(token=TOKEN, base_url=base_url))
        raw = stack.enter_context(_raw_client(base_url))
        stock = stack.enter_context(vendor.stock.AuthenticatedClient(base_url=base_url, token=TOKEN))
        path = COALESCE_PATH.format(run_id=run_id)

        def fetch() -> httpx.Response:
            response = raw.get(path)
            response.raise_for_status()
            return response

        yield {
            GENERATED: lambda: generated.get_run(run_id),
            **_peer_calls(vendor, fetch),
            STOCK: lambda: vendor.stock_operation.sync(run_id, client=stock),
        }


def generated_parse(body: bytes, from_dict: Callable[[Any], object] = BatchGetExecutionsResponse.from_dict) -> Call:
    """What the generated client does with a 200 body: `parsing.response_json` (decode_json), then `from_dict`."""
    response = httpx.Response(200, content=body, request=httpx.Request("POST", "http://127.0.0.1" + SYNQ_PATH))
    return lambda: from_dict(parsing.response_json(response))


def collector_paused(call: Call) -> Call:
    """`call` with Python's cyclic garbage collector disabled while it runs (P7's control: is the collector what
    makes a large body cost more per execution?)."""

    def paused() -> object:
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return call()
        finally:
            if was_enabled:
                gc.enable()

    return paused


def collector_frozen(call: Call) -> Call:
    """`call` with what exists before it moved out of the collector's reach (`gc.freeze`) while it runs: collections
    triggered by the parse scan only what the parse made, not the rest of the program's heap (P7's other control)."""

    def frozen() -> object:
        gc.freeze()
        try:
            return call()
        finally:
            gc.unfreeze()

    return frozen


def parsers(body: bytes, vendor: Vendor) -> dict[str, Call]:
    """P2/P5: eager, fully typed parsing of one SYNQ body by each contestant, and plain JSON decoding for scale."""
    return {
        GENERATED: generated_parse(body),
        "generated from_dict(json.loads)": lambda: BatchGetExecutionsResponse.from_dict(json.loads(body)),
        PYDANTIC: lambda: vendor.pydantic.model_validate_json(body),
        MSGSPEC: lambda: vendor.msgspec.decode(body),
        STOCK: lambda: vendor.stock_model.from_dict(json.loads(body)),
        **decoders(body),
    }


def decoders(body: bytes) -> dict[str, Call]:
    """P5: plain JSON decoding, ours and the libraries'."""
    return {
        DECODE_JSON: lambda: parsing.decode_json(body),
        JSON_LOADS: lambda: json.loads(body),
        ORJSON_LOADS: lambda: orjson.loads(body),
    }


def coalesce_parsers(body: bytes, vendor: Vendor) -> dict[str, Call]:
    """The same-work check of the Coalesce body (P1 times it inside the calls)."""
    return {
        GENERATED: generated_parse(body, Run.from_dict),
        PYDANTIC: lambda: vendor.pydantic.model_validate_json(body),
        MSGSPEC: lambda: vendor.msgspec.decode(body),
        STOCK: lambda: vendor.stock_model.from_dict(json.loads(body)),
        JSON_LOADS: lambda: json.loads(body),
    }


@contextmanager
def busy(calls: dict[str, Call], alive: int = 100) -> Iterator[dict[str, Call]]:
    """The same calls in a program that holds its results: the last `alive` results stay referenced (by every
    contestant alike), so each garbage collection has a real heap to scan."""
    kept: deque[object] = deque(maxlen=alive)

    def keeping(call: Call) -> Call:
        return lambda: kept.append(call())

    try:
        yield {f"{name}, {alive} results alive": keeping(call) for name, call in calls.items()}
    finally:
        kept.clear()


async def _raw_fan_out(client: httpx.AsyncClient, batches: list[list[str]], concurrency: int) -> dict[str, Any]:
    limit = asyncio.Semaphore(concurrency)

    async def fetch(batch: list[str]) -> dict[str, Any]:
        async with limit:
            response = await client.post(SYNQ_PATH, json={"executionIds": batch})
            response.raise_for_status()
            parsed: dict[str, Any] = json.loads(response.content)
            return parsed

    found: dict[str, Any] = {}
    for result in await asyncio.gather(*(fetch(batch) for batch in batches)):
        found.update(result.get("executions", {}))
    return found


async def _boxed(work: Awaitable[T], box: list[T]) -> None:
    """Await `work` and put its result in `box`, so that the task `asyncio.Runner.run` creates returns None.

    On Python 3.11, `Runner.run` ends with `signal.getsignal(SIGINT)`, which formats the repr of its handler, a
    partial holding the main task, whose repr holds its result: the full repr of 10,000 executions, on the clock.
    """
    box.append(await work)


def _run(runner: asyncio.Runner, work: Awaitable[T]) -> T:
    box: list[T] = []
    runner.run(_boxed(work, box))
    return box[0]


@contextmanager
def fan_out(base_url: str, ids: list[str], concurrency: int) -> Iterator[dict[str, Call]]:
    """P3: all of `ids` in batches of the spec's maxItems with `concurrency` requests in flight, on one event loop.

    The generated contestant is `AsyncSynqClient.get_executions`; the raw one does the same with httpx + json.loads.
    """
    size = MAX_IDS_PER_REQUEST
    batches = [ids[start : start + size] for start in range(0, len(ids), size)]
    with asyncio.Runner() as runner:
        generated = AsyncSynqClient(token=TOKEN, base_url=base_url)
        raw = httpx.AsyncClient(base_url=base_url, headers={"Authorization": f"Bearer {TOKEN}"})

        def call_generated() -> object:
            result = _run(runner, generated.get_executions(ids, concurrency=concurrency))
            if result.missing:
                raise RuntimeError(f"the mock did not return {len(result.missing)} of the executions")
            return result

        def call_raw() -> object:
            found = _run(runner, _raw_fan_out(raw, batches, concurrency))
            if len(found) != len(ids):
                raise RuntimeError(f"the mock did not return {len(ids) - len(found)} of the executions")
            return found

        try:
            yield {GENERATED: call_generated, RAW: call_raw}
        finally:
            runner.run(generated.close())
            runner.run(raw.aclose())
