"""The hand-written Coalesce Get Run spec (openapi/coalesce.yaml) against lists copied from the research.

The lists in tests/data/coalesce/ are copied independently from shared/research/coalesce-api.md,
so a drift in either the spec or the lists makes these tests fail.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openapi_spec_validator import validate

from scripts.yaml_files import load_yaml
from tests.paths import ROOT

from .spec_support import DATA as SUPPORT_DATA
from .spec_support import assert_listed, assert_no_null, load_spec, ref_name, resolve, walk
from .spec_support import read_list as read_data_list

DATA = SUPPORT_DATA / "coalesce"

PATH = "/api/v1/runs/{runID}"


def read_list(name: str, base: Path = DATA) -> list[str]:
    return read_data_list(base / name)


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return load_spec("coalesce")


def schemas(spec: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = spec["components"]["schemas"]
    return result


def operation(spec: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = spec["paths"][PATH]["get"]
    return result


# ---------------------------------------------------------------- helper and data files


def test_read_list_skips_comments_and_blank_lines(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text("# source: somewhere\n\n a \n# another\nb\n", encoding="utf-8")
    assert read_list("x.txt", base=tmp_path) == ["a", "b"]


@pytest.mark.parametrize("name", sorted(path.name for path in DATA.glob("*.txt")))
def test_data_file_names_its_source_and_has_unique_entries(name: str) -> None:
    first = (DATA / name).read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# source: ")
    entries = read_list(name)
    assert entries
    assert len(entries) == len(set(entries))


# ---------------------------------------------------------------- document level


def test_spec_is_valid_openapi_3_1(spec: dict[str, Any]) -> None:
    assert spec["openapi"] == "3.1.0"
    validate(spec)  # raises on an invalid document


def test_servers_are_exactly_the_regional_hosts(spec: dict[str, Any]) -> None:
    servers = spec["servers"]
    assert_listed([server["url"] for server in servers], DATA / "servers.txt")
    for server in servers:
        assert server.get("description", "").strip(), f"{server['url']} has no region description"
        assert not server["url"].endswith("/")


def test_bearer_auth_is_required_globally(spec: dict[str, Any]) -> None:
    scheme = spec["components"]["securitySchemes"]["bearerAuth"]
    assert (scheme["type"], scheme["scheme"]) == ("http", "bearer")
    assert spec["security"] == [{"bearerAuth": []}]


# ---------------------------------------------------------------- operation


def test_operation_identity(spec: dict[str, Any]) -> None:
    assert PATH in spec["paths"]  # the operation this project was written for; others may be added
    op = operation(spec)
    assert op["operationId"] == "getRun"
    assert op["tags"] == ["runs"]
    assert op["summary"] == "Get Run"
    assert op["description"] == "Gets a single run."


def test_run_id_is_a_required_integer_path_parameter(spec: dict[str, Any]) -> None:
    params = [resolve(spec, p) for p in operation(spec)["parameters"]]
    assert len(params) == 1
    (param,) = params
    assert param["name"] == "runID"
    assert param["in"] == "path"
    assert param["required"] is True
    assert param["schema"]["type"] == "integer"
    assert "format" not in param["schema"]  # research §2.1: no format documented for this path parameter
    assert "runCounter" in param["description"]
    assert "UUID" in param["description"]


def test_200_returns_run(spec: dict[str, Any]) -> None:
    response = resolve(spec, operation(spec)["responses"]["200"])
    assert response["description"] == "A single run."
    assert response["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/Run"}


def test_every_documented_error_status_returns_error_response(spec: dict[str, Any]) -> None:
    responses = operation(spec)["responses"]
    expected = read_list("error_statuses.txt")
    assert_listed([code for code in responses if code != "200"], DATA / "error_statuses.txt", ordered=False)
    for code in expected:
        response = resolve(spec, responses[code])
        assert response["description"].strip(), f"{code} has no description"
        schema = response["content"]["application/json"]["schema"]
        assert schema == {"$ref": "#/components/schemas/ErrorResponse"}, code


VENDOR_TEXT = {
    "400": "The request was invalid.",
    "401": "User lacks authorization to perform this action.",
    "404": "The requested resource could not be found.",
    "504": "The server did not receive a response in time from an upstream system.",
}


@pytest.mark.parametrize(
    ("code", "description"),
    [(code, text) for code, text in VENDOR_TEXT.items() if code in read_list("error_statuses.txt")],
)
def test_error_descriptions_are_the_vendor_text(spec: dict[str, Any], code: str, description: str) -> None:
    assert resolve(spec, operation(spec)["responses"][code])["description"] == description


def test_error_response_shape(spec: dict[str, Any]) -> None:
    error_response = schemas(spec)["ErrorResponse"]
    assert error_response["required"] == ["error"]
    inner = resolve(spec, error_response["properties"]["error"])
    assert "$ref" in error_response["properties"]["error"], "inner error object must be a named component"
    assert inner["type"] == "object"
    assert inner["required"] == ["errorString"]
    assert set(inner["properties"]) == {"errorString", "errorDetail"}
    assert inner["properties"]["errorString"]["type"] == "string"
    assert inner["properties"]["errorDetail"]["type"] == "string"


# ---------------------------------------------------------------- Run and its parts


def field_lines(schema: dict[str, Any]) -> list[str]:
    """`<field> [required]` per property, the format of the fact lists without a JSON type."""
    return [name + " required" * (name in schema.get("required", [])) for name in schema["properties"]]


def test_run_documents_every_vendor_field_and_stays_open(spec: dict[str, Any]) -> None:
    run = schemas(spec)["Run"]
    lines = [
        " ".join([name, resolve(spec, prop).get("type", "object")] + ["required"] * (name in run["required"]))
        for name, prop in run["properties"].items()
    ]
    assert_listed(lines, DATA / "run_fields.txt")
    assert run["properties"]["runHistory"]["items"] == {"type": "integer"}
    assert "additionalProperties" not in run


def test_run_details_is_any_of_deploy_and_refresh(spec: dict[str, Any]) -> None:
    run_details = schemas(spec)["Run"]["properties"]["runDetails"]
    assert [ref_name(branch) for branch in run_details["anyOf"]] == ["DeployRunDetails", "RefreshRunDetails"]
    assert "oneOf" not in run_details
    assert "discriminator" not in run_details


@pytest.mark.parametrize(
    ("name", "data_file"),
    [("DeployRunDetails", "deploy_run_details_fields.txt"), ("RefreshRunDetails", "refresh_run_details_fields.txt")],
)
def test_run_details_variants(spec: dict[str, Any], name: str, data_file: str) -> None:
    variant = schemas(spec)[name]
    assert_listed(field_lines(variant), DATA / data_file)
    assert "additionalProperties" not in variant  # research §7 #5: keep older fields valid
    for prop, schema in variant["properties"].items():
        assert resolve(spec, schema).get("description", "").strip(), f"{name}.{prop} lacks its vendor description"


def test_run_time_parameters_is_an_open_object(spec: dict[str, Any]) -> None:
    prop = schemas(spec)["Run"]["properties"]["runTimeParameters"]
    target = resolve(spec, prop)
    assert "$ref" in prop, "runTimeParameters must be a named component"
    assert target["type"] == "object"
    assert target["additionalProperties"] is True


def test_run_status_enum(spec: dict[str, Any]) -> None:
    assert ref_name(schemas(spec)["Run"]["properties"]["runStatus"]) == "RunStatus"
    run_status = schemas(spec)["RunStatus"]
    assert run_status["type"] == "string"
    assert_listed(run_status["enum"], DATA / "run_statuses.txt")
    assert "cancelled" not in run_status["enum"]


def test_run_type_enum(spec: dict[str, Any]) -> None:
    assert ref_name(schemas(spec)["Run"]["properties"]["runType"]) == "RunType"
    assert_listed(schemas(spec)["RunType"]["enum"], DATA / "run_types.txt")


def test_snowflake_user_credentials(spec: dict[str, Any]) -> None:
    credentials = resolve(spec, schemas(spec)["Run"]["properties"]["userCredentials"])
    assert_listed(field_lines(credentials), DATA / "user_credentials_fields.txt")
    auth_type = credentials["properties"].get("snowflakeAuthType")
    if auth_type is None:  # the vendor dropped the field (and its line in user_credentials_fields.txt)
        return
    assert "$ref" in auth_type, "snowflakeAuthType must be a named enum component"
    assert_listed(resolve(spec, auth_type)["enum"], DATA / "snowflake_auth_types.txt")


def test_no_anonymous_inline_objects_or_enums(spec: dict[str, Any]) -> None:
    """Objects and enums appear only as top-level components, so generated class names are stable."""
    for name, schema in schemas(spec).items():
        for where, node in walk(schema, name):
            if where != name:
                assert node.get("type") != "object", f"inline object at {where}"
                assert "enum" not in node, f"inline enum at {where}"


def test_no_nullable_fields(spec: dict[str, Any]) -> None:
    """The research documents no nullability anywhere in the run or error shapes."""
    assert_no_null(spec)


# ---------------------------------------------------------------- every operation (research §5)


def test_listed_operations_are_in_the_spec_with_their_statuses(spec: dict[str, Any]) -> None:
    """Each operation of operations.txt, by operationId, at its method and path with exactly its statuses. The spec
    may hold more (a new operation is one edit to the spec), so only the listed ones are compared."""
    in_spec = {
        op["operationId"]: " ".join([op["operationId"], method.upper(), path, *op["responses"]])
        for path, item in spec["paths"].items()
        for method, op in item.items()
    }
    for line in read_list("operations.txt"):
        operation_id = line.split()[0]
        assert operation_id in in_spec, f"the spec lacks {operation_id}: remove its line from operations.txt"
        assert sorted(in_spec[operation_id].split()) == sorted(line.split()), (
            f"tests/data/coalesce/operations.txt: replace {line!r} with {in_spec[operation_id]!r} if the spec is right"
        )


def test_list_runs_parameters(spec: dict[str, Any]) -> None:
    def line(parameter: dict[str, Any]) -> str:
        schema = parameter["schema"]
        kind = ref_name(schema) if "$ref" in schema else schema.get("type", "any")
        bounds = [f"{key}={str(schema[key]).lower()}" for key in ("default", "minimum", "maximum") if key in schema]
        return " ".join([parameter["name"], kind, *bounds])

    parameters = [resolve(spec, p) for p in spec["paths"]["/api/v1/runs"]["get"]["parameters"]]
    assert all(p["in"] == "query" and not p.get("required") for p in parameters)
    assert_listed([line(p) for p in parameters], DATA / "list_runs_parameters.txt")


@pytest.mark.parametrize(
    ("name", "data_file"),
    [
        ("RunsResponse", "runs_response_fields.txt"),
        ("RunResult", "run_result_fields.txt"),
        ("QueryResult", "query_result_fields.txt"),
        ("StartRunDetails", "start_run_details_fields.txt"),
        ("RerunDetails", "rerun_details_fields.txt"),
        ("CancelRunRequest", "cancel_run_fields.txt"),
        ("RunStatusResponse", "run_status_response_fields.txt"),
    ],
)
def test_operation_objects_document_every_vendor_field(spec: dict[str, Any], name: str, data_file: str) -> None:
    assert_listed(field_lines(schemas(spec)[name]), DATA / data_file)


def test_run_summary_documents_every_vendor_field(spec: dict[str, Any]) -> None:
    summary = schemas(spec)["RunSummary"]
    lines = [
        " ".join([name, resolve(spec, prop).get("type", "object")] + ["required"] * (name in summary["required"]))
        for name, prop in summary["properties"].items()
    ]
    assert_listed(lines, DATA / "run_summary_fields.txt")
    assert ref_name(resolve(spec, schemas(spec)["RunsResponse"]["properties"]["data"])["items"]) == "RunSummary"


@pytest.mark.parametrize(
    ("name", "data_file"), [("RunsOrderBy", "runs_order_by.txt"), ("OrderByDirection", "order_by_directions.txt")]
)
def test_list_ordering_enums(spec: dict[str, Any], name: str, data_file: str) -> None:
    assert_listed(schemas(spec)[name]["enum"], DATA / data_file)


def test_secret_request_fields_are_marked_by_the_overlay_only(spec: dict[str, Any]) -> None:
    """The vendor types the Snowflake password and key pair as plain strings; the overlay marks them `format:
    password` (the secret-field rule), and exactly the fields the list calls secret."""
    effective = load_yaml(ROOT / "generated" / "coalesce.openapi.yaml")
    listed = read_list("run_user_credentials_fields.txt")
    assert_listed(schemas(spec)["RunUserCredentials"]["properties"], DATA / "run_user_credentials_fields.txt", column=0)
    marked = [
        name
        for name, prop in effective["components"]["schemas"]["RunUserCredentials"]["properties"].items()
        if prop.get("format") == "password"
    ]
    assert marked == [line.split()[0] for line in listed if line.endswith(" secret")]
    assert all("format" not in prop for prop in schemas(spec)["RunUserCredentials"]["properties"].values())
    for request in ("StartRunRequest", "RerunRequest"):
        assert ref_name(schemas(spec)[request]["properties"]["userCredentials"]) == "RunUserCredentials"
