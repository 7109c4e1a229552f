"""A server that speaks a newer version of the API: the clients keep working, and the contract suite still notices.

The "future server" draws bodies from the effective specs widened the way vendors evolve an API
(`spec_bodies.Bodies(future=True)`): new enum names (new ExecutionType, a new runStatus, ...), bare integers
where proto3 JSON writes an enum number the server has no name for, an undeclared field on every object,
and an Identifier kind this spec does not list.

- The generated clients must parse such bodies and `to_dict()` must give back the unknown values as sent.
- The contract checks (schemathesis' response validation, and jsonschema) must flag the same bodies as outside
  the spec: enums in openapi/ are closed by design, so a vendor drift alarm goes off.
"""

from __future__ import annotations

import datetime
import json
from typing import Any

import httpx
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from schemathesis.core.failures import Failure, FailureGroup

from .budget import scaled
from .schemas import load_schema
from .spec_bodies import Bodies, RoundTrip, SpecDoc
from .test_client_properties import (
    COALESCE,
    RUN_DETAILS_CLASSES,
    SYNQ,
    coalesce_call,
    details_fit_run_type,
    expected_class,
    success_pointer,
)

MAX_EXAMPLES = scaled(25)


def future_values(body: Any) -> bool:
    """Whether a body holds something this spec cannot describe (a new kind or enum value, not just a new field)."""
    text = json.dumps(body)
    return "futureKind" in text or "_FUTURE" in text or _has_int_enum(body)


def _has_int_enum(node: Any) -> bool:
    if isinstance(node, dict):
        return any(
            (key in ENUM_FIELDS and isinstance(value, int) and not isinstance(value, bool)) or _has_int_enum(value)
            for key, value in node.items()
        )
    if isinstance(node, list):
        return any(_has_int_enum(item) for item in node)
    return False


def enum_fields(spec: SpecDoc) -> set[str]:
    """Names of the properties (anywhere in the spec) whose schema is an enum."""
    found: set[str] = set()
    for schema in spec.document["components"]["schemas"].values():
        for name, prop in (schema.get("properties") or {}).items():
            if "enum" in spec.resolve(prop):
                found.add(name)
    return found


ENUM_FIELDS = enum_fields(SYNQ) | enum_fields(COALESCE)


def synq_parse(body: Any) -> Any:
    from .test_client_properties import synq_call

    return synq_call(200, body)


CLIENTS = [
    pytest.param(SYNQ, "synq_client", id="synq"),
    pytest.param(COALESCE, "coalesce_client", id="coalesce"),
]


def test_the_future_server_sends_unknown_values() -> None:
    """Guards the generator: without future values the tests below would prove nothing."""
    for spec in (SYNQ, COALESCE):
        seen: list[bool] = []

        @settings(max_examples=scaled(30))
        @given(body=Bodies(spec, future=True).for_pointer(success_pointer(spec)))
        def collect(body: Any) -> None:
            seen.append(future_values(body))  # noqa: B023 - collect() runs before the loop moves on

        collect()
        assert any(seen), f"{spec.vendor}: no example held an unknown value"
    assert {"executionType", "status", "runStatus", "runType"} <= ENUM_FIELDS


@pytest.mark.parametrize(("spec", "package_name"), CLIENTS)
def test_the_clients_parse_a_future_server_and_round_trip_unknown_values(spec: SpecDoc, package_name: str) -> None:
    package = pytest.importorskip(package_name)
    pointer = success_pointer(spec)

    @settings(max_examples=MAX_EXAMPLES)
    @given(body=Bodies(spec, future=True).for_pointer(pointer), run_id=st.integers(0, 2**31))
    def check(body: Any, run_id: int) -> None:
        if spec is COALESCE and body["runType"] in RUN_DETAILS_CLASSES:
            assume(details_fit_run_type(body))  # the other-variant case is its own xfail in test_client_properties
        parsed = synq_parse(body) if spec is SYNQ else coalesce_call(run_id, 200, body)
        assert type(parsed) is expected_class(spec, package, pointer)
        RoundTrip(spec).assert_equal(pointer, body, parsed.to_dict())

    check()


@pytest.mark.parametrize("spec", [SYNQ, COALESCE], ids=["synq", "coalesce"])
def test_the_contract_checks_flag_a_future_server(spec: SpecDoc) -> None:
    """schemathesis' response_schema_conformance (what the contract suite and live mode run) rejects future values."""
    schema = load_schema(spec.vendor)
    method, path = spec.tested_operation()
    operation = schema[path][method]
    pointer = success_pointer(spec)

    @settings(max_examples=MAX_EXAMPLES)
    @given(body=Bodies(spec, future=True).for_pointer(pointer))
    def check(body: Any) -> None:
        request = httpx.Request(method, "http://127.0.0.1" + path.replace("{runID}", "1"))
        response = httpx.Response(200, json=body, request=request)
        response.elapsed = datetime.timedelta(0)  # schemathesis reads it; only a transport sets it otherwise
        flagged_by_jsonschema = bool(spec.errors(pointer, body))
        try:
            operation.validate_response(response)  # the documented response's schema (response_schema_conformance)
        except (FailureGroup, Failure):  # several distinct failures, or one
            flagged_by_schemathesis = True
        else:
            flagged_by_schemathesis = False
        expected = future_values(body)
        assert flagged_by_jsonschema == expected, spec.errors(pointer, body)
        assert flagged_by_schemathesis == expected

    check()
