"""Send one request to an ASGI app in-process (httpx's ASGI transport) and return the response; the request limits
the spec sets."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx

from scripts.mock.seeds import SYNQ_OPERATION
from scripts.spec.model import Spec
from scripts.spec.values import operation, walk

TOKEN = "unit-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
SYNQ_PATH = "/api/executions/v2/by-id"


def run_path(run_id: object) -> str:
    return f"/api/v1/runs/{run_id}"


def send(app: Any, method: str, path: str, *, headers: dict[str, str] | None = None, **kwargs: Any) -> httpx.Response:
    async def go() -> httpx.Response:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://mock.test") as client:
            return await client.request(method, path, headers=AUTH if headers is None else headers, **kwargs)

    return asyncio.run(go())


def batch_get(app: Any, ids: object, *, headers: dict[str, str] | None = None) -> httpx.Response:
    return send(app, "POST", SYNQ_PATH, json={"executionIds": ids}, headers=headers)


def get_run(app: Any, run_id: object, *, headers: dict[str, str] | None = None) -> httpx.Response:
    return send(app, "GET", run_path(run_id), headers=headers)


def max_ids() -> int:
    """The spec's `executionIds` maxItems: how many IDs one BatchGetExecutions request may carry."""
    spec = Spec.load("synq")
    body = operation(spec, *SYNQ_OPERATION).request_body
    assert body is not None
    return int(
        spec.schema(walk(spec, body.media_types["application/json"] or "", "properties", "executionIds"))["maxItems"]
    )
