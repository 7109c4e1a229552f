"""The mock as a Starlette app, one per vendor, driven by that vendor's effective spec.

A request goes through these steps; the first one that answers wins:

1. route     unknown path -> 404; undocumented method -> 405 with `Allow`
             (SYNQ only: `POST /oauth2/token`, the hand-written OAuth2 token endpoint of `oauth.py`)
2. auth      missing or wrong bearer token (the static one, or one the token endpoint issued) -> 401
             (SYNQ gRPC code 16 UNAUTHENTICATED)
3. prefer    malformed `Prefer` header -> 400
4. validate  parameters and body against the spec -> 400 (SYNQ gRPC code 3 INVALID_ARGUMENT); size bounds
             first (`bounds.py`), and a large body is validated in a worker thread so the event loop keeps serving
5. handle    read the store, or build the documented body from the spec (`handlers.py`); an operation with
             `x-paging` answers one page of the list, by keyset (`paging.py`)
6. prefer    `code=` swaps in another documented status; `dynamic=true` a generated body

Every error body is the vendor's documented error schema (`error_bodies.py`). Behaviour beyond the spec
(latency, resets, truncated bodies, flapping 5xx, ...) is `faults.py`, outermost around these steps: selected per
request by an `X-Mock-Fault` header, or for every request by `create_app(..., fault=...)`; a counted fault
(`times`, `flap`) counts only requests step 2 would let through.
"""

from __future__ import annotations

import hmac
import json
import time
from collections.abc import Sequence
from http import HTTPStatus
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from scripts.mock import faults, prefer
from scripts.mock.dynamic import NoValidBody, generated_body, static_body
from scripts.mock.error_bodies import ERROR_BODIES, ErrorBody
from scripts.mock.handlers import Reply, handler_for
from scripts.mock.lifecycle import DEFAULT_RUNNING, DEFAULT_WAITING, Clock, RunBook
from scripts.mock.oauth import TOKEN_PATH, TokenIssuer, TokenRequestError
from scripts.mock.paging import paged
from scripts.mock.routing import Router
from scripts.mock.seeds import COALESCE_OPERATION, seed_records
from scripts.mock.store import SeededStore, Store
from scripts.mock.validation import InvalidRequest, RawRequest, validate_request
from scripts.spec.model import JSON_MEDIA_TYPE, OperationSpec, Spec

DEFAULT_TOKEN = "mock-token"
MAX_BODY_BYTES = 1024 * 1024
OFFLOAD_BYTES = 64 * 1024  # larger bodies are validated in a worker thread (milliseconds of jsonschema per 64 KiB)


NOT_HANDLED = Reply(0)
"""What `preferred` swaps for a requested error status: the handler never ran, so the request changed nothing."""


