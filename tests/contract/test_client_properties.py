"""Property tests of the generated clients: any spec-valid response body parses into the right model and round-trips.

Bodies come from the effective specs (`spec_bodies.Bodies`: hypothesis-jsonschema for leaves, recursion of the
SYNQ Identifier bounded at depth 2), are checked against the spec with jsonschema, served through respx, and parsed
by the generated `sync_detailed`. `to_dict()` must give the body back (`spec_bodies.RoundTrip` documents the only
normalisation: a null property is left out). Every documented response of every operation is covered too, at every
status it stands for. SYNQ bodies are also drawn the way the vendor's proto3 runtime prints them, in both printer modes
(`proto3_bodies`): that is where `null` comes from.
"""

from __future__ import annotations

import importlib
import json
import typing
from typing import Any

import coalesce_client
import coalesce_client.client
import httpx
import pytest
import respx
import synq_client
import synq_client.client
from coalesce_client.api.runs import get_run
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from openapi_python_client.strings import snake_case
from synq_client.api.executions import batch_get_executions
from synq_client.models import BatchGetExecutionsRequest

from tests.openapi.spec_instances import complete

from .budget import scaled
from .proto3_bodies import OPTIONAL_FIELDS, UNSET_FIELD, Proto3Bodies
from .spec_bodies import Bodies, RoundTrip, SpecDoc, model_class, statuses_for

SYNQ = SpecDoc.load("synq")
COALESCE = SpecDoc.load("coalesce")
BASE = "https://api.test"
MAX_EXAMPLES = scaled(25)
# One client each (an httpx.Client loads the CA bundle when built; per example that would dominate the run time).
SYNQ_CLIENT = synq_client.client.AuthenticatedClient(base_url=BASE, token="t")
COALESCE_CLIENT = coalesce_client.client.AuthenticatedClient(base_url=BASE, token="t")


def json_response(status: int, body: Any) -> httpx.Response:
    # ensure_ascii (the json default): valid JSON for any string hypothesis draws
    return httpx.Response(status, content=json.dumps(body).encode(), headers={"Content-Type": "application/json"})


def synq_call(status: int, body: Any) -> Any:
    method, path = SYNQ.tested_operation()
    with respx.mock(base_url=BASE, assert_all_called=True) as router:
        router.route(method=method, path=path).mock(return_value=json_response(status, body))
        response = batch_get_executions.sync_detailed(
            client=SYNQ_CLIENT, body=BatchGetExecutionsRequest(execution_ids=["exec-1"])
        )
    assert int(response.status_code) == status
    return response.parsed


def coalesce_call(run_id: int, status: int, body: Any) -> Any:
    method, path = COALESCE.tested_operation()
    with respx.mock(base_url=BASE, assert_all_called=True) as router:
        router.route(method=method, path=path.replace("{runID}", str(run_id))).mock(
            return_value=json_response(status, body)
        )
        response = get_run.sync_detailed(run_id, client=COALESCE_CLIENT)
    assert int(response.status_code) == status
    return response.parsed


def expected_class(spec: SpecDoc, package: Any, pointer: str) -> type[Any]:
    """The class of the schema at a response pointer: its component's, or for an inline schema the one
    openapi-python-client names `<operationId>_response_<status>` (seed 518584 added an inline POST response)."""
    name = spec.schema_name(pointer)
    if name is None:
        _, _, path, method, _, key, *_ = pointer.split("/")
        operation = spec.operation(method.upper(), path.replace("~1", "/").replace("~0", "~"))
        name = f"{operation['operationId']}_response_{key}"
    return model_class(package, spec.class_name(name))


# ---------------------------------------------------------------------------------------------------- semantic checks


def kind_classes(spec: SpecDoc, package: Any, union_ref: str) -> dict[str, type[Any]]:
    """Identifier kind (the wrapper's single key) -> the class the client must parse it into."""
    classes: dict[str, type[Any]] = {}
    for branch in spec.at(union_ref)["oneOf"]:
        (kind,) = spec.resolve(branch)["required"]
        classes[kind] = model_class(package, spec.class_name(branch["$ref"].rsplit("/", 1)[-1]))
    return classes


