"""How the generated clients parse responses (scripts/codegen/templates/, issues #5 and #8).

- Open enums: an unknown name or a bare proto3 integer becomes an UnknownValue that round-trips.
- `runDetails` is chosen by `runType` (the sibling enum whose values name the variants), then by the keys unique to
  one variant.
- Every SYNQ Identifier kind parses to its own class by its single key; unknown kinds parse to the fallback: a variant
  marked `x-unknown-variant: true` if the spec has one, else `types.UnknownVariant`.
- Non-IANA status codes reach the error path; bodies that do not fit raise ResponseValidationError.

The enum values and the Identifier kinds come from the effective specs next to the generated packages
(generated/<vendor>.openapi.yaml), so the tests follow the spec instead of repeating it.
"""

from __future__ import annotations

import copy
import importlib
import json
import pickle
from collections.abc import Callable, Iterator
from http import HTTPStatus
from operator import attrgetter
from pathlib import Path
from typing import Any

import coalesce_client
import coalesce_client.client
import jsonschema  # type: ignore[import-untyped]
import pytest
import respx
import synq_client
import synq_client.client
import yaml
from coalesce_client import errors as coalesce_errors
from coalesce_client.api.runs import get_run
from coalesce_client.models import DeployRunDetails, RefreshRunDetails, Run
from openapi_python_client.strings import ClassName, PythonIdentifier
from synq_client import errors as synq_errors
from synq_client import models as synq_models
from synq_client.api.executions import batch_get_executions
from synq_client.models import BatchGetExecutionsRequest, BatchGetExecutionsResponse, EntityExecution
from synq_client.types import UnknownValue, UnknownVariant
from synq_coalesce_core.exceptions import APIError
from synq_coalesce_core.exceptions import ResponseValidationError as CoalesceResponseValidationError
from synq_coalesce_core.exceptions import ResponseValidationError as SynqResponseValidationError

from scripts.yaml_files import load_yaml
from tests.openapi.spec_instances import complete
from tests.openapi.spec_instances import sample as sample_value
from tests.openapi.spec_support import assert_listed
from tests.paths import DATA, ROOT

SYNQ_URL = "https://synq.test"
COALESCE_URL = "https://coalesce.test"
SYNQ_PATH = "/api/executions/v2/by-id"
RUN_PATH = "/api/v1/runs/42"


# ---------------------------------------------------------------------------------------------------- spec helpers


def effective_spec(package: Any, vendor: str) -> dict[str, Any]:
    """The spec the package was generated from: <dir of the package>/<vendor>.openapi.yaml."""
    path = Path(package.__file__).resolve().parents[1] / f"{vendor}.openapi.yaml"
    loaded = load_yaml(path)
    assert isinstance(loaded, dict)
    return loaded


SYNQ_SPEC = effective_spec(synq_client, "synq")
COALESCE_SPEC = effective_spec(coalesce_client, "coalesce")


def resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def ref_name(node: dict[str, Any]) -> str:
    ref = node["$ref"]
    assert isinstance(ref, str)
    return ref.rsplit("/", 1)[-1]


def schema(spec: dict[str, Any], name: str, *properties: str) -> dict[str, Any]:
    """components.schemas.<name>, then down through `properties` (following $refs)."""
    node = resolve(spec, spec["components"]["schemas"][name])
    for prop in properties:
        node = resolve(spec, node["properties"][prop])
    return node


def class_name(vendor: str, schema_name: str) -> str:
    """The class name openapi-python-client gives a component schema (honouring class_overrides)."""
    config_path = ROOT / "scripts" / "codegen" / f"{vendor}.config.yaml"
    config = yaml.safe_load(config_path.read_text(encoding="utf-8")) or {}
    override = (config.get("class_overrides") or {}).get(schema_name, {})
    return str(override.get("class_name") or ClassName(schema_name, config.get("field_prefix", "field_")))


