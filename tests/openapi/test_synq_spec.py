"""The hand-written SYNQ BatchGetExecutions spec (openapi/synq.yaml) against lists copied from the research.

The lists in tests/data/synq/ are copied independently from shared/research/synq-api.md, so a drift in either
the spec or the lists makes these tests fail.
"""

from __future__ import annotations

from typing import Any

import jsonschema  # type: ignore[import-untyped]
import pytest
from openapi_spec_validator import validate
from referencing import Registry, Resource

from .spec_support import DATA as SUPPORT_DATA
from .spec_support import assert_listed, load_spec, nullable_properties, ref_name, resolve, walk
from .spec_support import read_list as read_data_list

DATA = SUPPORT_DATA / "synq"
PATH = "/api/executions/v2/by-id"
DATA_FILES = [path.name for path in sorted(DATA.glob("*.txt"))]


def read_list(name: str) -> list[str]:
    return read_data_list(DATA / name)


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return load_spec("synq")


def schemas(spec: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = spec["components"]["schemas"]
    return result


def operation(spec: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = spec["paths"][PATH]["post"]
    return result


def validator(spec: dict[str, Any], name: str) -> jsonschema.Draft202012Validator:
    registry: Registry[Any] = Registry().with_resource("spec.yaml", Resource.opaque(spec))
    return jsonschema.Draft202012Validator({"$ref": f"spec.yaml#/components/schemas/{name}"}, registry=registry)


def identifier_kinds() -> list[tuple[str, str]]:
    pairs = [line.split() for line in read_list("identifier_kinds.txt")]
    return [(key, message) for key, message in pairs]


# ---------------------------------------------------------------- data files


@pytest.mark.parametrize("name", DATA_FILES)
def test_data_file_names_its_source_and_has_unique_entries(name: str) -> None:
    assert (DATA / name).read_text(encoding="utf-8").startswith("# source: ")
    entries = read_list(name)
    assert entries
    assert len(entries) == len(set(entries))


# ---------------------------------------------------------------- document level


def test_spec_is_valid_openapi_3_1(spec: dict[str, Any]) -> None:
    assert spec["openapi"] == "3.1.0"
    validate(spec)


def test_servers(spec: dict[str, Any]) -> None:
    assert_listed([server["url"] for server in spec["servers"]], DATA / "servers.txt")
    assert all(server["description"].strip() for server in spec["servers"])


def test_bearer_auth_is_global_and_names_the_scopes(spec: dict[str, Any]) -> None:
    scheme = spec["components"]["securitySchemes"]["bearerAuth"]
    assert (scheme["type"], scheme["scheme"]) == ("http", "bearer")
    assert spec["security"] == [{"bearerAuth": []}]
    for scope in ("SCOPE_EXECUTION_READ", "SCOPE_MCP_READ"):
        assert scope in scheme["description"]
        assert scope in operation(spec)["description"]


def test_operation_identity(spec: dict[str, Any]) -> None:
    assert PATH in spec["paths"]  # the operation this project was written for; others may be added
    assert list(spec["paths"][PATH]) == ["post"]
    op = operation(spec)
    assert op["operationId"] == "BatchGetExecutions"
    assert op["tags"] == ["executions"]
    assert op["description"].startswith("BatchGetExecutions retrieves multiple executions by their IDs.")
    body = op["requestBody"]
    assert body["required"] is True
    assert ref_name(body["content"]["application/json"]["schema"]) == "BatchGetExecutionsRequest"


def test_200_returns_the_response_map(spec: dict[str, Any]) -> None:
    ok = operation(spec)["responses"]["200"]
    assert ref_name(ok["content"]["application/json"]["schema"]) == "BatchGetExecutionsResponse"


def test_every_error_status_returns_rpc_status(spec: dict[str, Any]) -> None:
    responses = operation(spec)["responses"]
    assert_listed([code for code in responses if code != "200"], DATA / "error_statuses.txt", ordered=False)
    for code, response in responses.items():
        if code == "200":
            continue
        assert response["description"].strip(), code
        assert ref_name(response["content"]["application/json"]["schema"]) == "RpcStatus", code


GRPC_CODES = {"400": "INVALID_ARGUMENT", "401": "UNAUTHENTICATED", "429": "RESOURCE_EXHAUSTED"}
"""The gateway's mapping, for the statuses the vendor documents (a status it drops is not checked here)."""


@pytest.mark.parametrize(
    ("code", "grpc"),
    [(code, grpc) for code, grpc in GRPC_CODES.items() if code in read_list("error_statuses.txt")],
)
def test_error_descriptions_name_the_grpc_code(spec: dict[str, Any], code: str, grpc: str) -> None:
    assert grpc in operation(spec)["responses"][code]["description"]


def test_rpc_status_is_google_rpc_status_and_permissive(spec: dict[str, Any]) -> None:
    status = schemas(spec)["RpcStatus"]
    assert "required" not in status
    assert "inferred" in status["description"].lower()
    assert status["properties"]["code"] == {**status["properties"]["code"], "type": "integer", "format": "int32"}
    assert status["properties"]["message"]["type"] == "string"
    detail = resolve(spec, status["properties"]["details"]["items"])
    assert detail["properties"]["@type"]["type"] == "string"
    assert detail["additionalProperties"] is True
    check = validator(spec, "RpcStatus")
    check.validate({"code": 3, "message": "bad", "details": [{"@type": "type.googleapis.com/x", "field": 1}]})
    check.validate({})
    assert not check.is_valid({"code": "invalid_argument"})  # the Connect protocol's string code is not this shape


# ---------------------------------------------------------------- request and response


BOUNDS = ("minItems", "maxItems", "minLength", "maxLength", "minimum", "maximum")


def test_request_takes_the_listed_number_of_opaque_string_ids(spec: dict[str, Any]) -> None:
    request = schemas(spec)["BatchGetExecutionsRequest"]
    assert request["required"] == ["executionIds"]
    ids = request["properties"]["executionIds"]
    where = {"executionIds": ids, "executionIds[]": ids["items"]}
    in_spec = [f"{name} {key} {node[key]}" for name, node in where.items() for key in BOUNDS if key in node]
    assert_listed(in_spec, DATA / "request_limits.txt", ordered=False)
    assert ids["type"] == "array" and ids["items"]["type"] == "string"
    assert not {"format", "pattern"} & set(ids["items"])  # opaque: no format or pattern (research §2.1)
    limits = {(name, key): int(value) for name, key, value in map(str.split, read_list("request_limits.txt"))}
    most, shortest = limits[("executionIds", "maxItems")], limits.get(("executionIds[]", "minLength"), 0)
    check = validator(spec, "BatchGetExecutionsRequest")
    check.validate({"executionIds": ["a" * max(shortest, 1)] * most})
    bad_bodies: list[dict[str, Any]] = [
        {"executionIds": []},
        {"executionIds": ["a"] * (most + 1)},
        {},
        {"executionIds": [1]},
    ]
    for bad in bad_bodies:
        assert not check.is_valid(bad), bad


def test_response_map_is_optional_and_documents_absent_ids(spec: dict[str, Any]) -> None:
    response = schemas(spec)["BatchGetExecutionsResponse"]
    assert "required" not in response
    executions = response["properties"]["executions"]
    assert executions["type"] == "object"
    assert ref_name(executions["additionalProperties"]) == "EntityExecution"
    assert "absent" in executions["description"]
    check = validator(spec, "BatchGetExecutionsResponse")
    check.validate({})
    check.validate({"executions": {}})


def test_entity_execution_has_every_listed_field_none_required(spec: dict[str, Any]) -> None:
    execution = schemas(spec)["EntityExecution"]
    assert_listed(execution["properties"], DATA / "entity_execution_fields.txt")
    assert "required" not in execution
    for name, prop in execution["properties"].items():
        assert resolve(spec, prop).get("description", "").strip(), f"{name} lacks its vendor description"
    for name in ("createdAt", "startedAt", "finishedAt"):
        assert execution["properties"][name] == {
            **execution["properties"][name],
            "type": ["string", "null"],
            "format": "date-time",
        }
    assert execution["properties"]["durationSeconds"]["type"] == "number"
    for name in ("entities", "targets", "extraReferences"):
        assert ref_name(execution["properties"][name]["items"]) == "Identifier"


def test_execution_type_is_exactly_the_listed_names_in_order(spec: dict[str, Any]) -> None:
    execution_type = schemas(spec)["ExecutionType"]
    assert execution_type["type"] == "string"
    assert_listed(execution_type["enum"], DATA / "execution_types.txt")
    assert ref_name(schemas(spec)["EntityExecution"]["properties"]["executionType"]) == "ExecutionType"


def test_execution_status_is_exactly_the_listed_names(spec: dict[str, Any]) -> None:
    assert_listed(schemas(spec)["ExecutionStatus"]["enum"], DATA / "execution_statuses.txt")
    assert ref_name(schemas(spec)["EntityExecution"]["properties"]["status"]) == "ExecutionStatus"


def test_enums_are_closed(spec: dict[str, Any]) -> None:
    """Tolerating later values is the clients' job: the spec must reject them so the contract suite notices."""
    check = validator(spec, "EntityExecution")
    check.validate({"executionType": "EXECUTION_TYPE_TRINO_QUERY_LOG", "status": "EXECUTION_STATUS_OK"})
    assert not check.is_valid({"executionType": "EXECUTION_TYPE_FROM_THE_FUTURE"})
    assert not check.is_valid({"executionType": 2801})
    assert not check.is_valid({"status": "EXECUTION_STATUS_SKIPPED"})


# ---------------------------------------------------------------- Identifier


def test_identifier_is_a_one_of_every_listed_kind_in_source_order(spec: dict[str, Any]) -> None:
    identifier = schemas(spec)["Identifier"]
    assert "additionalProperties" not in identifier  # the vendor's generated schema is unsatisfiable with it
    assert "discriminator" not in identifier
    variants = [resolve(spec, branch) for branch in identifier["oneOf"]]
    kinds = [f"{next(iter(v['properties']))} {ref_name(next(iter(v['properties'].values())))}" for v in variants]
    assert_listed(kinds, DATA / "identifier_kinds.txt")


@pytest.mark.parametrize(("key", "message"), identifier_kinds())
def test_each_identifier_kind_is_a_closed_single_key_object(spec: dict[str, Any], key: str, message: str) -> None:
    wrapper = schemas(spec)["Identifier" + message.removesuffix("Identifier")]
    assert wrapper["type"] == "object"
    assert wrapper["required"] == [key]
    assert list(wrapper["properties"]) == [key]
    assert wrapper["additionalProperties"] is False
    member = schemas(spec)[message]
    assert member["type"] == "object"
    assert "required" not in member  # proto3 JSON omits empty strings even where input validation requires them
    assert member["description"].strip()
    for name, prop in member["properties"].items():
        described = prop.get("description") or resolve(spec, prop).get("description", "")  # a $ref: its component's
        assert described.strip(), f"{message}.{name} lacks its vendor description"
    check = validator(spec, "Identifier")
    check.validate({key: {}})
    assert not check.is_valid({key: {}, "extra": 1})


def identifier_fields() -> list[tuple[str, list[str]]]:
    return [(line.split()[0], line.split()[1:]) for line in read_list("identifier_fields.txt")]


def test_identifier_field_list_covers_every_kind() -> None:
    messages = [message for _, message in identifier_kinds()]
    assert_listed(messages, DATA / "identifier_fields.txt", column=0, ordered=False)


@pytest.mark.parametrize(("message", "fields"), identifier_fields())
def test_each_identifier_member_has_exactly_the_listed_fields(
    spec: dict[str, Any], message: str, fields: list[str]
) -> None:
    in_spec, listed = " ".join([message, *schemas(spec)[message]["properties"]]), " ".join([message, *fields])
    assert in_spec == listed, (
        f"tests/data/synq/identifier_fields.txt: replace the line {listed!r} with {in_spec!r} if the spec is right"
    )


def test_identifier_rejects_unknown_and_multiple_kinds(spec: dict[str, Any]) -> None:
    check = validator(spec, "Identifier")
    assert not check.is_valid({"lakehouseTable": {}})
    assert not check.is_valid({"bigqueryTable": {}, "snowflakeTable": {}})
    assert not check.is_valid({})


def test_monitor_identifier_is_recursive(spec: dict[str, Any]) -> None:
    monitor = schemas(spec)["MonitorIdentifier"]
    identifier, null = monitor["properties"]["monitoredId"]["oneOf"]
    assert ref_name(identifier) == "Identifier" and null == {"type": "null"}
    assert monitor["properties"]["integrationId"]["deprecated"] is True
    validator(spec, "Identifier").validate(
        {"monitor": {"monitoredId": {"monitor": {"monitoredId": {"bigqueryTable": {"table": "t"}}}}, "monitorId": "m"}}
    )


def test_uuid_format_only_where_the_protos_still_require_it(spec: dict[str, Any]) -> None:
    uuid_fields = {where for where, node in walk(schemas(spec)) if node.get("format") == "uuid"}
    assert uuid_fields == {
        "/SqlMeshModelIdentifier/properties/integrationId",
        "/SqlMeshAuditIdentifier/properties/integrationId",
        "/DataproductIdentifier/properties/id",
        "/SavedViewIdentifier/properties/id",
    }


def test_null_is_allowed_exactly_where_a_gateway_prints_it(spec: dict[str, Any]) -> None:
    """Go protojson with EmitUnpopulated (grpc-gateway's default) prints an unset singular message field as null: a
    google.protobuf.Timestamp, a wrapper type (a nullable scalar), a message such as MonitorIdentifier.monitoredId
    (openapi/NOTES.md). Scalars, enums, lists and maps print their zero values instead. Which fields are nullable is
    a vendor fact, listed in tests/data/synq/nullable_fields.txt."""
    assert_listed(sorted(nullable_properties(spec)), DATA / "nullable_fields.txt", ordered=False)
    for where, node in walk(spec["components"], "components"):
        assert "nullable" not in node, f"3.0-style nullable (ignored by OpenAPI 3.1) at {where}"


def test_nothing_is_left_undescribed(spec: dict[str, Any]) -> None:
    for name, schema in schemas(spec).items():
        assert schema.get("description", "").strip(), f"{name} has no description"
