"""Retry safety and secret fields come from the spec, for any operation: a made-up spec (no vendor name in it) is
generated with our templates, and each generated `Operation` carries the level the tools' helper reads from the spec
(`x-idempotency-level`, else the method), its `x-outcome-unknown-hint`, and its body's `format: password` fields
stay out of model reprs, argument errors and the errors of a server that echoes them."""

from __future__ import annotations

import importlib
import pickle
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import httpx
import pytest
from synq_coalesce_core.auth import BearerTokenAuth
from synq_coalesce_core.clock import ManualClock
from synq_coalesce_core.exceptions import BadRequestError, OutcomeUnknownError, RequestValidationError
from synq_coalesce_core.idempotency import IdempotencyLevel
from synq_coalesce_core.options import ClientOptions
from synq_coalesce_core.settings import VendorSettings

from scripts.codegen.safety import HINT_EXTENSION
from scripts.spec.idempotency import EXTENSION, idempotency_level
from scripts.spec.model import HTTP_METHODS
from scripts.spec.secrets import secret_property_names
from tests.codegen.scratch_package import scratch_package

PACKAGE = "vault_pkg"
HINT = "Look for a new entry in the ledger before opening another one."
CREDENTIALS: dict[str, Any] = {"$ref": "#/components/schemas/Credentials"}


def operation(operation_id: str, *, body: bool = False, marks: dict[str, str] | None = None) -> dict[str, Any]:
    found: dict[str, Any] = {
        "operationId": operation_id,
        "tags": ["vault"],
        "responses": {
            "200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object"}}}},
            "400": {"description": "bad", "content": {"application/json": {"schema": {"type": "object"}}}},
        },
        **(marks or {}),
    }
    if body:
        found["requestBody"] = {"required": True, "content": {"application/json": {"schema": CREDENTIALS}}}
    return found