# ---------------------------------------------------------------------------------------------------- bodies

DEPLOY_LITERAL: dict[str, Any] = {
    "canceled": False,
    "deployCommit": "9f3c2a1",
    "deployCommitMessage": "Add orders model",
    "environmentID": "3",
    "parallelism": 16,
    "nodesInRun": 120,
}
REFRESH_LITERAL: dict[str, Any] = {
    "canceled": False,
    "environmentID": "3",
    "excludeNodesSelector": "",
    "includeNodesSelector": "+orders",
    "jobID": 7,
    "jobName": "nightly",
    "parallelism": 8,
    "nodesInRun": 12,
}

DEPLOY = complete(COALESCE_SPEC, "DeployRunDetails", DEPLOY_LITERAL)
REFRESH = complete(COALESCE_SPEC, "RefreshRunDetails", REFRESH_LITERAL)
MINIMAL_REFRESH = complete(COALESCE_SPEC, "RefreshRunDetails", {"environmentID": "3"})
"""Only what RefreshRunDetails requires: no key of it is unique to a variant but one the vendor makes required."""
DEPLOY_ONLY = set(schema(COALESCE_SPEC, "DeployRunDetails")["required"]) - set(MINIMAL_REFRESH)
"""The keys DeployRunDetails requires and RefreshRunDetails does not (deployCommit, and any the vendor adds)."""
EVERY_VARIANT = {
    key: value
    for variant in schema(COALESCE_SPEC, "Run", "runDetails").get("anyOf", [])
    for key, value in complete(COALESCE_SPEC, variant, {"environmentID": "3"}).items()
}
"""Details that fit every runDetails variant, so only runType can choose."""


def _without(key: str, body: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in body.items() if k != key}


def run_body(run_type: object = "deploy", details: dict[str, Any] | None = None, **fields: Any) -> dict[str, Any]:
    credentials = {"snowflakeAccount": "acme", "snowflakeAuthType": "KeyPair", "snowflakeUsername": "svc"}
    body = {
        "id": 42,
        "runType": run_type,
        "runStatus": "completed",
        "runTimeParameters": {"target": "prod"},
        "runStartTime": "2026-01-15T01:30:00Z",
        "userCredentials": credentials,
    }
    # runDetails as given, not completed: the variant tests give details that lack a variant's required keys.
    details = copy.deepcopy(DEPLOY if details is None else details)
    return {**complete(COALESCE_SPEC, "Run", body), "runDetails": details, **fields}


def synq_body(**execution: Any) -> dict[str, Any]:
    return {"executions": {"exec-1": {"id": "exec-1", **execution}}}


def only_execution(parsed: BatchGetExecutionsResponse) -> EntityExecution:
    assert parsed.executions is not None
    return parsed.executions["exec-1"]


# ---------------------------------------------------------------------------------------------------- open enums


def _synq_enum(field: str, attribute: str) -> Callable[[object], tuple[Any, Any]]:
    def parse(value: object) -> tuple[Any, Any]:
        parsed = BatchGetExecutionsResponse.from_dict(synq_body(**{field: value}))
        return getattr(only_execution(parsed), attribute), parsed.to_dict()["executions"]["exec-1"][field]

    return parse


def _run_enum(*path: str) -> Callable[[object], tuple[Any, Any]]:
    def parse(value: object) -> tuple[Any, Any]:
        body = run_body()
        target = body
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
        run = Run.from_dict(body)
        attribute: Any = run
        for key in path:
            attribute = getattr(attribute, str(PythonIdentifier(key, "field_")))
        written: Any = run.to_dict()
        for key in path:
            written = written[key]
        return attribute, written

    return parse


