"""One before/after pair per rule id: each must yield exactly that rule, at its level and location."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from scripts.spec_diff import RULES, Level, diff_specs
from scripts.spec_diff.rules import ADDITIVE

BRK, WARN, INFO = Level.BREAKING, Level.WARNING, Level.INFO
OK = {"200": {"description": "ok"}}
THING = {"$ref": "#/components/schemas/Thing"}
VALUE = "/components/schemas/Thing/properties/value"
PARAMETER = "/paths/~1things/get/parameters/0"
GET, POST = "/paths/~1things/get", "/paths/~1things/post"


def document(paths: dict[str, Any], schemas: dict[str, Any] | None = None, **extra: Any) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "fixture", "version": "1"},
        "paths": paths,
        "components": {"schemas": schemas or {}, **extra.pop("components", {})},
        **extra,
    }


def json_body(schema: Any) -> dict[str, Any]:
    return {"application/json": {"schema": schema}}


def responding(thing: dict[str, Any], **operation: Any) -> dict[str, Any]:
    """GET /things returning a Thing."""
    get = {"operationId": "listThings", "responses": {"200": {"description": "ok", "content": json_body(THING)}}}
    return document({"/things": {"get": {**get, **operation}}}, {"Thing": thing})


def accepting(thing: dict[str, Any]) -> dict[str, Any]:
    """POST /things taking a Thing."""
    post = {
        "operationId": "createThing",
        "requestBody": {"required": True, "content": json_body(THING)},
        "responses": OK,
    }
    return document({"/things": {"post": post}}, {"Thing": thing})


def filtered_by(schema: dict[str, Any], required: bool = False) -> dict[str, Any]:
    """GET /things?filter=..."""
    parameter = {"name": "filter", "in": "query", "required": required, "schema": schema}
    return document({"/things": {"get": {"operationId": "listThings", "parameters": [parameter], "responses": OK}}})


def holding(value: dict[str, Any], *required: str) -> dict[str, Any]:
    thing: dict[str, Any] = {"type": "object", "properties": {"value": value}}
    if required:
        thing["required"] = list(required)
    return thing


def operations(**methods: Any) -> dict[str, Any]:
    ids = {"get": "listThings", "post": "createThing"}
    return document({"/things": {m: {"operationId": ids[m], "responses": OK, **op} for m, op in methods.items()}})


def secured(security: list[dict[str, list[str]]], **schemes: dict[str, Any]) -> dict[str, Any]:
    schemes = schemes or {
        "bearer": {"type": "http", "scheme": "bearer"},
        "apiKey": {"type": "apiKey", "in": "header", "name": "X-Key"},
    }
    return operations(get={}) | {"security": security, "components": {"schemas": {}, "securitySchemes": schemes}}


def served(*urls: str) -> dict[str, Any]:
    return document({}, servers=[{"url": url} for url in urls])


def by_run(name: str, *methods: str) -> dict[str, Any]:
    """GET (and more) /runs/{<name>} with the path parameter declared at the path."""
    parameter = {"name": name, "in": "path", "required": True, "schema": {"type": "integer"}}
    operations = {m: {"operationId": f"{m}Run", "responses": OK} for m in methods or ("get",)}
    return document({f"/runs/{{{name}}}": {"parameters": [parameter], **operations}})


def arr(**bounds: Any) -> dict[str, Any]:
    return {"type": "array", "items": {"type": "string"}, **bounds}


ENUM_AB, ENUM_A = {"type": "string", "enum": ["a", "b"]}, {"type": "string", "enum": ["a"]}
ONE_OF_2 = {"oneOf": [{"type": "string"}, {"type": "integer"}]}
ONE_OF_1 = {"oneOf": [{"type": "string"}]}
ANY_OF_2 = {"anyOf": [{"type": "string"}, {"type": "integer"}]}
ANY_OF_1 = {"anyOf": [{"type": "string"}]}

# (suffix, level, old schema, new schema, location below the schema)
REQUEST_VALUES: list[tuple[str, Level, dict[str, Any], dict[str, Any], str]] = [
    ("type-changed", BRK, {"type": "integer"}, {"type": "string"}, "/type"),
    ("type-generalized", INFO, {"type": "integer"}, {"type": "number"}, "/type"),
    ("became-not-nullable", BRK, {"type": ["string", "null"]}, {"type": "string"}, ""),
    ("became-nullable", INFO, {"type": "string"}, {"type": ["string", "null"]}, ""),
    ("became-enum", BRK, {"type": "string"}, ENUM_AB, "/enum"),
    ("enum-value-removed", BRK, ENUM_AB, ENUM_A, "/enum"),
    ("enum-value-added", INFO, ENUM_A, ENUM_AB, "/enum"),
    ("max-items-decreased", BRK, arr(maxItems=100), arr(maxItems=50), "/maxItems"),
    ("min-items-increased", BRK, arr(minItems=1), arr(minItems=2), "/minItems"),
    (
        "max-length-decreased",
        BRK,
        {"type": "string", "maxLength": 64},
        {"type": "string", "maxLength": 32},
        "/maxLength",
    ),
    ("min-length-increased", BRK, {"type": "string", "minLength": 1}, {"type": "string", "minLength": 3}, "/minLength"),
    ("max-decreased", BRK, {"type": "integer", "maximum": 100}, {"type": "integer", "maximum": 10}, "/maximum"),
    ("min-increased", BRK, {"type": "integer", "minimum": 0}, {"type": "integer", "minimum": 1}, "/minimum"),
    ("deprecated", WARN, {"type": "string"}, {"type": "string", "deprecated": True}, "/deprecated"),
    ("reactivated", INFO, {"type": "string", "deprecated": True}, {"type": "string"}, "/deprecated"),
    (
        "pattern-changed",
        WARN,
        {"type": "string", "pattern": "^[a-z]+$"},
        {"type": "string", "pattern": "^[a-z]{3}$"},
        "/pattern",
    ),
]

CASES: list[tuple[str, Level, dict[str, Any], dict[str, Any], str]] = [
    # endpoints
    ("api-path-removed-without-deprecation", BRK, document({"/things": {}, "/others": {"get": {"responses": OK}}}), document({"/things": {}}), "/paths/~1others"),
    ("api-path-removed-with-deprecation", WARN, document({"/others": {"get": {"deprecated": True, "responses": OK}}}), document({}), "/paths/~1others"),
    ("api-removed-without-deprecation", BRK, operations(get={}, post={}), operations(get={}), POST),
    ("api-removed-with-deprecation", WARN, operations(get={}, post={"deprecated": True}), operations(get={}), POST),
    ("endpoint-added", INFO, operations(get={}), operations(get={}, post={}), POST),
    ("api-operation-id-removed", BRK, operations(get={}), operations(get={"operationId": "fetchThings"}), GET + "/operationId"),
    ("api-tag-removed", WARN, operations(get={"tags": ["things"]}), operations(get={"tags": ["stuff"]}), GET + "/tags"),
    ("endpoint-deprecated", WARN, operations(get={}), operations(get={"deprecated": True}), GET + "/deprecated"),
    ("endpoint-reactivated", INFO, operations(get={"deprecated": True}), operations(get={}), GET + "/deprecated"),
    ("api-server-removed", BRK, served("https://eu.example", "https://us.example"), served("https://eu.example"), "/servers/1"),
    ("api-server-added", INFO, served("https://eu.example"), served("https://eu.example", "https://au.example"), "/servers/1"),
    # parameters
    ("request-path-parameter-renamed", BRK, by_run("id"), by_run("runID"), "/paths/~1runs~1{runID}"),
    ("request-path-parameter-renamed-same-argument", INFO, by_run("runId"), by_run("runID"), "/paths/~1runs~1{runID}"),
    ("new-required-request-parameter", BRK, operations(get={}), filtered_by({"type": "string"}, required=True), PARAMETER),
    ("new-optional-request-parameter", INFO, operations(get={}), filtered_by({"type": "string"}), PARAMETER),
    ("request-parameter-removed", BRK, filtered_by({"type": "string"}), operations(get={}), PARAMETER),
    ("request-parameter-became-required", BRK, filtered_by({"type": "string"}), filtered_by({"type": "string"}, True), PARAMETER + "/required"),
    ("request-parameter-became-optional", INFO, filtered_by({"type": "string"}, True), filtered_by({"type": "string"}), PARAMETER + "/required"),
    # request bodies
    ("request-body-added-required", BRK, operations(post={}), operations(post={"requestBody": {"required": True, "content": json_body({})}}), POST + "/requestBody"),
    ("request-body-added-optional", INFO, operations(post={}), operations(post={"requestBody": {"content": json_body({})}}), POST + "/requestBody"),
    ("request-body-removed", BRK, operations(post={"requestBody": {"content": json_body({})}}), operations(post={}), POST + "/requestBody"),
    ("request-body-became-required", BRK, operations(post={"requestBody": {"content": json_body({})}}), operations(post={"requestBody": {"required": True, "content": json_body({})}}), POST + "/requestBody/required"),
    ("request-body-became-optional", INFO, operations(post={"requestBody": {"required": True, "content": json_body({})}}), operations(post={"requestBody": {"content": json_body({})}}), POST + "/requestBody/required"),
    ("request-body-media-type-removed", BRK, operations(post={"requestBody": {"content": {**json_body({}), "text/csv": {}}}}), operations(post={"requestBody": {"content": json_body({})}}), POST + "/requestBody/content/text~1csv"),
    ("request-body-media-type-added", INFO, operations(post={"requestBody": {"content": json_body({})}}), operations(post={"requestBody": {"content": {**json_body({}), "text/csv": {}}}}), POST + "/requestBody/content/text~1csv"),
    # responses
    ("response-success-status-removed", BRK, operations(get={"responses": {**OK, "202": {"description": "later"}}}), operations(get={}), GET + "/responses/202"),
    ("response-non-success-status-removed", BRK, operations(get={"responses": {**OK, "404": {"description": "no"}}}), operations(get={}), GET + "/responses/404"),
    ("response-success-status-added", INFO, operations(get={}), operations(get={"responses": {**OK, "202": {"description": "later"}}}), GET + "/responses/202"),
    ("response-non-success-status-added", INFO, operations(get={}), operations(get={"responses": {**OK, "404": {"description": "no"}}}), GET + "/responses/404"),
    ("response-media-type-removed", BRK, operations(get={"responses": {"200": {"description": "ok", "content": {**json_body({}), "text/csv": {}}}}}), operations(get={"responses": {"200": {"description": "ok", "content": json_body({})}}}), GET + "/responses/200/content/text~1csv"),
    ("response-media-type-added", INFO, operations(get={"responses": {"200": {"description": "ok", "content": json_body({})}}}), operations(get={"responses": {"200": {"description": "ok", "content": {**json_body({}), "text/csv": {}}}}}), GET + "/responses/200/content/text~1csv"),
    # security
    ("api-security-removed", BRK, secured([{"bearer": []}, {"apiKey": []}]), secured([{"bearer": []}]), "/security"),
    ("api-security-added", WARN, secured([{"bearer": []}]), secured([{"bearer": []}, {"apiKey": []}]), "/security"),
    ("api-security-component-removed", BRK, secured([{"bearer": []}]), secured([{"bearer": []}], bearer={"type": "http", "scheme": "bearer"}), "/components/securitySchemes/apiKey"),
    ("api-security-component-added", INFO, secured([{"bearer": []}], bearer={"type": "http", "scheme": "bearer"}), secured([{"bearer": []}]), "/components/securitySchemes/apiKey"),
    ("api-security-component-type-changed", BRK, secured([{"bearer": []}], bearer={"type": "http", "scheme": "bearer"}), secured([{"bearer": []}], bearer={"type": "http", "scheme": "basic"}), "/components/securitySchemes/bearer"),
    # document
    ("api-schema-removed", BRK, document({}, {"Unused": {"type": "string"}}), document({}), "/components/schemas/Unused"),
    ("description-changed", INFO, responding(holding({"type": "string", "description": "The name."})), responding(holding({"type": "string", "description": "The full name."})), VALUE + "/description"),
    ("nullable-ignored-in-3.1", WARN, responding(holding({"type": "string"})), responding(holding({"type": "string", "nullable": True})), VALUE + "/nullable"),
    ("constraint-description-changed", WARN, accepting(holding(arr(maxItems=100, description="At most 100 ids."))), accepting(holding(arr(maxItems=100, description="At most 50 ids."))), VALUE + "/description"),
    # request properties
    ("new-required-request-property", BRK, accepting(holding({"type": "string"})), accepting(holding({"type": "string"}) | {"properties": {"value": {"type": "string"}, "extra": {}}, "required": ["extra"]}), "/components/schemas/Thing/properties/extra"),
    ("new-optional-request-property", INFO, accepting(holding({"type": "string"})), accepting(holding({"type": "string"}) | {"properties": {"value": {"type": "string"}, "extra": {}}}), "/components/schemas/Thing/properties/extra"),
    ("request-property-removed", BRK, accepting(holding({"type": "string"})), accepting({"type": "object", "properties": {}}), VALUE),
    ("request-property-became-required", BRK, accepting(holding({"type": "string"})), accepting(holding({"type": "string"}, "value")), VALUE),
    ("request-property-became-optional", INFO, accepting(holding({"type": "string"}, "value")), accepting(holding({"type": "string"})), VALUE),
    ("request-property-one-of-removed", BRK, accepting(holding(ONE_OF_2)), accepting(holding(ONE_OF_1)), VALUE + "/oneOf"),
    ("request-property-one-of-added", INFO, accepting(holding(ONE_OF_1)), accepting(holding(ONE_OF_2)), VALUE + "/oneOf"),
    ("request-property-any-of-removed", BRK, accepting(holding(ANY_OF_2)), accepting(holding(ANY_OF_1)), VALUE + "/anyOf"),
    ("request-property-any-of-added", INFO, accepting(holding(ANY_OF_1)), accepting(holding(ANY_OF_2)), VALUE + "/anyOf"),
    # request values, in a body property and in a query parameter
    *((f"request-property-{s}", lvl, accepting(holding(old)), accepting(holding(new)), VALUE + tail) for s, lvl, old, new, tail in REQUEST_VALUES),
    *((f"request-parameter-{s}", lvl, filtered_by(old), filtered_by(new), PARAMETER + "/schema" + tail) for s, lvl, old, new, tail in REQUEST_VALUES),
    # response properties and values
    ("response-required-property-removed", BRK, responding(holding({"type": "string"}, "value")), responding({"type": "object", "properties": {}}), VALUE),
    ("response-optional-property-removed", BRK, responding(holding({"type": "string"})), responding({"type": "object", "properties": {}}), VALUE),
    ("response-property-became-optional", BRK, responding(holding({"type": "string"}, "value")), responding(holding({"type": "string"})), VALUE),
    ("response-required-property-added", INFO, responding({"type": "object", "properties": {}}), responding(holding({"type": "string"}, "value")), VALUE),
    ("response-optional-property-added", INFO, responding({"type": "object", "properties": {}}), responding(holding({"type": "string"})), VALUE),
    ("response-property-became-required", INFO, responding(holding({"type": "string"})), responding(holding({"type": "string"}, "value")), VALUE),
    ("response-property-type-changed", BRK, responding(holding({"type": "integer"})), responding(holding({"type": "string"})), VALUE + "/type"),
    ("response-property-became-nullable", BRK, responding(holding({"type": "string"})), responding(holding({"type": ["string", "null"]})), VALUE),
    ("response-property-became-not-nullable", INFO, responding(holding({"type": ["string", "null"]})), responding(holding({"type": "string"})), VALUE),
    ("response-property-enum-value-removed", BRK, responding(holding(ENUM_AB)), responding(holding(ENUM_A)), VALUE + "/enum"),
    ("response-property-enum-value-added", WARN, responding(holding(ENUM_A)), responding(holding(ENUM_AB)), VALUE + "/enum"),
    ("response-property-one-of-removed", BRK, responding(holding(ONE_OF_2)), responding(holding(ONE_OF_1)), VALUE + "/oneOf"),
    ("response-property-one-of-added", WARN, responding(holding(ONE_OF_1)), responding(holding(ONE_OF_2)), VALUE + "/oneOf"),
    ("response-property-any-of-removed", BRK, responding(holding(ANY_OF_2)), responding(holding(ANY_OF_1)), VALUE + "/anyOf"),
    ("response-property-any-of-added", WARN, responding(holding(ANY_OF_1)), responding(holding(ANY_OF_2)), VALUE + "/anyOf"),
    ("response-property-deprecated", WARN, responding(holding({"type": "string"})), responding(holding({"type": "string", "deprecated": True})), VALUE + "/deprecated"),
    ("response-property-reactivated", INFO, responding(holding({"type": "string", "deprecated": True})), responding(holding({"type": "string"})), VALUE + "/deprecated"),
]  # fmt: skip


def found(old: dict[str, Any], new: dict[str, Any]) -> list[tuple[str, Level, str]]:
    return [(c.rule, c.level, c.location) for c in diff_specs(old, new)]


def test_every_rule_has_a_fixture_pair() -> None:
    assert sorted(case[0] for case in CASES) == sorted(RULES)


@pytest.mark.parametrize(("rule", "level", "old", "new", "location"), CASES, ids=[case[0] for case in CASES])
def test_rule(rule: str, level: Level, old: dict[str, Any], new: dict[str, Any], location: str) -> None:
    assert found(old, new) == [(rule, level, location)]
    (change,) = diff_specs(old, new)
    assert change.message and "\n" not in change.message


@pytest.mark.parametrize("side", ["old", "new"])
def test_each_fixture_compared_with_itself_is_silent(side: str) -> None:
    for case in CASES:
        document = case[2] if side == "old" else case[3]
        assert diff_specs(document, document) == [], case[0]


def test_response_enum_addition_explains_open_and_closed_enums() -> None:
    (change,) = diff_specs(responding(holding(ENUM_A)), responding(holding(ENUM_AB)))
    assert "'b'" in change.message
    assert "safe for our open-enum clients, breaking for a closed-enum client" in change.message


def test_description_edit_is_info_when_the_constraint_changed_too() -> None:
    old = accepting(holding(arr(maxItems=100, description="At most 100 ids.")))
    new = accepting(holding(arr(maxItems=50, description="At most 50 ids.")))
    assert found(old, new) == [
        ("request-property-max-items-decreased", BRK, VALUE + "/maxItems"),
        ("description-changed", INFO, VALUE + "/description"),
    ]


def test_removed_status_is_reported_at_the_operation_even_when_the_response_is_a_ref() -> None:
    responses = {"200": {"$ref": "#/components/responses/Ok"}, "404": {"$ref": "#/components/responses/NotFound"}}
    shared = {"responses": {"Ok": {"description": "ok"}, "NotFound": {"description": "no"}}}
    path = "/api/v1/runs/{runID}"
    old = document({path: {"get": {"responses": responses}}}, components=shared)
    new = document({path: {"get": {"responses": {"200": responses["200"]}}}}, components=shared)
    assert found(old, new) == [
        ("response-non-success-status-removed", BRK, "/paths/~1api~1v1~1runs~1{runID}/get/responses/404")
    ]


def test_shared_error_response_is_reported_once_at_the_component() -> None:
    error = {
        "description": "error",
        "content": json_body({"type": "object", "properties": {"code": {"type": "integer"}}}),
    }
    codes = ("400", "404", "500")
    responses = {code: {"$ref": "#/components/responses/Error"} for code in codes}
    old = document(
        {"/a": {"get": {"responses": responses}}, "/b": {"get": {"responses": responses}}},
        components={"responses": {"Error": error}},
    )
    new_error = {**error, "content": json_body({"type": "object", "properties": {"code": {"type": "string"}}})}
    new = document(old["paths"], components={"responses": {"Error": new_error}})
    assert found(old, new) == [
        (
            "response-property-type-changed",
            BRK,
            "/components/responses/Error/content/application~1json/schema/properties/code/type",
        )
    ]


def test_security_override_on_an_operation_is_reported_there() -> None:
    old, new = secured([{"bearer": []}]), secured([{"bearer": []}])
    new["paths"]["/things"]["get"]["security"] = [{"apiKey": []}]
    assert found(old, new) == [
        ("api-security-removed", BRK, GET + "/security"),
        ("api-security-added", WARN, GET + "/security"),
    ]


def test_renamed_path_parameter_is_one_rename_per_path_not_a_removal_and_an_addition() -> None:
    changes = diff_specs(by_run("id", "get", "delete"), by_run("runID", "get", "delete"))
    assert [(c.rule, c.level, c.location) for c in changes] == [
        ("request-path-parameter-renamed", BRK, "/paths/~1runs~1{runID}")
    ]
    assert "generated argument id becomes run_id" in changes[0].message


def test_renamed_path_parameter_declared_on_the_operation_still_compares_its_schema() -> None:
    def run(name: str, kind: str) -> dict[str, Any]:
        parameter = {"name": name, "in": "path", "required": True, "schema": {"type": kind}}
        get = {"operationId": "getRun", "parameters": [parameter], "responses": OK}
        return document({f"/runs/{{{name}}}": {"get": get}})

    assert found(run("run_id", "integer"), run("runId", "string")) == [
        ("request-parameter-type-changed", BRK, "/paths/~1runs~1{runId}/get/parameters/0/schema/type"),
        ("request-path-parameter-renamed-same-argument", INFO, "/paths/~1runs~1{runId}"),
    ]


def test_renamed_path_parameter_without_declarations_is_still_a_rename() -> None:
    old = document({"/runs/{id}": {"get": {"responses": OK}}})
    new = document({"/runs/{runID}": {"get": {"responses": OK}}})
    assert found(old, new) == [("request-path-parameter-renamed", BRK, "/paths/~1runs~1{runID}")]


def test_deprecated_parameter_object() -> None:
    old = filtered_by({"type": "string"})
    new = filtered_by({"type": "string"})
    new["paths"]["/things"]["get"]["parameters"][0]["deprecated"] = True
    (change,) = diff_specs(old, new)
    assert (change.rule, change.level, change.location) == (
        "request-parameter-deprecated",
        WARN,
        PARAMETER + "/deprecated",
    )
    assert change.message == "the query parameter filter was deprecated"


def test_nullable_keyword_still_counts_in_a_3_0_document() -> None:
    old, new = responding(holding({"type": "string"})), responding(holding({"type": "string", "nullable": True}))
    old["openapi"] = new["openapi"] = "3.0.3"
    assert found(old, new) == [("response-property-became-nullable", BRK, VALUE)]


def test_nullable_keyword_in_3_1_is_not_a_nullability_change() -> None:
    (change,) = diff_specs(
        responding(holding({"type": "string"})), responding(holding({"type": "string", "nullable": True}))
    )
    assert "OpenAPI 3.1 ignores" in change.message and "null is still rejected" in change.message


def test_additive_rules_are_the_ones_that_give_clients_something() -> None:
    assert {
        "endpoint-added",
        "new-optional-request-parameter",
        "response-property-enum-value-added",
        "api-server-added",
    } <= ADDITIVE
    assert {
        "request-property-became-nullable",
        "request-parameter-type-generalized",
        "endpoint-reactivated",
    } <= ADDITIVE
    assert not ADDITIVE & {"description-changed", "endpoint-deprecated", "response-property-became-nullable"}
    assert all(RULES[rule] is not BRK for rule in ADDITIVE)


def test_null_wrapped_reference_is_a_nullability_change_only() -> None:
    old = responding(holding({"$ref": "#/components/schemas/Kind"}))
    old["components"]["schemas"]["Kind"] = ENUM_AB
    new = responding(holding({"anyOf": [{"$ref": "#/components/schemas/Kind"}, {"type": "null"}]}))
    new["components"]["schemas"]["Kind"] = ENUM_AB
    assert found(old, new) == [("response-property-became-nullable", BRK, VALUE)]


def test_all_of_members_are_compared_as_one_object() -> None:
    base = {"type": "object", "properties": {"id": {"type": "string"}}}
    old = responding({"allOf": [{"$ref": "#/components/schemas/Base"}, {"properties": {"name": {"type": "string"}}}]})
    old["components"]["schemas"]["Base"] = base
    new = responding({"allOf": [{"$ref": "#/components/schemas/Base"}]})
    new["components"]["schemas"]["Base"] = base
    assert found(old, new) == [("response-optional-property-removed", BRK, "/components/schemas/Thing/properties/name")]


def test_a_cycle_through_all_of_references_ends_and_reports_once() -> None:
    """protoc-gen-openapi wraps a $ref in allOf to give it a description; getsynq/api 1bcbe06 recursed forever on it."""
    monitor = {
        "type": "object",
        "properties": {"id": {"type": "string"}, "monitored": {"allOf": [{"$ref": "#/components/schemas/Thing"}]}},
    }
    old = responding(holding({"allOf": [{"$ref": "#/components/schemas/Monitor"}], "description": "the monitor"}))
    old["components"]["schemas"]["Monitor"] = monitor
    assert diff_specs(old, old) == []
    new = copy.deepcopy(old)
    del new["components"]["schemas"]["Monitor"]["properties"]["id"]
    assert found(old, new) == [
        ("response-optional-property-removed", BRK, VALUE + "/properties/id"),
    ]


@pytest.mark.parametrize(
    ("key", "value", "rule"),
    [
        ("minimum", -5, "min-increased"),  # any lower bound rejects numbers below it that were accepted
        ("minimum", 0, "min-increased"),
        ("maximum", 10, "max-decreased"),
        ("minLength", 1, "min-length-increased"),
        ("minLength", 0, None),  # accepts everything it did
        ("maxLength", 64, "max-length-decreased"),
        ("minItems", 0, None),
        ("maxItems", 5, "max-items-decreased"),
    ],
)
def test_a_request_bound_added_where_there_was_none(key: str, value: int, rule: str | None) -> None:
    schema_type = {"minItems": "array", "maxItems": "array", "minLength": "string", "maxLength": "string"}
    old = {"type": schema_type.get(key, "integer")} | ({"items": {"type": "string"}} if key.endswith("Items") else {})
    new = {**old, key: value}
    expected = [] if rule is None else [(f"request-property-{rule}", BRK, f"{VALUE}/{key}")]
    assert found(accepting(holding(old)), accepting(holding(new))) == expected