class MockService:
    """One vendor's behaviour, independent of the web framework: request parts in, `Response` out."""

    def __init__(
        self, spec: Spec, *, token: str, store: Store[Any], error_body: ErrorBody, oauth: TokenIssuer | None = None
    ) -> None:
        self.spec = spec
        self.token = token
        self.store = store
        self.error_body = error_body
        self.oauth = oauth
        self.router = Router(spec.operations)
        self.handlers = {
            operation.label: paged(spec, store, operation, handler_for(spec, store, operation))
            for operation in spec.operations
        }

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """ASGI entry point: every request of every method and path comes here (404s and 405s are ours too)."""
        try:
            response = await self.handle(Request(scope, receive))
        except ClientDisconnect:  # the client went away mid-body: nobody to answer, nothing to log
            return
        await response(scope, receive, send)

    async def handle(self, request: Request) -> Response:
        path = request.scope["path"]  # percent-decoded, never split at a decoded "?" or "#"
        if self.oauth is not None and path == TOKEN_PATH:
            return await self.token_response(request, self.oauth)
        match = self.router.match(path)
        if match is None:
            return self.error(404, f"No route for {path}.")
        operation = match.route.operation_for(request.method)
        if operation is None:
            allowed = match.route.allowed()
            message = f"Method {request.method} is not allowed on {match.route.template}; use {', '.join(allowed)}."
            return self.error(405, message, headers={"Allow": ", ".join(allowed)})
        if operation.requires_bearer and not self.authorized(request):
            headers = {"WWW-Authenticate": "Bearer"}
            return self.error(401, "Missing or invalid bearer token.", headers=headers, operation=operation)
        try:
            preferences = prefer.parse(request.headers.getlist(prefer.HEADER))
            body = await read_body(request) if operation.request_body is not None else b""
            raw = RawRequest(
                path_params=match.path_params,
                query={key: request.query_params.getlist(key) for key in request.query_params},
                headers={key.lower(): value for key, value in request.headers.items()},
                body=body,
            )
            if len(body) > OFFLOAD_BYTES:
                valid = await run_in_threadpool(validate_request, self.spec, operation, raw)
            else:
                valid = validate_request(self.spec, operation, raw)
            if preferences.code is not None and preferences.code >= 400:  # refused: the handler starts no run
                reply = self.preferred(operation, preferences, NOT_HANDLED)
            else:
                reply = self.preferred(operation, preferences, self.handlers[operation.label](valid))
        except (prefer.PreferError, InvalidRequest) as problem:
            return self.error(400, str(problem), operation=operation)
        except (NoValidBody, NotImplementedError) as problem:  # a schema the body builder cannot satisfy
            return self.error(
                500, f"The mock cannot build a body for {operation.label}: {problem}", operation=operation
            )
        response = self.render(operation, reply)
        if preferences.applied():
            response.headers["Preference-Applied"] = preferences.applied()
        if request.method == "HEAD":
            response.body = b""
        return response

    def authorized(self, request: Request) -> bool:
        return self.accepts_authorization(request.headers.get("authorization", ""))

    def accepts_authorization(self, header: str) -> bool:
        """Whether an `Authorization` header value carries the static token or one the token endpoint issued."""
        scheme, _, credentials = header.partition(" ")
        if scheme.lower() != "bearer":
            return False
        token = credentials.strip()
        return hmac.compare_digest(token.encode(), self.token.encode()) or (
            self.oauth is not None and self.oauth.accepts(token)
        )

    async def token_response(self, request: Request, oauth: TokenIssuer) -> Response:
        headers = {"Cache-Control": "no-store"}
        try:
            if request.method != "POST":
                headers["Allow"] = "POST"
                raise TokenRequestError(405, "invalid_request", f"use POST on {TOKEN_PATH}")
            try:
                body = await read_body(request)
            except InvalidRequest as problem:
                raise TokenRequestError(400, "invalid_request", str(problem)) from None
            return json_response(200, oauth.issue(request.headers.get("content-type", ""), body), headers)
        except TokenRequestError as problem:
            return json_response(problem.status, problem.body(), headers)

    def preferred(self, operation: OperationSpec, preferences: prefer.Preferences, reply: Reply) -> Reply:
        """Apply `Prefer: code=` and `Prefer: dynamic=true` to the handler's reply."""
        if preferences.code is None and not preferences.dynamic:
            return reply
        status = reply.status if preferences.code is None else preferences.code
        documented = operation.response_for(status)
        if documented is None:
            listed = ", ".join(str(code) for code in operation.documented_statuses())
            raise InvalidRequest(
                f"Prefer: code={status} is not documented for {operation.label} (documented: {listed})"
            )
        if status != reply.status:
            if status >= 400:
                reply = Reply(status, error=f"{reason(status)} (requested with Prefer: code={status}).")
            else:
                reply = Reply(status, body=static_body(self.spec, documented.schema) if documented.schema else None)
        if preferences.dynamic and documented.schema is not None:
            reply = Reply(status, body=generated_body(self.spec, documented.schema, seed=preferences.seed))
        return reply

    def render(self, operation: OperationSpec, reply: Reply) -> Response:
        documented = operation.response_for(reply.status)
        headers: dict[str, str] = {}
        for header in documented.headers if documented else ():
            if header.schema is not None:
                headers[header.name] = str(static_body(self.spec, header.schema))
        if reply.error is not None:
            return self.error(reply.status, reply.error, headers=headers, operation=operation)
        if documented is None or documented.schema is None:
            return Response(status_code=reply.status, headers=headers)
        return json_response(reply.status, reply.body, headers)

    def error(
        self,
        status: int,
        message: str,
        *,
        headers: dict[str, str] | None = None,
        operation: OperationSpec | None = None,
    ) -> Response:
        return json_response(status, self.error_document(status, message, operation), headers or {})

    def error_document(self, status: int, message: str, operation: OperationSpec | None) -> Any:
        """The vendor's error body; but where the operation declares its own error schema for this status (an error
        model the vendor's usual body does not fit), that schema's deterministic instance."""
        body = self.error_body(status, message)
        documented = operation.response_for(status) if operation is not None else None
        if documented is None or documented.schema is None or self.spec.validator(documented.schema).is_valid(body):
            return body
        try:
            return static_body(self.spec, documented.schema)
        except (NoValidBody, NotImplementedError):
            return body