# field -> (known values from the effective spec, parse(value) -> (parsed attribute, value written by to_dict()))
ENUM_FIELDS: dict[str, tuple[list[str], Callable[[object], tuple[Any, Any]]]] = {
    "executionType": (
        schema(SYNQ_SPEC, "EntityExecution", "executionType")["enum"],
        _synq_enum("executionType", "execution_type"),
    ),
    "status": (schema(SYNQ_SPEC, "EntityExecution", "status")["enum"], _synq_enum("status", "status")),
    "runStatus": (schema(COALESCE_SPEC, "Run", "runStatus")["enum"], _run_enum("runStatus")),
    "runType": (schema(COALESCE_SPEC, "Run", "runType")["enum"], _run_enum("runType")),
    "snowflakeAuthType": (
        schema(COALESCE_SPEC, "Run", "userCredentials", "snowflakeAuthType")["enum"],
        _run_enum("userCredentials", "snowflakeAuthType"),
    ),
}


ENUM_FACT_LISTS = {
    "executionType": "synq/execution_types.txt",
    "status": "synq/execution_statuses.txt",
    "runStatus": "coalesce/run_statuses.txt",
    "runType": "coalesce/run_types.txt",
    "snowflakeAuthType": "coalesce/snowflake_auth_types.txt",
}


@pytest.mark.parametrize("field", ENUM_FIELDS)
def test_the_enums_under_test_are_the_ones_in_the_fact_lists(field: str) -> None:
    assert_listed(ENUM_FIELDS[field][0], DATA / ENUM_FACT_LISTS[field])


@pytest.mark.parametrize("field", ENUM_FIELDS)
def test_every_known_value_parses_to_its_singleton_member(field: str) -> None:
    known, parse = ENUM_FIELDS[field]
    enum_class: Any = type(parse(known[0])[0])
    for value in known:
        member, written = parse(value)
        assert member is enum_class(value)
        assert member is getattr(enum_class, member.name)
        assert member.is_known
        assert member.raw == value == written
    assert len(enum_class) == len(known)
    assert repr(member) == f"<{enum_class.__name__}.{member.name}: {value!r}>"


@pytest.mark.parametrize("value", ["VALUE_ADDED_AFTER_THIS_SPEC", 99999, 0], ids=["new-name", "int", "int-zero"])
@pytest.mark.parametrize("field", ENUM_FIELDS)
def test_an_unknown_value_parses_to_an_unknown_value_and_round_trips(field: str, value: str | int) -> None:
    """Not a member of the enum (no UNKNOWN pseudo-member): an `UnknownValue`, which type checkers tell apart."""
    known, parse = ENUM_FIELDS[field]
    enum_class: Any = type(parse(known[0])[0])

    member, written = parse(value)

    assert isinstance(member, UnknownValue) and not isinstance(member, enum_class)
    assert member.is_known is False and member not in list(enum_class)
    assert member.raw == value and type(member.raw) is type(value)
    assert written == value and type(written) is type(value)  # an int stays an int on the way out
    assert member == str(value) and str(member) == str(value) == member.value
    assert repr(member) == f"{enum_class.__name__}.unknown({value!r})"  # the API's value, no made-up member name
    assert pickle.loads(pickle.dumps(member)) == member and repr(pickle.loads(pickle.dumps(member))) == repr(member)
    with pytest.raises(ValueError):  # the constructor is the plain Enum's: members only
        enum_class(value)
    assert not hasattr(enum_class, "UNKNOWN")


def test_a_wrong_enum_type_is_not_swallowed() -> None:
    with pytest.raises(TypeError):
        BatchGetExecutionsResponse.from_dict(synq_body(status=1.5))
    with pytest.raises(TypeError):
        Run.from_dict(run_body(runStatus=True))


# ---------------------------------------------------------------------------------------------------- runDetails


