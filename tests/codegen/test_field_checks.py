"""What the generated from_dict/to_dict do with each field (templates/property_templates/field_macros.py.jinja):
null read as None, JSON types checked with the field path in the error, exact date-times, NaN/Infinity doubles,
extra keys found by counting, and map models as Mappings. That type checkers narrow on `is not None` is typed_narrowing.py.
"""

from __future__ import annotations

import datetime
import math
import re
from collections.abc import Mapping
from typing import Any

import pytest
import respx
from coalesce_client.models import Run, RunTimeParameters
from synq_client.api.executions import batch_get_executions
from synq_client.client import AuthenticatedClient
from synq_client.models import (
    BatchGetExecutionsRequest,
    BatchGetExecutionsResponse,
    BatchGetExecutionsResponseExecutions,
    EntityExecution,
    IdentifierMonitor,
)
from synq_client.types import UnknownVariant
from synq_coalesce_core.exceptions import ResponseValidationError
from synq_coalesce_core.json_fields import Timestamp

SYNQ_URL = "https://synq.test"


def executions(**execution: Any) -> dict[str, Any]:
    return {"executions": {"e1": {"id": "e1", **execution}}}


def parse(body: Any) -> BatchGetExecutionsResponse:
    return BatchGetExecutionsResponse.from_dict(body)


def first(body: Any) -> EntityExecution:
    parsed = parse(body).executions
    assert parsed is not None
    return parsed["e1"]


# ---------------------------------------------------------------------------------------------------- null


def test_null_executions_is_an_empty_response() -> None:
    parsed = parse({"executions": None})
    assert parsed.executions is None and parsed.to_dict() == {}


@pytest.mark.parametrize(
    "field", ["id", "entities", "status", "skipped", "message", "createdAt", "startedAt", "durationSeconds"]
)
def test_a_null_field_is_unset_and_left_out_by_to_dict(field: str) -> None:
    execution = first(executions(**{field: None}))
    assert execution.to_dict() == {"id": "e1"} or field == "id"
    assert not execution.additional_properties  # a null declared key is not an extra key


def test_null_timestamps_and_a_null_monitored_id_as_grpc_gateway_prints_them() -> None:
    body = executions(
        createdAt=None,
        startedAt="2026-01-15T01:30:15.123456789Z",
        entities=[{"monitor": {"monitoredId": None, "monitorId": "m"}}],
    )
    execution = first(body)
    assert execution.created_at is None
    assert execution.entities is not None
    (monitor,) = execution.entities
    assert isinstance(monitor, IdentifierMonitor) and monitor.monitor.monitored_id is None
    assert monitor.monitor.monitor_id == "m"
    assert parse(body).to_dict() == executions(
        startedAt="2026-01-15T01:30:15.123456789Z", entities=[{"monitor": {"monitorId": "m"}}]
    )


def test_an_identifier_whose_only_key_is_null_has_no_kind() -> None:
    """proto3: null for the oneof member leaves the oneof unset. Kept as an UnknownVariant, written back as sent."""
    execution = first(executions(entities=[{"monitor": None}]))
    assert execution.entities is not None
    assert isinstance(execution.entities[0], UnknownVariant)
    assert execution.to_dict()["entities"] == [{"monitor": None}]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (executions(entities=[{"custom": {"id": "c"}}, None]), "executions.e1.entities[1]: expected object, got null"),
        (executions(parentExecutionIds=["p", None]), "executions.e1.parentExecutionIds[1]: expected string, got null"),
        ({"executions": {"e1": None}}, "executions.e1: expected object (EntityExecution), got null"),
    ],
)
def test_null_as_a_list_item_or_map_value_is_an_error(body: Any, message: str) -> None:
    """The proto3 conformance suite rejects both (openapi/NOTES.md): the list would lose an item."""
    with pytest.raises(TypeError, match="^" + re.escape(message) + "$"):
        parse(body)


# ---------------------------------------------------------------------------------------------------- types

MISMATCHES = [
    (executions(skipped="yes"), "executions.e1.skipped: expected boolean, got str"),
    (executions(id=123), "executions.e1.id: expected string, got int"),
    (executions(message=["x"]), "executions.e1.message: expected string, got list"),
    (executions(durationSeconds="fast"), "executions.e1.durationSeconds: expected number, got str"),
    (executions(durationSeconds=True), "executions.e1.durationSeconds: expected number, got bool"),
    (executions(parentExecutionIds=[1, 2]), "executions.e1.parentExecutionIds[0]: expected string, got int"),
    (executions(entitiesSynqPaths="a"), "executions.e1.entitiesSynqPaths: expected array, got str"),
    (executions(status=["OK"]), "executions.e1.status: expected string, got list"),
    (executions(createdAt=20260115), "executions.e1.createdAt: expected string, got int"),
    (executions(createdAt="yesterday"), "executions.e1.createdAt: expected an RFC 3339 date-time, got 'yesterday'"),
    (executions(entities=7), "executions.e1.entities: expected array, got int"),
    (executions(entities=["x"]), "executions.e1.entities[0]: expected object, got str"),
    (
        executions(targets=[{"custom": {"id": "c"}}, {"dbtCoreNode": {"nodeId": 5}}]),
        "executions.e1.targets[1].dbtCoreNode.nodeId: expected string, got int",
    ),
    (
        executions(extraReferences=[{"monitor": {"monitoredId": {"custom": {"id": False}}}}]),
        "executions.e1.extraReferences[0].monitor.monitoredId.custom.id: expected string, got bool",
    ),
    ({"executions": ["e1"]}, "executions: expected object, got list"),
]