ID = [{"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}]
SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Vault", "version": "1"},
    "paths": {
        "/entries/{id}": {
            "parameters": ID,
            "get": operation("readEntry"),
            "put": operation("replaceEntry", body=True),
            "delete": operation("dropEntry", marks={EXTENSION: "IDEMPOTENCY_UNKNOWN"}),
            "patch": operation("touchEntry"),
        },
        "/entries": {"post": operation("openEntry", body=True, marks={HINT_EXTENSION: HINT})},
        "/entries/search": {"post": operation("searchEntries", body=True, marks={EXTENSION: "NO_SIDE_EFFECTS"})},
    },
    "components": {
        "schemas": {
            "Key": {"type": "string", "format": "password"},
            "Credentials": {
                "type": "object",
                "properties": {
                    "user": {"type": "string"},
                    "password": {"type": "string", "format": "password"},
                    "privateKey": {"$ref": "#/components/schemas/Key"},
                    "passphrase": {"anyOf": [{"$ref": "#/components/schemas/Key"}, {"type": "null"}]},
                    "pin": {"type": "integer", "format": "password", "maximum": 99999999},
                },
            },
        }
    },
}
OPERATIONS = [
    (method.upper(), path, op)
    for path, item in SPEC["paths"].items()
    for method, op in item.items()
    if method != "parameters"
]
SECRETS = {
    "password": "pw-SECRET-0a1b2c",
    "privateKey": "key-SECRET-3d4e5f",
    "passphrase": "pass-SECRET-6a7b8c",
    "pin": 73195246,
}


def snake(name: str) -> str:
    return "".join(f"_{c.lower()}" if c.isupper() else c for c in name)


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    with scratch_package(SPEC, tmp_path_factory.mktemp("vault"), PACKAGE):
        yield importlib.import_module(PACKAGE)


def endpoint(op: dict[str, Any]) -> ModuleType:
    return importlib.import_module(f"{PACKAGE}.api.vault.{snake(op['operationId'])}")


def test_each_operation_carries_the_level_and_hint_the_spec_states(vault: ModuleType) -> None:
    levels = set()
    for method, path, op in OPERATIONS:
        generated = endpoint(op).OPERATION
        expected = idempotency_level(method, op)
        assert generated.idempotency is IdempotencyLevel[expected], (method, path)
        assert generated.outcome_hint == op.get(HINT_EXTENSION, "")
        levels.add(expected)
    assert levels == {level.value for level in IdempotencyLevel}  # the spec exercises every level
    assert {method for method, _, _ in OPERATIONS} < set(HTTP_METHODS)


def credentials(vault: ModuleType) -> Any:
    model = importlib.import_module(f"{PACKAGE}.models").Credentials
    values = {name: SECRETS.get(name) for name in secret_property_names(SPEC)}
    return model.from_dict({"user": "alice-visible", **values})


def test_the_model_repr_shows_no_secret_field(vault: ModuleType) -> None:
    assert secret_property_names(SPEC) == SECRETS.keys()
    shown = repr(credentials(vault))
    assert "alice-visible" in shown
    assert [secret for secret in map(str, SECRETS.values()) if secret in shown] == []
    assert "'***'" in shown
    empty = importlib.import_module(f"{PACKAGE}.models").Credentials()
    assert "password=None" in repr(empty)


class Script:
    def __init__(self, *steps: httpx.Response | Exception) -> None:
        self.steps, self.sent = list(steps), 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.sent += 1
        step = self.steps.pop(0) if len(self.steps) > 1 else self.steps[0]
        if isinstance(step, Exception):
            raise step
        return step


def client(vault: ModuleType, script: Script) -> Any:
    settings = VendorSettings("https://vault.example", BearerTokenAuth("tok-SECRET-vault"), PACKAGE)
    http = httpx.Client(transport=httpx.MockTransport(script))
    operations = importlib.import_module(f"{PACKAGE}.api").SyncOperations
    return operations(settings, ClientOptions(clock=ManualClock()), http_client=http)


def test_a_post_without_a_mark_is_sent_once_after_a_timeout_and_says_where_to_look(vault: ModuleType) -> None:
    script = Script(httpx.ReadTimeout("slow"), httpx.Response(200, json={}))
    with client(vault, script) as api, pytest.raises(OutcomeUnknownError) as raised:
        api.open_entry(body=credentials(vault))
    assert script.sent == 1
    assert HINT in str(raised.value) and "outcome unknown" in str(raised.value)


def test_a_post_marked_without_side_effects_is_retried_after_a_timeout(vault: ModuleType) -> None:
    script = Script(httpx.ReadTimeout("slow"), httpx.Response(200, json={}))
    with client(vault, script) as api:
        api.search_entries(body=credentials(vault))
    assert script.sent == 2


def test_an_echoed_secret_is_scrubbed_from_the_error_and_its_pickle(vault: ModuleType) -> None:
    def echo(request: httpx.Request) -> httpx.Response:
        return httpx.Response(400, json={"message": f"rejected {request.content.decode()}"})

    with client(vault, echo) as api, pytest.raises(BadRequestError) as raised:  # type: ignore[arg-type]
        api.open_entry(body=credentials(vault))
    error = raised.value
    texts = [str(error), repr(error), error.text, error.response.text, repr(error.error)]
    assert "alice-visible" in error.text  # the echo arrived; only the secrets are gone
    assert [s for s in map(str, SECRETS.values()) if any(s in text for text in texts)] == []
    assert [s for s in map(str, SECRETS.values()) if s.encode() in pickle.dumps(error)] == []


def test_an_argument_error_never_quotes_a_secret_value(vault: ModuleType) -> None:
    bad = credentials(vault)
    bad.pin = 123456789012
    with client(vault, Script(httpx.Response(200, json={}))) as api, pytest.raises(RequestValidationError) as raised:
        api.open_entry(body=bad)
    assert raised.value.field == "body.pin"
    assert "123456789012" not in str(raised.value) and "<= 99999999" in str(raised.value)
    assert b"123456789012" not in pickle.dumps(raised.value)