@pytest.mark.parametrize(
    ("run_type", "details", "expected"),
    [
        pytest.param("deploy", DEPLOY, DeployRunDetails, id="deploy"),
        pytest.param("refresh", REFRESH, RefreshRunDetails, id="refresh"),
        pytest.param("refresh", {**REFRESH, "jobID": "7"}, RefreshRunDetails, id="refresh-string-jobID"),
        pytest.param("refresh", MINIMAL_REFRESH, RefreshRunDetails, id="refresh-minimal"),
        pytest.param(
            "refresh",
            {**REFRESH, "refreshDescription": "2024 field", "forceIgnoreEnvironmentStatus": True, "newField": [1]},
            RefreshRunDetails,
            id="refresh-extra-fields",
        ),
        pytest.param("refresh", {**REFRESH, "deployCommit": "abc"}, RefreshRunDetails, id="runType-beats-keys"),
        pytest.param(
            "deploy",
            {**{key: value for key, value in DEPLOY.items() if key not in DEPLOY_ONLY}, **MINIMAL_REFRESH},
            RefreshRunDetails,
            id="runType-variant-lacks-required-keys",
        ),
        pytest.param(
            "deploy", {**MINIMAL_REFRESH, "environmentID": ""}, RefreshRunDetails, id="anyOf-fits-only-refresh"
        ),
        pytest.param("deploy", {**DEPLOY, "jobName": "stray", "newField": 1}, DeployRunDetails, id="deploy-extra"),
        pytest.param("rerun", REFRESH, RefreshRunDetails, id="unknown-runType-refresh-keys"),
        pytest.param("rerun", {"newField": 1, **DEPLOY}, DeployRunDetails, id="unknown-runType-deploy-keys"),
        pytest.param("rerun", {"newField": 1, "jobName": "n", **DEPLOY}, DeployRunDetails, id="required-key-wins"),
        pytest.param("rerun", {**MINIMAL_REFRESH, "newField": 1}, RefreshRunDetails, id="unknown-runType-no-keys"),
    ],
)
def test_run_details_variant_is_chosen_by_run_type_then_by_keys(
    run_type: str, details: dict[str, Any], expected: type[Any]
) -> None:
    run = Run.from_dict(run_body(run_type, details))

    assert type(run.run_details) is expected
    assert run.to_dict()["runDetails"] == details
    declared = set(schema(COALESCE_SPEC, ref_name_of_variant(expected))["properties"])
    assert set(run.run_details.additional_properties) == set(details) - declared


def ref_name_of_variant(cls: type[Any]) -> str:
    variants = schema(COALESCE_SPEC, "Run")["properties"]["runDetails"]
    names = [ref_name(v) for v in variants.get("anyOf", []) + variants.get("oneOf", [])]
    (name,) = [n for n in names if class_name("coalesce", n) == cls.__name__]
    return name


@pytest.mark.parametrize(
    ("details", "expected"),
    [(REFRESH, RefreshRunDetails), (DEPLOY, DeployRunDetails), (MINIMAL_REFRESH, RefreshRunDetails)],
    ids=["refresh", "deploy", "no-unique-keys"],
)
def test_run_details_without_run_type_falls_back_to_keys(details: dict[str, Any], expected: type[Any]) -> None:
    parse_run_details = getattr(importlib.import_module("coalesce_client.models.run"), "_parse_run_details")  # noqa: B009
    assert type(parse_run_details(copy.deepcopy(details))) is expected


@pytest.mark.parametrize("run_type", ENUM_FIELDS["runType"][0])
def test_every_run_type_selects_the_variant_named_after_it(run_type: str) -> None:
    run = Run.from_dict(run_body(run_type, EVERY_VARIANT))
    assert type(run.run_details).__name__.lower().startswith(run_type.lower())


# ---------------------------------------------------------------------------------------------------- Identifier


def identifier_schema_name() -> str:
    return ref_name(schema(SYNQ_SPEC, "EntityExecution")["properties"]["entities"]["items"])


