"""The contestants: one call (P1), one parse (P2) or one fan-out (P3) each, as zero-argument callables.

P1 compares, against the same server and bytes, the generated facade clients with raw httpx + `.json()` and with
httpx + a pydantic v2 model (`model_validate_json` on the same bytes). Every sync contestant keeps one
keep-alive `httpx.Client`, so connection setup is not measured.
"""

from __future__ import annotations

import asyncio
import json
from collections import deque
from collections.abc import Awaitable, Callable, Iterator
from contextlib import ExitStack, contextmanager
from typing import Any, TypeVar

import httpx
from coalesce_client import CoalesceClient
from synq_client import AsyncSynqClient, SynqClient
from synq_client.models import BatchGetExecutionsRequest, BatchGetExecutionsResponse
from synq_coalesce_core import parsing

from scripts.bench import pydantic_models
from scripts.bench.server import TOKEN

T = TypeVar("T")
Call = Callable[[], object]
SYNQ_PATH = "/api/executions/v2/by-id"
COALESCE_PATH = "/api/v1/runs/{run_id}"
GENERATED = "generated client"
RAW = "httpx + .json()"
PYDANTIC = "httpx + pydantic v2"
PYD_PARSE = "pydantic v2 model_validate_json"

__all__ = ["busy_parsers", "coalesce_calls", "fan_out", "parsers", "synq_calls"]


def _raw_client(base_url: str) -> httpx.Client:
    return httpx.Client(base_url=base_url, headers={"Authorization": f"Bearer {TOKEN}"})


@contextmanager
def synq_calls(base_url: str, ids: list[str]) -> Iterator[dict[str, Call]]:
    """One BatchGetExecutions call for `ids`, three ways."""
    with ExitStack() as stack:
        generated = stack.enter_context(SynqClient(token=TOKEN, base_url=base_url))
        raw = stack.enter_context(_raw_client(base_url))
        body = {"executionIds": ids}

        def call_generated() -> object:
            return generated.batch_get_executions(body=BatchGetExecutionsRequest(execution_ids=ids))

        def call_raw() -> object:
            response = raw.post(SYNQ_PATH, json=body)
            response.raise_for_status()
            return response.json()

        def call_pydantic() -> object:
            response = raw.post(SYNQ_PATH, json=body)
            response.raise_for_status()
            return pydantic_models.BatchGetExecutionsResponse.model_validate_json(response.content)

        def call_http_only() -> object:  # where the time goes: the transfer alone ...
            response = raw.post(SYNQ_PATH, json=body)
            response.raise_for_status()
            return response.content

        def call_raw_from_dict() -> object:  # ... and the generated parsing without the client around it
            response = raw.post(SYNQ_PATH, json=body)
            response.raise_for_status()
            return BatchGetExecutionsResponse.from_dict(parsing.decode_json(response.content))

        yield {
            GENERATED: call_generated,
            RAW: call_raw,
            PYDANTIC: call_pydantic,
            "(breakdown) httpx, no decoding": call_http_only,
            "(breakdown) httpx + decode_json + from_dict": call_raw_from_dict,
        }


@contextmanager
def coalesce_calls(base_url: str, run_id: int) -> Iterator[dict[str, Call]]:
    """One Get Run call, three ways."""
    with ExitStack() as stack:
        generated = stack.enter_context(CoalesceClient(token=TOKEN, base_url=base_url))
        raw = stack.enter_context(_raw_client(base_url))
        path = COALESCE_PATH.format(run_id=run_id)

        def call_generated() -> object:
            return generated.get_run(run_id)

        def call_raw() -> object:
            response = raw.get(path)
            response.raise_for_status()
            return response.json()

        def call_pydantic() -> object:
            response = raw.get(path)
            response.raise_for_status()
            return pydantic_models.Run.model_validate_json(response.content)

        yield {GENERATED: call_generated, RAW: call_raw, PYDANTIC: call_pydantic}


def parsers(body: bytes) -> dict[str, Call]:
    """P2: eager, fully typed parsing of one body, generated vs pydantic, with plain JSON decoding for scale.

    The first contestant is what the generated client does with a body: its `_core.parsing.decode_json` (orjson
    when the `fast` extra is installed, else `json.loads`; the name says which) and `from_dict`. The second is the
    same without the extra (standard library `json.loads`), so both installs are on the record.
    """
    decoder = parsing.JSON_DECODER

    def generated() -> object:
        return BatchGetExecutionsResponse.from_dict(parsing.decode_json(body))

    def pydantic() -> object:
        return pydantic_models.BatchGetExecutionsResponse.model_validate_json(body)

    return {
        f"generated from_dict(decode_json [{decoder}])": generated,
        PYD_PARSE: pydantic,
        "json.loads only": lambda: json.loads(body),
        "generated from_dict(json.loads)": lambda: BatchGetExecutionsResponse.from_dict(json.loads(body)),
    }


@contextmanager
def busy_parsers(body: bytes, alive: int = 100) -> Iterator[dict[str, Call]]:
    """P2 in a program that holds its results: the last `alive` parsed bodies stay referenced (by every contestant
    alike), so each garbage collection has a real heap to scan."""
    kept: deque[object] = deque(maxlen=alive)
    plain = parsers(body)
    generated, pydantic = plain[f"generated from_dict(decode_json [{parsing.JSON_DECODER}])"], plain[PYD_PARSE]
    try:
        yield {
            f"generated, {alive} parsed bodies alive": lambda: kept.append(generated()),
            f"pydantic v2, {alive} parsed bodies alive": lambda: kept.append(pydantic()),
        }
    finally:
        kept.clear()


async def _raw_fan_out(client: httpx.AsyncClient, batches: list[list[str]], concurrency: int) -> dict[str, Any]:
    limit = asyncio.Semaphore(concurrency)

    async def fetch(batch: list[str]) -> dict[str, Any]:
        async with limit:
            response = await client.post(SYNQ_PATH, json={"executionIds": batch})
            response.raise_for_status()
            parsed: dict[str, Any] = response.json()
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
    """P3: all of `ids` in batches of 100 with `concurrency` requests in flight, on one event loop.

    The generated contestant is `AsyncSynqClient.get_executions`; the raw one does the same with httpx + `.json()`.
    """
    batches = [ids[start : start + 100] for start in range(0, len(ids), 100)]
    with asyncio.Runner() as runner:
        generated = AsyncSynqClient(token=TOKEN, base_url=base_url)
        raw = httpx.AsyncClient(base_url=base_url, headers={"Authorization": f"Bearer {TOKEN}"})

        def call_generated() -> object:
            result = _run(runner, generated.get_executions(ids, concurrency=concurrency))
            if result.missing:
                raise RuntimeError(f"the mock did not return {len(result.missing)} of the executions")
            return result

        def call_raw() -> object:
            return _run(runner, _raw_fan_out(raw, batches, concurrency))

        try:
            yield {GENERATED: call_generated, RAW: call_raw}
        finally:
            runner.run(generated.close())
            runner.run(raw.aclose())