def identifier_union_ref(spec: SpecDoc) -> str:
    """The `$ref` of the union `EntityExecution.entities` items point at (Identifier)."""
    method, path = spec.tested_operation()
    response = spec.resolve(spec.at("#" + spec.response_pointer(method, path, "200")))
    execution = spec.resolve(response["properties"]["executions"]["additionalProperties"])
    ref = spec.resolve(execution["properties"]["entities"])["items"]["$ref"]
    assert isinstance(ref, str)
    return ref


IDENTIFIER_CLASSES = kind_classes(SYNQ, synq_client, identifier_union_ref(SYNQ))
IDENTIFIER_LISTS = {"entities": "entities", "targets": "targets", "extraReferences": "extra_references"}


def assert_identifiers_dispatched(body: dict[str, Any], parsed: Any) -> None:
    """Each Identifier parsed into the class of its kind (not just the first union member that happens to fit)."""
    for key, execution in (body.get("executions") or {}).items():
        model = parsed.executions[key]
        for field, attribute in IDENTIFIER_LISTS.items():
            if field not in execution:
                continue
            for raw, identifier in zip(execution[field], getattr(model, attribute), strict=True):
                (kind,) = raw
                assert type(identifier) is IDENTIFIER_CLASSES[kind], (kind, type(identifier))


def run_details_classes(spec: SpecDoc) -> dict[str, type[Any]]:
    """runType value -> runDetails class: the anyOf branch whose component name starts with the run type."""
    method, path = spec.tested_operation()
    run = spec.resolve(spec.at("#" + spec.response_pointer(method, path, "200")))
    branches = [b["$ref"].rsplit("/", 1)[-1] for b in spec.resolve(run["properties"]["runDetails"])["anyOf"]]
    found = {}
    for run_type in spec.resolve(run["properties"]["runType"])["enum"]:
        (name,) = [b for b in branches if b.lower().startswith(run_type.lower())]
        found[run_type] = model_class(coalesce_client, spec.class_name(name))
    return found


RUN_DETAILS_CLASSES = run_details_classes(COALESCE)


def details_pointer(run_type: str) -> str:
    name = RUN_DETAILS_CLASSES[run_type].__name__
    (schema,) = [k for k in COALESCE.document["components"]["schemas"] if COALESCE.class_name(k) == name]
    return f"/components/schemas/{schema}"


def details_fit_run_type(body: dict[str, Any]) -> bool:
    run_type = body["runType"]
    return run_type in RUN_DETAILS_CLASSES and not COALESCE.errors(details_pointer(run_type), body["runDetails"])


# ---------------------------------------------------------------------------------------------------- 200 bodies


def success_pointer(spec: SpecDoc) -> str:
    return spec.response_pointer(*spec.tested_operation(), "200")


@settings(max_examples=MAX_EXAMPLES)
@given(body=Bodies(SYNQ).for_pointer(success_pointer(SYNQ)))
def test_synq_every_valid_200_body_parses_and_round_trips(body: dict[str, Any]) -> None:
    pointer = success_pointer(SYNQ)
    SYNQ.assert_valid(pointer, body)

    parsed = synq_call(200, body)

    assert type(parsed) is expected_class(SYNQ, synq_client, pointer)
    RoundTrip(SYNQ).assert_equal(pointer, body, parsed.to_dict())
    assert_identifiers_dispatched(body, parsed)


PRINTER_MODES = [pytest.param(False, id="default-options"), pytest.param(True, id="emit-unpopulated")]
TIMESTAMP_FIELDS = {"createdAt": "created_at", "startedAt": "started_at", "finishedAt": "finished_at"}


@pytest.mark.parametrize("emit_unpopulated", PRINTER_MODES)
def test_synq_parses_what_the_vendor_runtime_prints(emit_unpopulated: bool) -> None:
    """Both protojson printer modes: left-out defaults, or zero values and null for unset messages. The body is
    spec-valid (the spec allows null exactly there), parses, reads null as None and round-trips."""
    pointer = success_pointer(SYNQ)

    @settings(max_examples=MAX_EXAMPLES)
    @given(body=Proto3Bodies(SYNQ, emit_unpopulated).for_pointer(pointer))
    def check(body: dict[str, Any]) -> None:
        SYNQ.assert_valid(pointer, body)

        parsed = synq_call(200, body)

        assert type(parsed) is expected_class(SYNQ, synq_client, pointer)
        RoundTrip(SYNQ).assert_equal(pointer, body, parsed.to_dict())
        assert_identifiers_dispatched(body, parsed)
        for key, execution in (body.get("executions") or {}).items():
            for field, attribute in TIMESTAMP_FIELDS.items():
                if field in execution and execution[field] is None:
                    assert getattr(parsed.executions[key], attribute) is None

    check()