def identifier_variants() -> tuple[list[tuple[str, str, str]], str | None]:
    """([(wrapper schema, its single key, inner schema)], fallback schema or None) from the effective spec."""
    variants: list[tuple[str, str, str]] = []
    fallback = None
    for variant in schema(SYNQ_SPEC, identifier_schema_name())["oneOf"]:
        name = ref_name(variant)
        wrapper = schema(SYNQ_SPEC, name)
        if wrapper.get("x-unknown-variant") is True:
            fallback = name
            continue
        (key,) = wrapper["required"]
        assert wrapper.get("additionalProperties") is False and set(wrapper["properties"]) == {key}, name
        variants.append((name, key, ref_name(wrapper["properties"][key])))
    return variants, fallback


KINDS, FALLBACK = identifier_variants()
FALLBACK_CLASS: Any = UnknownVariant if FALLBACK is None else getattr(synq_models, class_name("synq", FALLBACK))


def sample(inner: str, depth: int = 0) -> dict[str, Any]:
    """A value for every declared property of `inner`; a nested Identifier is a BigQuery table (or a monitor)."""
    body: dict[str, Any] = {}
    for prop, prop_schema in schema(SYNQ_SPEC, inner)["properties"].items():
        branches = [prop_schema, *prop_schema.get("oneOf", [])]  # monitoredId: oneOf [Identifier, null]
        if any("$ref" in branch and ref_name(branch) == identifier_schema_name() for branch in branches):
            body[prop] = identifier(depth + 1)
            continue
        body[prop] = sample_value(SYNQ_SPEC, prop_schema, prop)
    return body


def identifier(depth: int = 0) -> dict[str, Any]:
    name = "monitor" if depth == 1 else "bigqueryTable"
    (inner,) = [i for _, key, i in KINDS if key == name]
    return {name: sample(inner, depth)}


def test_the_spec_has_the_synq_identifier_kinds() -> None:
    keys = [key for _, key, _ in KINDS]
    assert_listed(keys, DATA / "synq" / "identifier_kinds.txt", column=0)


@pytest.mark.parametrize(("wrapper", "key", "inner"), KINDS, ids=[key for _, key, _ in KINDS])
def test_each_identifier_kind_parses_to_its_own_class(wrapper: str, key: str, inner: str) -> None:
    value = {key: sample(inner)}
    execution = EntityExecution.from_dict({"entities": [value], "targets": [value], "extraReferences": [value]})

    assert execution.entities is not None
    parsed = execution.entities[0]
    assert type(parsed).__name__ == class_name("synq", wrapper)
    assert type(getattr(parsed, str(PythonIdentifier(key, "field_")))).__name__ == class_name("synq", inner)
    assert execution.to_dict() == {"entities": [value], "targets": [value], "extraReferences": [value]}


class TriedAnotherKind(Exception):
    pass


@pytest.mark.parametrize("position", [0, -1], ids=["first-kind", "last-kind"])
def test_an_identifier_is_dispatched_by_its_key_without_trying_other_kinds(
    monkeypatch: pytest.MonkeyPatch, position: int
) -> None:
    """Key dispatch, not try-in-order: the cost does not depend on where the kind sits in the oneOf."""
    _, key, inner = KINDS[position]

    def refuse(cls: type[Any], src_dict: Any) -> Any:
        raise TriedAnotherKind(cls.__name__)

    for other_wrapper, other_key, _ in KINDS:
        if other_key != key:
            monkeypatch.setattr(
                getattr(synq_models, class_name("synq", other_wrapper)), "from_dict", classmethod(refuse)
            )
    monkeypatch.setattr(FALLBACK_CLASS, "from_dict", classmethod(refuse))

    execution = EntityExecution.from_dict({"entities": [{key: sample(inner)}]})
    assert execution.entities is not None and len(execution.entities) == 1


def test_identifier_kinds_have_distinct_classes() -> None:
    parsed = [EntityExecution.from_dict({"entities": [{key: sample(inner)}]}).entities for _, key, inner in KINDS]
    assert len({type(entities[0]) for entities in parsed if entities is not None}) == len(KINDS)


