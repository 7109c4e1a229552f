"""The request constraints handed to the templates: `$ref`s followed wherever a schema may hold one, only the keywords
the runtime checks kept, and every result a Python literal. The specs here are small and made up: today's vendor specs
use no `$ref` inside a request body, so only these reach that code."""

from __future__ import annotations

import ast
from typing import Any

import pytest

from scripts.codegen.request_schemas import CHECKED_KEYWORDS, RequestSchemas
from scripts.spec.document import SpecError

ID = {"type": "string", "minLength": 1, "maxLength": 64, "description": "not checked", "format": "uuid"}
ID_CHECKED = {"type": "string", "minLength": 1, "maxLength": 64}


def spec_with_body(body: dict[str, Any], **schemas: Any) -> RequestSchemas:
    return RequestSchemas(
        {
            "paths": {
                "/things/{thingID}": {
                    "post": {"requestBody": {"content": {"application/json": {"schema": body}}}},
                }
            },
            "components": {"schemas": schemas},
        }
    )


def body_of(schemas: RequestSchemas) -> dict[str, Any]:
    found = schemas.schema("/things/{thing_id}", "post", "body")
    assert ast.literal_eval(schemas.literal("/things/{thing_id}", "post", "body")) == found
    return found


def test_a_property_that_is_a_ref_gets_the_referenced_constraints() -> None:
    body = {"type": "object", "required": ["id"], "properties": {"id": {"$ref": "#/components/schemas/Id"}}}
    assert body_of(spec_with_body(body, Id=ID)) == {
        "type": "object",
        "required": ["id"],
        "properties": {"id": ID_CHECKED},
    }


@pytest.mark.parametrize(
    ("keyword", "wrap"),
    [
        ("items", lambda ref: {"type": "array", "items": ref}),
        ("additionalProperties", lambda ref: {"type": "object", "additionalProperties": ref}),
        ("allOf", lambda ref: {"allOf": [ref]}),
        ("anyOf", lambda ref: {"anyOf": [ref, {"type": "null"}]}),
        ("oneOf", lambda ref: {"oneOf": [{"type": "integer"}, ref]}),
    ],
)
def test_a_ref_in_each_subschema_keyword_is_followed(keyword: str, wrap: Any) -> None:
    checked = body_of(spec_with_body(wrap({"$ref": "#/components/schemas/Id"}), Id=ID))
    assert ID_CHECKED in (checked[keyword] if isinstance(checked[keyword], list) else [checked[keyword]])


def test_a_chain_of_refs_and_an_escaped_name_resolve() -> None:
    body = {"$ref": "#/components/schemas/Alias"}
    schemas = spec_with_body(
        body,
        Alias={"$ref": "#/components/schemas/a~1b~0c"},
        **{"a/b~c": {"type": "object", "properties": {"id": {"$ref": "#/components/schemas/Id"}}}},
        Id=ID,
    )
    assert body_of(schemas) == {"type": "object", "properties": {"id": ID_CHECKED}}


def test_keywords_beside_a_ref_are_checked_as_well() -> None:
    body = {"type": "object", "properties": {"id": {"$ref": "#/components/schemas/Id", "maxLength": 8}}}
    assert body_of(spec_with_body(body, Id=ID))["properties"]["id"] == {"allOf": [ID_CHECKED, {"maxLength": 8}]}


def test_a_recursive_schema_is_expanded_once_then_left_unchecked() -> None:
    node = {
        "type": "object",
        "required": ["name"],
        "properties": {"name": ID, "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}}},
    }
    checked = body_of(spec_with_body({"$ref": "#/components/schemas/Node"}, Node=node))
    assert checked["required"] == ["name"]
    assert checked["properties"]["name"] == ID_CHECKED
    assert checked["properties"]["children"] == {"type": "array", "items": {}}


def test_a_ref_chain_that_comes_back_is_the_one_cycle_error() -> None:
    schemas = spec_with_body(
        {"type": "object", "properties": {"id": {"$ref": "#/components/schemas/A"}}},
        A={"$ref": "#/components/schemas/B"},
        B={"$ref": "#/components/schemas/A"},
    )
    with pytest.raises(SpecError, match="cycle"):
        body_of(schemas)


@pytest.mark.parametrize("ref", ["other.yaml#/components/schemas/Id", "#/components/schemas/Missing"])
def test_a_remote_or_dangling_ref_is_a_spec_error(ref: str) -> None:
    with pytest.raises(SpecError):
        body_of(spec_with_body({"type": "object", "properties": {"id": {"$ref": ref}}}, Id=ID))


def test_parameters_by_ref_and_on_the_path_item_are_found_under_the_generators_path_names() -> None:
    schemas = RequestSchemas(
        {
            "paths": {
                "/runs/{runID}": {
                    "parameters": [{"$ref": "#/components/parameters/RunID"}],
                    "get": {"parameters": [{"name": "limit", "in": "query", "schema": {"$ref": "#/x/Limit"}}]},
                }
            },
            "components": {"parameters": {"RunID": {"name": "runID", "in": "path", "schema": ID}}},
            "x": {"Limit": {"type": "integer", "minimum": 1, "maximum": 100, "default": 10}},
        }
    )
    assert schemas.schema("/runs/{run_id}", "get", "path", "runID") == ID_CHECKED
    assert schemas.schema("/runs/{run_id}", "get", "query", "limit") == {
        "type": "integer",
        "minimum": 1,
        "maximum": 100,
    }
    with pytest.raises(KeyError, match="no header parameter"):
        schemas.schema("/runs/{run_id}", "get", "header", "limit")


def test_only_checked_keywords_and_literal_values_are_kept() -> None:
    body = {
        "type": "object",
        "properties": {"n": {"type": "number", "maximum": float("inf"), "minimum": 0.5, "title": "N"}},
        "x-vendor": {"anything": True},
    }
    checked = body_of(spec_with_body(body))
    assert checked == {"type": "object", "properties": {"n": {"type": "number", "minimum": 0.5}}}
    assert set(checked["properties"]["n"]) <= CHECKED_KEYWORDS


def test_a_request_body_by_ref_is_followed() -> None:
    schemas = RequestSchemas(
        {
            "paths": {"/things": {"post": {"requestBody": {"$ref": "#/components/requestBodies/Thing"}}}},
            "components": {
                "requestBodies": {"Thing": {"content": {"application/json": {"schema": {"$ref": "#/c/Id"}}}}}
            },
            "c": {"Id": ID},
        }
    )
    assert schemas.schema("/things", "post", "body") == ID_CHECKED


def test_the_components_a_request_body_holds_are_found_at_any_depth_and_no_others() -> None:
    schemas = spec_with_body(
        {"oneOf": [{"$ref": "#/components/schemas/Outer"}, {"type": "null"}]},
        Outer={"properties": {"inner": {"type": "array", "items": {"$ref": "#/components/schemas/Inner"}}}},
        Inner={"properties": {"self": {"$ref": "#/components/schemas/Inner"}}},
        Response={"properties": {"ids": {"type": "array", "items": {"type": "string"}}}},
    )
    assert schemas.body_components() == {"/components/schemas/Outer", "/components/schemas/Inner"}