def unset_message(emit_unpopulated: bool, name: str) -> dict[str, Any]:
    node = SYNQ.document["components"]["schemas"][name]
    return Proto3Bodies(SYNQ, emit_unpopulated).print_message(
        name, node, dict.fromkeys(node["properties"], UNSET_FIELD)
    )


RESEARCH_UNSET_MONITOR = {"monitoredId": None, "monitorId": ""}  # research §6.3: an unset MonitorIdentifier, emitted
RESEARCH_UNSET_EXECUTION = {
    "id": "",
    "entities": [],
    "entitiesSynqPaths": [],
    "targets": [],
    "targetsSynqPaths": [],
    "extraReferences": [],
    "extraReferencesSynqPaths": [],
    "executionType": "EXECUTION_TYPE_UNSPECIFIED",
    "status": "EXECUTION_STATUS_UNSPECIFIED",
    "skipped": False,
    "message": "",
    "createdAt": None,  # a message: null; startedAt, finishedAt, durationSeconds are `optional`: left out
    "parentExecutionIds": [],
}
"""An unset EntityExecution as Go protojson prints it with EmitUnpopulated (research §6.3), for the fields it names."""


def test_the_printer_modes_print_an_unset_message_as_the_vendor_runtime_does() -> None:
    """Guards the test above: the bodies of research §6.3 (Go protojson) are what the two modes print, for the fields
    the research names and the spec still has; a field the vendor adds since is printed too, unless `optional`."""
    for message, research in (
        ("EntityExecution", RESEARCH_UNSET_EXECUTION),
        ("MonitorIdentifier", RESEARCH_UNSET_MONITOR),
    ):
        assert unset_message(False, message) == {}
        printed = unset_message(True, message)
        declared = SYNQ.document["components"]["schemas"][message]["properties"]
        named = set(research) | OPTIONAL_FIELDS[message]
        assert {key: value for key, value in printed.items() if key in named} == {
            key: value for key, value in research.items() if key in declared
        }
        assert set(printed) == set(declared) - OPTIONAL_FIELDS[message]
    body = {"executions": {"e": unset_message(True, "EntityExecution")}}
    body["executions"]["e"]["targets"] = [{"monitor": unset_message(True, "MonitorIdentifier")}]
    SYNQ.assert_valid(success_pointer(SYNQ), body)
    parsed = synq_call(200, body).executions["e"]
    assert parsed.created_at is None and parsed.targets[0].monitor.monitored_id is parsed.created_at


@settings(max_examples=MAX_EXAMPLES)
@given(body=Bodies(COALESCE).for_pointer(success_pointer(COALESCE)), run_id=st.integers(0, 2**31))
def test_coalesce_every_valid_200_body_parses_and_round_trips(body: dict[str, Any], run_id: int) -> None:
    pointer = success_pointer(COALESCE)
    COALESCE.assert_valid(pointer, body)
    # What the vendor sends: details of the run's own type. A body whose details fit only the *other* variant is
    # spec-valid too (anyOf ignores runType); that case is test_run_details_of_the_other_type_still_parse.
    assume(details_fit_run_type(body))

    parsed = coalesce_call(run_id, 200, body)

    assert type(parsed) is expected_class(COALESCE, coalesce_client, pointer)
    RoundTrip(COALESCE).assert_equal(pointer, body, parsed.to_dict())
    assert type(parsed.run_details) is RUN_DETAILS_CLASSES[body["runType"]]  # chosen by runType, not by luck