@pytest.mark.parametrize(
    "raw",
    [{"quantumTable": {"qubits": 7, "nested": {"a": [1, None]}}}, {"savedQuery": "id-only"}],
    ids=["object", "scalar"],
)
def test_an_unknown_identifier_kind_parses_to_the_fallback_and_round_trips(raw: dict[str, Any]) -> None:
    body = {"entities": [raw], "targets": [{"monitor": {"monitorId": "m-1", "monitoredId": raw}}]}

    execution = EntityExecution.from_dict(copy.deepcopy(body))

    assert execution.entities is not None and execution.targets is not None
    unknown = execution.entities[0]
    assert type(unknown) is FALLBACK_CLASS
    assert unknown.to_dict() == raw
    assert getattr(unknown, "additional_properties", None) == raw  # the raw object is kept as received
    nested = attrgetter("monitor.monitored_id")(execution.targets[0])
    assert type(nested) is FALLBACK_CLASS
    assert execution.to_dict() == body


def test_a_recursive_monitor_identifier_parses_at_every_level() -> None:
    deepest = identifier()
    value = {
        "monitor": {"monitorId": "outer", "monitoredId": {"monitor": {"monitorId": "inner", "monitoredId": deepest}}}
    }
    execution = EntityExecution.from_dict({"targets": [copy.deepcopy(value)]})

    assert execution.targets is not None
    names = []
    node: Any = execution.targets[0]
    while node is not None:
        names.append(type(node).__name__)
        node = getattr(getattr(node, "monitor", None), "monitored_id", None)
    (monitor_wrapper,) = [w for w, key, _ in KINDS if key == "monitor"]
    (bigquery_wrapper,) = [w for w, key, _ in KINDS if key == "bigqueryTable"]
    assert names == [class_name("synq", monitor_wrapper)] * 2 + [class_name("synq", bigquery_wrapper)]
    assert execution.to_dict() == {"targets": [value]}


def test_every_identifier_sample_is_valid_for_the_effective_spec() -> None:
    """The oneOf stays exclusive: each known kind matches exactly one variant, an unknown kind only the fallback."""
    validator = jsonschema.Draft202012Validator(
        {"$ref": f"#/components/schemas/{identifier_schema_name()}", "components": SYNQ_SPEC["components"]}
    )
    for _, key, inner in KINDS:
        validator.validate({key: sample(inner)})
    if FALLBACK is not None:
        validator.validate({"quantumTable": {"qubits": 7}})


# ---------------------------------------------------------------------------------------------------- responses


@pytest.fixture
def mocked() -> Iterator[respx.MockRouter]:
    with respx.mock(assert_all_called=True, assert_all_mocked=True) as router:
        yield router


def call_synq(raise_on_unexpected_status: bool = False) -> synq_client.types.Response[Any]:
    client = synq_client.client.AuthenticatedClient(
        base_url=SYNQ_URL, token="t", raise_on_unexpected_status=raise_on_unexpected_status
    )
    return batch_get_executions.sync_detailed(client=client, body=BatchGetExecutionsRequest(execution_ids=["exec-1"]))


def call_coalesce(raise_on_unexpected_status: bool = False) -> coalesce_client.types.Response[Any]:
    client = coalesce_client.client.AuthenticatedClient(
        base_url=COALESCE_URL, token="t", raise_on_unexpected_status=raise_on_unexpected_status
    )
    return get_run.sync_detailed(42, client=client)


HTML = "<html><body><h1>520 Origin Error</h1></body></html>"


