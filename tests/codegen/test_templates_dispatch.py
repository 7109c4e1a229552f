"""The union templates follow the shape of a spec, not the names in our two specs.

A made-up spec (no SYNQ or Coalesce schema name in it) is generated with scripts/codegen/templates and imported:
a proto-style oneOf of closed single-key wrappers gets key dispatch and an UnknownVariant fallback, and an anyOf whose
variants are named by a sibling enum's values is chosen by that enum.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pytest

from tests.codegen.scratch_package import scratch_package


def wrapper(key: str, inner: str) -> dict[str, Any]:
    return {
        "type": "object",
        "required": [key],
        "properties": {key: {"$ref": f"#/components/schemas/{inner}"}},
        "additionalProperties": False,
    }


SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Zoo", "version": "1"},
    "paths": {
        "/pens/{id}": {
            "get": {
                "operationId": "getPen",
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pen"}}},
                    }
                },
            }
        }
    },
    "components": {
        "schemas": {
            "Pen": {
                "type": "object",
                "required": ["animals", "keeper", "habitat"],
                "properties": {
                    "animals": {"type": "array", "items": {"$ref": "#/components/schemas/Animal"}},
                    "habitat": {"$ref": "#/components/schemas/HabitatKind"},
                    "keeper": {
                        "anyOf": [
                            {"$ref": "#/components/schemas/AquaticKeeper"},
                            {"$ref": "#/components/schemas/DesertKeeper"},
                        ]
                    },
                },
            },
            "HabitatKind": {"type": "string", "enum": ["aquatic", "desert"]},
            "AquaticKeeper": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}},
            "DesertKeeper": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}},
            "Animal": {
                "oneOf": [{"$ref": "#/components/schemas/AnimalOtter"}, {"$ref": "#/components/schemas/AnimalCamel"}]
            },
            "AnimalOtter": wrapper("otter", "Otter"),
            "AnimalCamel": wrapper("camel", "Camel"),
            "Otter": {"type": "object", "properties": {"whiskers": {"type": "integer"}}},
            "Camel": {"type": "object", "properties": {"humps": {"type": "integer"}}},
        }
    },
}


@pytest.fixture(scope="module")
def zoo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    with scratch_package(SPEC, tmp_path_factory.mktemp("zoo"), "zoo_pkg"):
        yield importlib.import_module("zoo_pkg.models")


def pen(**fields: Any) -> dict[str, Any]:
    return {"animals": [], "habitat": "aquatic", "keeper": {"name": "Kim"}, **fields}


def test_single_key_wrappers_dispatch_by_key(zoo: ModuleType) -> None:
    parsed = zoo.Pen.from_dict(pen(animals=[{"camel": {"humps": 2}}, {"otter": {"whiskers": 30}}]))
    assert [type(a).__name__ for a in parsed.animals] == ["AnimalCamel", "AnimalOtter"]


def test_an_unknown_key_is_kept_as_unknown_variant(zoo: ModuleType) -> None:
    body = pen(animals=[{"axolotl": {"gills": 6}}])
    parsed = zoo.Pen.from_dict(body)
    (animal,) = parsed.animals
    assert type(animal).__name__ == "UnknownVariant"
    assert animal.additional_properties == {"axolotl": {"gills": 6}}
    assert parsed.to_dict() == body


@pytest.mark.parametrize(("habitat", "expected"), [("aquatic", "AquaticKeeper"), ("desert", "DesertKeeper")])
def test_a_sibling_enum_naming_the_variants_selects_the_variant(zoo: ModuleType, habitat: str, expected: str) -> None:
    """Both keeper variants have the same shape: only the sibling `habitat` can tell them apart."""
    assert type(zoo.Pen.from_dict(pen(habitat=habitat)).keeper).__name__ == expected


def test_an_unknown_tag_falls_back_to_the_first_fitting_variant(zoo: ModuleType) -> None:
    parsed = zoo.Pen.from_dict(pen(habitat="arctic"))
    assert type(parsed.keeper).__name__ == "AquaticKeeper"
    assert not parsed.habitat.is_known and parsed.to_dict()["habitat"] == "arctic"