def test_run_details_of_the_other_type_still_parse() -> None:
    """anyOf does not tie runDetails to runType: a deploy run whose details fit only RefreshRunDetails is spec-valid.

    The reverse case cannot exist: every DeployRunDetails also satisfies RefreshRunDetails (it only requires
    environmentID and allows other keys), so the checks below prove the premise before the client is asked.
    """
    pointer = success_pointer(COALESCE)
    refresh_only = complete(COALESCE.document, COALESCE.at("#" + details_pointer("refresh")), {"environmentID": "3"})
    assert COALESCE.errors(details_pointer("deploy"), refresh_only)
    assert not COALESCE.errors(details_pointer("refresh"), refresh_only)
    run = complete(COALESCE.document, COALESCE.at("#" + pointer), {"id": 1, "runType": "deploy"})
    body = {**run, "runDetails": refresh_only}  # given as is: completing it could pick the deploy variant
    COALESCE.assert_valid(pointer, body)

    parsed = coalesce_call(1, 200, body)

    assert type(parsed.run_details) is RUN_DETAILS_CLASSES["refresh"]
    RoundTrip(COALESCE).assert_equal(pointer, body, parsed.to_dict())


# ---------------------------------------------------------------------------------------------------- error bodies


PACKAGES: dict[str, Any] = {"synq": synq_client, "coalesce": coalesce_client}


def endpoint_module(spec: SpecDoc, method: str, path: str) -> Any:
    """The generated module of an operation: `api.<first tag>.<operationId>`, both snake_cased, as the generator
    names them."""
    operation = spec.operation(method, path)
    tag = snake_case(operation["tags"][0])
    return importlib.import_module(f"{PACKAGES[spec.vendor].__name__}.api.{tag}.{snake_case(operation['operationId'])}")


def response_cases() -> list[Any]:
    """Every documented response of every operation of both specs."""
    return [
        pytest.param(spec, method, path, key, id=f"{spec.vendor}-{spec.operation(method, path)['operationId']}-{key}")
        for spec in (SYNQ, COALESCE)
        for method, path in spec.operations()
        for key in spec.response_keys(method, path)
    ]


@pytest.mark.parametrize(("spec", "method", "path", "key"), response_cases())
def test_every_documented_response_parses_into_its_model(spec: SpecDoc, method: str, path: str, key: str) -> None:
    """Any valid body of the response, at every status its key stands for, parses (through the operation's generated
    `_build_response`) into the class of its schema and round-trips; a response declared without a body parses to
    None whatever arrives."""
    module = endpoint_module(spec, method, path)
    statuses = statuses_for(spec, method, path, key)
    assert statuses, key
    client = SYNQ_CLIENT if spec is SYNQ else COALESCE_CLIENT
    request = httpx.Request(method, BASE + path)
    if not spec.declares_json(method, path, key):
        for status in statuses:
            assert (
                module._build_response(client=client, response=httpx.Response(status, request=request)).parsed is None
            )
        return
    pointer = spec.response_pointer(method, path, key)
    cls = expected_class(spec, PACKAGES[spec.vendor], pointer)

    @settings(max_examples=scaled(6))
    @given(body=Bodies(spec).for_pointer(pointer), status=st.sampled_from(statuses))
    def check(body: Any, status: int) -> None:
        spec.assert_valid(pointer, body)
        response = json_response(status, body)
        response.request = request
        parsed = module._build_response(client=client, response=response).parsed
        assert type(parsed) is cls
        RoundTrip(spec).assert_equal(pointer, body, parsed.to_dict())

    check()


def test_an_operation_whose_successes_declare_no_body_returns_none() -> None:
    """Its facade methods (sync and async) are typed `-> None`, and the others never are: the return type is the
    declared success body's, not `Any`."""
    for spec in (SYNQ, COALESCE):
        package = PACKAGES[spec.vendor]
        for method, path in spec.operations():
            successes = [key for key in spec.response_keys(method, path) if key.startswith("2")]
            bodiless = not any(spec.declares_json(method, path, key) for key in successes)
            name = snake_case(spec.operation(method, path)["operationId"])
            for operations in (package.api.SyncOperations, package.api.AsyncOperations):
                returned = typing.get_type_hints(getattr(operations, name))["return"]
                assert (returned is type(None)) == bodiless, (method, path, returned)
                assert returned is not Any, (method, path)