def json_response(status: int, body: Any, headers: dict[str, str]) -> Response:
    return Response(encode(body), status_code=status, headers=headers, media_type=JSON_MEDIA_TYPE)


def encode(body: Any) -> bytes:
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()


def reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return f"HTTP {status}"


async def read_body(request: Request) -> bytes:
    """The request body, refusing (400) to buffer more than MAX_BODY_BYTES (by its Content-Length, when sent)."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_BODY_BYTES:
        raise InvalidRequest(f"request body is larger than {MAX_BODY_BYTES} bytes")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            raise InvalidRequest(f"request body is larger than {MAX_BODY_BYTES} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def default_store(spec: Spec, clock: Clock, run_phases: tuple[float, float]) -> Store[Any]:
    """The seeded records; for Coalesce (while the spec has getRun) with the run lifecycle on top."""
    records = seed_records(spec)
    if spec.vendor == "coalesce" and COALESCE_OPERATION[0] in spec.operations_at(COALESCE_OPERATION[1]):
        waiting, running = run_phases
        return RunBook(spec, records, clock=clock, waiting=waiting, running=running)
    return SeededStore(records)


def create_app(
    vendor: str,
    *,
    token: str = DEFAULT_TOKEN,
    store: Store[Any] | None = None,
    spec: Spec | None = None,
    middleware: Sequence[Middleware] = (),
    fault: str | None = None,
    oauth: TokenIssuer | None = None,
    clock: Clock = time.time,
    run_phases: tuple[float, float] = (DEFAULT_WAITING, DEFAULT_RUNNING),
) -> Starlette:
    """The mock for `vendor` ("synq" or "coalesce").

    `spec` defaults to `generated/<vendor>.openapi.yaml`, `store` to the seeded records (`seeds.py`); for Coalesce
    a `RunBook` (`lifecycle.py`): the seeded runs plus the ones started through the mock, which progress on `clock`
    (epoch seconds; tests pass a manual one), `run_phases` seconds waiting, then running.
    `oauth` configures SYNQ's token endpoint (default: `TokenIssuer()`, client `mock-client`/`mock-secret`);
    Coalesce has none (its API tokens never expire).
    `middleware` wraps the app (outermost first). `fault` is the `X-Mock-Fault` value applied to every request
    that does not send its own (`faults.py`); fault injection sits outside everything else, even Starlette's
    error handling, so a reset is a real reset under uvicorn.
    """
    if vendor not in ERROR_BODIES:
        raise ValueError(f"unknown vendor {vendor!r}; expected one of {sorted(ERROR_BODIES)}")
    spec = spec or Spec.load(vendor)
    if store is None:
        store = default_store(spec, clock, run_phases)
    if vendor == "synq":
        oauth = oauth or TokenIssuer()
    elif oauth is not None:
        raise ValueError(f"{vendor} has no OAuth2 token endpoint")
    service = MockService(spec, token=token, store=store, error_body=ERROR_BODIES[vendor], oauth=oauth)
    app = Starlette(middleware=list(middleware))
    app.router.default = service  # no Starlette route: its path regex misses "%0A", and its 404 is text/plain
    app.state.service = service
    error_body = ERROR_BODIES[vendor]
    app.middleware_stack = faults.FaultInjection(
        app.build_middleware_stack(),
        error_body=lambda status, text: encode(error_body(status, text)),
        default=fault,
        admits=lambda headers: service.accepts_authorization(headers.get("authorization", "")),
    )
    return app