@pytest.mark.parametrize(("body", "message"), MISMATCHES, ids=[m.split(": ")[0] for _, m in MISMATCHES])
def test_a_wrong_json_type_raises_with_the_field_path(body: Any, message: str) -> None:
    with pytest.raises(TypeError) as caught:
        parse(body)
    assert str(caught.value) == message


@pytest.mark.parametrize(("body", "message"), MISMATCHES[:5], ids=[m.split(": ")[0] for _, m in MISMATCHES[:5]])
def test_through_the_endpoint_it_is_a_response_validation_error(body: Any, message: str) -> None:
    with respx.mock(assert_all_called=True) as router:
        router.post(SYNQ_URL + "/api/executions/v2/by-id").respond(200, json=body)
        client = AuthenticatedClient(base_url=SYNQ_URL, token="t")
        with pytest.raises(ResponseValidationError) as caught:
            batch_get_executions.sync_detailed(client=client, body=BatchGetExecutionsRequest(execution_ids=["e1"]))
    assert f"(FieldTypeError: {message})" in str(caught.value)
    assert caught.value.status_code == 200


def test_what_proto3_allows_still_parses() -> None:
    """Enum numbers and unknown names, unknown Identifier kinds and extra fields stay accepted."""
    body = executions(
        status=7,
        executionType="EXECUTION_TYPE_FUTURE",
        entities=[{"futureKind": {"x": 1}}],
        durationSeconds=5,
        newField={"a": None},
    )
    execution = first(body)
    assert execution.status is not None and execution.status.raw == 7
    assert execution.additional_properties == {"newField": {"a": None}}
    assert parse(body).to_dict() == body


# ---------------------------------------------------------------------------------------------------- exact values


def test_a_nine_digit_fraction_round_trips_exactly() -> None:
    body = executions(createdAt="2026-01-15T01:30:15.123456789Z", finishedAt="2026-01-15T01:30:16.000Z")
    execution = first(body)
    assert isinstance(execution.created_at, Timestamp) and isinstance(execution.created_at, datetime.datetime)
    assert execution.created_at.nanosecond == 123_456_789
    assert parse(body).to_dict() == body


@pytest.mark.parametrize("sent", ["NaN", "Infinity", "-Infinity"])
def test_special_doubles_are_floats_and_are_written_back(sent: str) -> None:
    execution = first(executions(durationSeconds=sent))
    assert isinstance(execution.duration_seconds, float)
    assert math.isnan(execution.duration_seconds) or math.isinf(execution.duration_seconds)
    assert execution.to_dict()["durationSeconds"] == sent


# ---------------------------------------------------------------------------------------------------- extra keys


def test_extra_keys_are_found_by_the_count_whatever_is_absent() -> None:
    every = {k: v for k, v in first(executions(message="m", skipped=True)).to_dict().items()}
    assert len(every) < 16  # some declared keys absent: the count must make up for them
    assert first({"executions": {"e1": every}}).additional_properties == {}
    assert first({"executions": {"e1": {**every, "x": 1}}}).additional_properties == {"x": 1}
    assert first({"executions": {"e1": {"x": 1}}}).additional_properties == {"x": 1}


# ---------------------------------------------------------------------------------------------------- Mapping


def test_a_map_model_is_a_mapping_of_its_values() -> None:
    body = {"executions": {"e1": {"id": "e1"}, "e2": {"id": "e2"}}}
    found = parse(body).executions
    assert isinstance(found, BatchGetExecutionsResponseExecutions) and isinstance(found, Mapping)
    assert list(found) == ["e1", "e2"] and len(found) == 2 and "e2" in found and "e3" not in found
    assert list(found.keys()) == ["e1", "e2"]
    assert [(k, v.id) for k, v in found.items()] == [("e1", "e1"), ("e2", "e2")]
    assert found.get("e3") is None and found.get("e1") == EntityExecution(id="e1")
    assert dict(found) == {"e1": EntityExecution(id="e1"), "e2": EntityExecution(id="e2")} == found
    assert found != {"e1": EntityExecution(id="e1")}
    assert found.additional_properties == dict(found) and found.to_dict() == body["executions"]


def test_a_free_form_map_is_a_mapping_too() -> None:
    params = RunTimeParameters.from_dict({"target": "prod", "threads": 4})
    assert isinstance(params, Mapping) and dict(params) == {"target": "prod", "threads": 4}
    assert Run.__mro__[1] is object  # a model with properties is not a Mapping


def test_a_request_model_takes_a_tuple_and_writes_a_list() -> None:
    """A request body's list of strings is typed SequenceNotStr (tests/docs/typed_misuse.py: a str is refused)."""
    request = BatchGetExecutionsRequest(execution_ids=("e1", "e2"))
    written = request.to_dict()
    assert written == {"executionIds": ["e1", "e2"]} and type(written["executionIds"]) is list
    assert BatchGetExecutionsRequest.from_dict(written).execution_ids == ["e1", "e2"]