@pytest.mark.parametrize("code", [499, 520, 561])
def test_a_non_iana_status_reaches_the_error_path(mocked: respx.MockRouter, code: int) -> None:
    mocked.post(SYNQ_URL + SYNQ_PATH).respond(code, json={"code": 14, "message": "unavailable"})
    mocked.get(COALESCE_URL + RUN_PATH).respond(code, json={"error": {"errorString": "upstream"}})

    synq = call_synq()
    coalesce = call_coalesce()

    for response in (synq, coalesce):
        assert response.status_code == code
        assert not isinstance(response.status_code, HTTPStatus)
    assert not isinstance(synq.parsed, BatchGetExecutionsResponse)
    assert synq.parsed is not None  # SYNQ documents a `default` error model: it is parsed for any status
    assert (synq.parsed.code, synq.parsed.message) == (14, "unavailable")
    assert coalesce.parsed is None  # undocumented for Coalesce


@pytest.mark.parametrize("code", [499, 520, 561])
def test_a_non_iana_status_raises_unexpected_status_when_asked(mocked: respx.MockRouter, code: int) -> None:
    mocked.post(SYNQ_URL + SYNQ_PATH).respond(code, text=HTML, headers={"content-type": "text/html"})
    mocked.get(COALESCE_URL + RUN_PATH).respond(code, text=HTML, headers={"content-type": "text/html"})

    with pytest.raises(synq_errors.UnexpectedStatus) as synq_error:
        call_synq(raise_on_unexpected_status=True)
    with pytest.raises(coalesce_errors.UnexpectedStatus) as coalesce_error:
        call_coalesce(raise_on_unexpected_status=True)

    assert synq_error.value.status_code == coalesce_error.value.status_code == code
    assert coalesce_error.value.content == HTML.encode()
    for error in (synq_error.value, coalesce_error.value):  # one exception tree, the facades' own
        assert isinstance(error, APIError)
        assert error.request is not None
        assert str(error).startswith(f"{code} ")
    assert isinstance(synq_error.value, synq_client.UnexpectedStatusError)
    assert isinstance(coalesce_error.value, coalesce_client.UnexpectedStatusError)


def test_unexpected_status_keeps_the_stock_constructor() -> None:
    error = synq_errors.UnexpectedStatus(404, b'{"message": "gone"}')
    assert (error.status_code, error.content, error.text) == (404, b'{"message": "gone"}', '{"message": "gone"}')
    assert isinstance(error, synq_client.APIStatusError)
    assert str(error) == "404 Not Found: gone"


async def _async_coalesce() -> coalesce_client.types.Response[Any]:
    client = coalesce_client.client.AuthenticatedClient(base_url=COALESCE_URL, token="t")
    return await get_run.asyncio_detailed(42, client=client)


@pytest.mark.asyncio
async def test_a_non_iana_status_is_fine_on_the_async_path(mocked: respx.MockRouter) -> None:
    mocked.get(COALESCE_URL + RUN_PATH).respond(520, text=HTML)
    response = await _async_coalesce()
    assert response.status_code == 520 and response.parsed is None


def test_iana_statuses_stay_http_status_members(mocked: respx.MockRouter) -> None:
    mocked.get(COALESCE_URL + RUN_PATH).respond(404, json={"error": {"errorString": "no such run"}})
    response = call_coalesce()
    assert response.status_code is HTTPStatus.NOT_FOUND
    assert type(response.parsed).__name__ == "ErrorResponse"


def test_a_documented_error_status_with_an_unparsable_body_is_not_a_validation_error(
    mocked: respx.MockRouter,
) -> None:
    mocked.get(COALESCE_URL + RUN_PATH).respond(502, text=HTML, headers={"content-type": "text/html"})
    response = call_coalesce()
    assert response.status_code == 502 and response.parsed is None and response.content == HTML.encode()


def assert_carries_the_response(
    error: SynqResponseValidationError | CoalesceResponseValidationError, status: int, text: str
) -> None:
    """ResponseValidationError keeps status, headers and the raw text of the response."""
    assert error.status_code == error.response.status_code == status
    assert error.headers["x-request-id"] == "req-1"
    assert error.text == text
    assert str(status) in str(error) and ("does not match" in str(error) or "is not JSON" in str(error))
    assert isinstance(error.__cause__, ValueError | TypeError | KeyError | AttributeError)


