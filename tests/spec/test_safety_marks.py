"""The tools' one reader of retry safety (`x-idempotency-level`, else the HTTP method) and of secret fields
(`format: password`), on made-up documents and on the effective specs."""

from __future__ import annotations

from typing import Any

import pytest

from scripts.spec.document import SpecError
from scripts.spec.idempotency import (
    EXTENSION,
    IDEMPOTENCY_UNKNOWN,
    IDEMPOTENT,
    LEVELS,
    NO_SIDE_EFFECTS,
    idempotency_level,
)
from scripts.spec.model import HTTP_METHODS, Spec
from scripts.spec.secrets import hide_secrets, is_secret, secret_property_names
from scripts.vendors import VENDORS

DEFAULTS = {
    "GET": NO_SIDE_EFFECTS,
    "HEAD": NO_SIDE_EFFECTS,
    "OPTIONS": NO_SIDE_EFFECTS,
    "TRACE": NO_SIDE_EFFECTS,
    "PUT": IDEMPOTENT,
    "DELETE": IDEMPOTENT,
    "POST": IDEMPOTENCY_UNKNOWN,
    "PATCH": IDEMPOTENCY_UNKNOWN,
}


@pytest.mark.parametrize("method", HTTP_METHODS)
def test_without_the_mark_the_method_decides(method: str) -> None:
    assert idempotency_level(method, {}) == DEFAULTS[method]
    assert idempotency_level(method.lower(), {"operationId": "x"}) == DEFAULTS[method]


@pytest.mark.parametrize("level", LEVELS)
@pytest.mark.parametrize("method", ["GET", "POST", "DELETE"])
def test_the_mark_overrides_the_method(method: str, level: str) -> None:
    assert idempotency_level(method, {EXTENSION: level}) == level


@pytest.mark.parametrize("value", ["no_side_effects", "SAFE", 1, True])
def test_an_unknown_level_is_a_spec_error(value: Any) -> None:
    with pytest.raises(SpecError, match=EXTENSION):
        idempotency_level("GET", {EXTENSION: value})


@pytest.mark.parametrize("vendor", VENDORS)
def test_each_operation_of_the_effective_spec_has_the_level_it_states(vendor: str) -> None:
    spec = Spec.load(vendor)
    assert spec.operations
    for operation in spec.operations:
        raw = spec.document["paths"][operation.path][operation.method.lower()]
        expected = raw.get(EXTENSION, DEFAULTS[operation.method])
        assert operation.idempotency_level == expected, operation.label
        assert operation.side_effect_free == (expected == NO_SIDE_EFFECTS)


DOCUMENT: dict[str, Any] = {
    "components": {
        "schemas": {
            "Key": {"type": "string", "format": "password"},
            "Login": {
                "type": "object",
                "properties": {
                    "user": {"type": "string"},
                    "password": {"type": "string", "format": "password"},
                    "key": {"$ref": "#/components/schemas/Key"},
                    "maybe": {"anyOf": [{"$ref": "#/components/schemas/Key"}, {"type": "null"}]},
                    "when": {"type": "string", "format": "date-time"},
                    "nested": {
                        "type": "array",
                        "items": {"type": "object", "properties": {"pin": {"type": "string", "format": "password"}}},
                    },
                },
            },
        }
    }
}


def test_secret_properties_are_found_through_refs_branches_and_nesting() -> None:
    assert secret_property_names(DOCUMENT) == {"password", "key", "maybe", "pin"}
    assert not is_secret(DOCUMENT, {"type": "string"})
    assert not is_secret(DOCUMENT, {"$ref": "#/components/schemas/Login"})


def test_hide_secrets_replaces_every_value_held_under_a_secret_name() -> None:
    body = {"user": "alice", "password": "hunter2-pw", "nested": [{"pin": "98765"}], "key": None}
    text = f"{body!r} is not valid; hunter2-pw again; 98765"
    hidden = hide_secrets(text, body, secret_property_names(DOCUMENT))
    assert "hunter2-pw" not in hidden and "98765" not in hidden
    assert "alice" in hidden
