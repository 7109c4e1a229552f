"""Deliberately broken mocks, each the real app configured (or wrapped) to break one promise of the spec."""

from __future__ import annotations

import copy
from typing import Any

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.responses import HTMLResponse
from starlette.types import ASGIApp, Receive, Scope, Send

from scripts.mock.app import create_app
from scripts.mock.seeds import SYNQ_OPERATION, seed_records
from scripts.mock.store import Record
from scripts.spec.model import Spec
from scripts.spec.values import operation as find_operation
from scripts.spec.values import walk

from .schemas import TOKEN


class InjectsValidToken:
    """ASGI middleware: every request arrives with the right bearer token, whatever the client sent."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            headers = [(name, value) for name, value in scope["headers"] if name.lower() != b"authorization"]
            scope = {**scope, "headers": [*headers, (b"authorization", f"Bearer {TOKEN}".encode())]}
        await self.app(scope, receive, send)


class AnswersWithServerErrorPage:
    """ASGI middleware: every request gets a 500 with an HTML body (a proxy's error page)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        response = HTMLResponse("<html><body><h1>500 Internal Server Error</h1></body></html>", status_code=500)
        await response(scope, receive, send)


class KnowsEveryKey:
    """A store that answers every key with the same record: every request reaches the 200 path."""

    def __init__(self, record: Record) -> None:
        self.record = record

    def get(self, key: Any) -> Record | None:
        return copy.deepcopy(self.record)


def ignores_auth() -> Starlette:
    return create_app("synq", token=TOKEN, middleware=[Middleware(InjectsValidToken)])


def accepts_101_ids() -> Starlette:
    """The real SYNQ mock, fed a copy of the spec without `maxItems` on `executionIds`."""
    loosened = Spec(vendor="synq", document=copy.deepcopy(Spec.load("synq").document))
    operation = find_operation(loosened, *SYNQ_OPERATION)
    assert operation.request_body is not None
    body = operation.request_body.media_types["application/json"]
    assert body is not None
    _, execution_ids = loosened.follow(walk(loosened, body, "properties", "executionIds"))
    del execution_ids["maxItems"]
    return create_app("synq", token=TOKEN, spec=loosened)


def returns_unknown_run_status() -> Starlette:
    spec = Spec.load("coalesce")
    run = seed_records(spec)[1] | {"runStatus": "exploded"}
    return create_app("coalesce", token=TOKEN, spec=spec, store=KnowsEveryKey(run))


def drops_required_run_field() -> Starlette:
    spec = Spec.load("coalesce")
    run = {key: value for key, value in seed_records(spec)[1].items() if key != "runType"}
    return create_app("coalesce", token=TOKEN, spec=spec, store=KnowsEveryKey(run))


def fails_with_html_500(vendor: str) -> Starlette:
    return create_app(vendor, token=TOKEN, middleware=[Middleware(AnswersWithServerErrorPage)])