SYNQ_BAD_BODIES: dict[str, str] = {
    "html": HTML,
    "empty": "",
    "truncated-json": '{"executions": {"exec-1": {"id": "exec-1"',
    "top-level-array": "[]",
    "executions-not-a-map": json.dumps({"executions": ["exec-1"]}),
    "execution-not-an-object": json.dumps({"executions": {"exec-1": "done"}}),
    "entities-not-a-list": json.dumps(synq_body(entities=7)),
    "identifier-not-an-object": json.dumps(synq_body(entities=["bigqueryTable"])),
    "monitor-not-an-object": json.dumps(synq_body(targets=[{"monitor": 1}])),
    "enum-wrong-type": json.dumps(synq_body(executionType=1.5)),
    "date-time-wrong-type": json.dumps(synq_body(createdAt=20260115)),
    "date-time-garbage": json.dumps(synq_body(createdAt="yesterday")),
}


@pytest.mark.parametrize("name", SYNQ_BAD_BODIES)
def test_a_synq_200_that_does_not_fit_raises_response_validation_error(mocked: respx.MockRouter, name: str) -> None:
    text = SYNQ_BAD_BODIES[name]
    mocked.post(SYNQ_URL + SYNQ_PATH).respond(200, text=text, headers={"x-request-id": "req-1"})

    with pytest.raises(SynqResponseValidationError) as caught:
        call_synq()

    assert_carries_the_response(caught.value, 200, text)


COALESCE_BAD_BODIES: dict[str, str] = {
    "html": HTML,
    "missing-id": json.dumps(_without("id", run_body())),
    "missing-runDetails": json.dumps(_without("runDetails", run_body())),
    "missing-runType": json.dumps(_without("runType", run_body())),
    "runDetails-not-an-object": json.dumps(run_body() | {"runDetails": "deploy"}),
    "runDetails-without-environmentID": json.dumps(run_body("deploy", _without("environmentID", DEPLOY))),
    "credentials-missing-auth-type": json.dumps(run_body(userCredentials={"snowflakeAccount": "a"})),
    "runTimeParameters-not-an-object": json.dumps(run_body(runTimeParameters=[1, 2])),
    "body-is-a-string": json.dumps("run 42"),
}


@pytest.mark.parametrize("name", COALESCE_BAD_BODIES)
def test_a_coalesce_200_that_does_not_fit_raises_response_validation_error(mocked: respx.MockRouter, name: str) -> None:
    text = COALESCE_BAD_BODIES[name]
    mocked.get(COALESCE_URL + RUN_PATH).respond(200, text=text, headers={"x-request-id": "req-1"})

    with pytest.raises(CoalesceResponseValidationError) as caught:
        call_coalesce()

    assert_carries_the_response(caught.value, 200, text)


def test_valid_bodies_still_parse(mocked: respx.MockRouter) -> None:
    mocked.post(SYNQ_URL + SYNQ_PATH).respond(200, json=synq_body(entities=[identifier()], status=2))
    mocked.get(COALESCE_URL + RUN_PATH).respond(200, json=run_body("refresh", REFRESH))

    synq = call_synq().parsed
    coalesce = call_coalesce().parsed

    assert isinstance(synq, BatchGetExecutionsResponse)
    status = only_execution(synq).status
    assert status is not None and status.raw == 2 and not status.is_known
    assert isinstance(coalesce, Run) and isinstance(coalesce.run_details, RefreshRunDetails)


def test_properties_with_the_same_union_share_one_parser() -> None:
    """The three Identifier lists of EntityExecution dispatch through one table, not three copies of it."""
    module = importlib.import_module("synq_client.models.entity_execution")
    assert module._parse_targets_item is module._parse_entities_item
    assert module._parse_extra_references_item is module._parse_entities_item
