"""`get_executions` over several batches while the mock flaps: the merged result is exactly the store, once each."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from synq_client import MAX_IDS_PER_REQUEST, AsyncSynqClient, ServiceUnavailableError, SynqClient
from synq_coalesce_core.clock import ManualClock

from scripts.load import canonical

from .harness import TOKEN, CountingApp, Target, fresh_key, store_record

UNKNOWN = [f"unknown-{n:03d}" for n in range(230)]


def requested(app: CountingApp) -> list[str]:
    """Every seeded ID, each twice, interleaved with 230 unknown ones (3 batches at today's maxItems of 100)."""
    seeded = list(app.app.state.service.store.records)  # type: ignore[attr-defined]
    ids = [*seeded, *UNKNOWN[:100], *reversed(seeded), *UNKNOWN[100:]]
    return ids


def batches(ids: list[str]) -> int:
    """How many requests the unique IDs take at the spec's executionIds maxItems."""
    return -(-len(dict.fromkeys(ids)) // MAX_IDS_PER_REQUEST)


def check_merge(app: CountingApp, ids: list[str], executions: dict[str, object], missing: list[str]) -> None:
    unique = list(dict.fromkeys(ids))
    found = [key for key in unique if store_record(app, key) is not None]
    assert list(executions) == found  # the order asked, no duplicate, nothing extra
    assert canonical({k: v.to_dict() for k, v in executions.items()}) == canonical(  # type: ignore[attr-defined]
        {key: store_record(app, key) for key in found}
    )
    assert missing == UNKNOWN


def clients(target: Target, fault: str, key: str, clock: ManualClock) -> dict[str, object]:
    return {
        "base_url": target.url,
        "headers": {"X-Mock-Fault": fault, "X-Mock-Fault-Key": key},
        "clock": clock,
    }


def test_sync_merge_with_a_flapping_first_batch(served: dict[str, Target]) -> None:
    target = served["synq"]
    key, clock = fresh_key("merge-sync"), ManualClock()
    ids = requested(target.app)
    with SynqClient(TOKEN, **clients(target, "flap;n=3", key, clock)) as synq:  # type: ignore[arg-type]
        result = synq.get_executions(ids)
    check_merge(target.app, ids, result.executions, result.missing)  # type: ignore[arg-type]
    assert target.app.counts[key] == batches(ids) + 2  # batch 1 sent three times, the others once
    assert clock.sleeps == [0.5, 1.0]


@pytest.mark.parametrize("concurrency", [1, 3])
def test_async_merge_with_flapping_batches(served: dict[str, Target], concurrency: int) -> None:
    """With 3 batches in flight the two failures may hit any batches; the totals are still exact."""
    target = served["synq"]
    key, clock = fresh_key("merge-async"), ManualClock()
    ids = requested(target.app)

    async def go() -> None:
        async with AsyncSynqClient(TOKEN, **clients(target, "flap;n=3", key, clock)) as synq:  # type: ignore[arg-type]
            result = await synq.get_executions(ids, concurrency=concurrency)
        check_merge(target.app, ids, result.executions, result.missing)  # type: ignore[arg-type]

    asyncio.run(go())
    assert target.app.counts[key] == batches(ids) + 2
    # two failed attempts, each followed by one backoff: of one batch (0.5, 1.0) or of two batches (0.5 each)
    allowed = [[0.5, 1.0]] if concurrency == 1 else [[0.5, 1.0], [0.5, 0.5]]
    assert sorted(clock.sleeps) in allowed


def test_async_merge_fails_whole_when_a_batch_never_recovers(in_process: dict[str, Target]) -> None:
    """A batch that exhausts its retries fails the call: no partial result is returned as if complete."""
    target = in_process["synq"]
    key, clock = fresh_key("merge-fail"), ManualClock()

    async def go() -> None:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=target.app)) as http:
            options = {**clients(target, "flap;n=1000", key, clock), "base_url": "http://127.0.0.1:9"}
            async with AsyncSynqClient(TOKEN, http_client=http, **options) as synq:  # type: ignore[arg-type]
                await synq.get_executions(requested(target.app), concurrency=1)

    with pytest.raises(ServiceUnavailableError) as caught:
        asyncio.run(go())
    assert caught.value.attempts == 3
    # Only the failing batch's 3 attempts went out: queued batches see the failure and never send.
    assert target.app.counts[key] == 3
