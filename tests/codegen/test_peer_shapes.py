"""Spec shapes that openapi-python-client's own end-to-end specs have and our two specs lack, generated with our
templates: each must generate, import, type-check with mypy --strict, and parse and write its JSON.

Nullable fields of every kind (`type: [string, 'null']`, nullable arrays of strings and of models, a nullable enum), unions of a model and a
scalar, a `const` property and parameter, date and date-time parameters, an octet-stream body, a response with no
schema, a body and a response that are unions of models, operations that declare no error response, and inline
objects with no description (an undescribed map, an object with no properties), whose models still need a docstring.
"""

from __future__ import annotations

import importlib
import subprocess
import sys
import typing
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from scripts.paths import RUNTIME
from tests.codegen.scratch_package import scratch_package

PACKAGE = "peer_shapes_pkg"


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _json(schema: dict[str, Any]) -> dict[str, Any]:
    return {"application/json": {"schema": schema}}


PETS = {"oneOf": [_ref("Cat"), _ref("Dog")]}
SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Shapes", "version": "1"},
    "paths": {
        "/things/{day}": {
            "post": {
                "operationId": "postThing",
                "parameters": [
                    {"name": "day", "in": "path", "required": True, "schema": {"type": "string", "format": "date"}},
                    {"name": "since", "in": "query", "schema": {"type": "string", "format": "date-time"}},
                    {"name": "mode", "in": "query", "required": True, "schema": {"const": "fast"}},
                ],
                "requestBody": {"required": True, "content": _json(_ref("Thing"))},
                "responses": {"200": {"description": "ok", "content": _json(_ref("Thing"))}},
            }
        },
        "/pets": {
            "put": {
                "operationId": "putPet",
                "requestBody": {"required": True, "content": _json(PETS)},
                "responses": {"200": {"description": "ok", "content": _json(PETS)}},
            }
        },
        "/blobs": {
            "post": {
                "operationId": "postBlob",
                "requestBody": {
                    "required": True,
                    "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}},
                },
                "responses": {"200": {"description": "anything", "content": {"application/json": {"schema": {}}}}},
            }
        },
    },
    "components": {
        "schemas": {
            "Colour": {"type": "string", "enum": ["red", "green"]},
            "Cat": {"type": "object", "required": ["meow"], "properties": {"meow": {"type": "string"}}},
            "Dog": {"type": "object", "required": ["bark"], "properties": {"bark": {"type": "string"}}},
            "Thing": {
                "type": "object",
                "required": ["kind"],
                "properties": {
                    "kind": {"const": "thing"},
                    "nickname": {"type": ["string", "null"]},
                    "tags": {"type": ["array", "null"], "items": {"type": "string"}},
                    "cats": {"type": ["array", "null"], "items": _ref("Cat")},
                    "colour": {"oneOf": [_ref("Colour"), {"type": "null"}]},
                    "pet_or_name": {"oneOf": [_ref("Cat"), {"type": "string"}]},
                    "pet_or_count": {"oneOf": [_ref("Dog"), {"type": "integer"}, {"type": "null"}]},
                    "tally": {"type": "object", "additionalProperties": {"type": "integer"}},
                    "blank": {"type": "object"},
                },
            },
        }
    },
}


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    with scratch_package(SPEC, tmp_path_factory.mktemp("shapes"), PACKAGE) as package:
        yield package


@pytest.fixture(scope="module")
def models(generated: Path) -> ModuleType:
    return importlib.import_module(f"{PACKAGE}.models")


def thing(**fields: Any) -> dict[str, Any]:
    return {"kind": "thing", **fields}


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("nickname", "Rex"),
        ("tags", ["a", "b"]),
        ("cats", [{"meow": "m"}]),
        ("colour", "red"),
        ("pet_or_name", "Tom"),
        ("pet_or_count", 3),
    ],
)
def test_a_nullable_or_mixed_field_round_trips_and_null_is_unset(models: ModuleType, field: str, value: Any) -> None:
    assert models.Thing.from_dict(thing(**{field: value})).to_dict() == thing(**{field: value})
    assert models.Thing.from_dict(thing(**{field: None})).to_dict() == thing()


@pytest.mark.parametrize(
    ("field", "value", "model"), [("pet_or_name", {"meow": "m"}, "Cat"), ("pet_or_count", {"bark": "b"}, "Dog")]
)
def test_a_union_holding_a_model_parses_it_and_writes_a_dict(
    models: ModuleType, field: str, value: dict[str, str], model: str
) -> None:
    parsed = models.Thing.from_dict(thing(**{field: value}))
    assert type(getattr(parsed, field)).__name__ == model
    assert parsed.to_dict() == thing(**{field: value})


def test_every_model_has_its_own_docstring_even_without_a_description(models: ModuleType) -> None:
    classes = [getattr(models, name) for name in models.__all__]
    assert {"ThingTally", "ThingBlank"} <= {cls.__name__ for cls in classes}
    assert [cls.__name__ for cls in classes if not vars(cls).get("__doc__")] == []


def test_the_operations_module_imports_every_name_its_signatures_use(generated: Path) -> None:
    api = importlib.import_module(f"{PACKAGE}.api")
    for client in (api.SyncOperations, api.AsyncOperations):
        for name in ("post_thing", "put_pet", "post_blob"):
            assert typing.get_type_hints(getattr(client, name))  # evaluates every annotation: a missing import fails


def test_the_package_is_clean_under_mypy_strict(generated: Path) -> None:
    """Covers an operation that declares no error response and a `const` property (mypy's strict checks)."""
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--config-file", "/dev/null", PACKAGE],
        cwd=generated.parent,
        env={"MYPYPATH": str(RUNTIME), "PATH": str(Path(sys.executable).parent)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
