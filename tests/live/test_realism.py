"""Requests a vendor would take: drawn valid requests carry only the fields the spec names, printable strings and
int32 integers, and still fit the spec as it is; the narrowing leaves alone what the spec states explicitly."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from scripts.live import cases
from scripts.live.realism import DECIMAL, INT32, PRINTABLE, realistic
from scripts.spec.document import escape
from scripts.spec.model import Spec
from scripts.vendors import VENDORS

DRAWS = 10


def unknown_fields(spec: Spec, location: str, value: Any, path: str = "$") -> Iterator[str]:
    """The fields of a request value that its schema neither names nor allows as a map."""
    location, schema = spec.follow(location)
    branches = [
        f"{location}/{keyword}/{index}"
        for keyword in ("oneOf", "anyOf")
        for index, _ in enumerate(schema.get(keyword, []))
    ]
    if branches:  # a value of a oneOf/anyOf has the fields of the branch it fits (SYNQ's Identifier)
        fitting = [branch for branch in branches if spec.validator(branch).is_valid(value)]
        yield from unknown_fields(spec, fitting[0], value, path) if fitting else iter([path])
        return
    if isinstance(value, dict):
        named = schema.get("properties", {})
        for key, item in value.items():
            if key in named:
                yield from unknown_fields(spec, f"{location}/properties/{escape(key)}", item, f"{path}.{key}")
            elif not (
                isinstance(schema.get("additionalProperties"), dict) or schema.get("additionalProperties") is True
            ):
                yield f"{path}.{key}"
    elif isinstance(value, list):
        for item in value:
            yield from unknown_fields(spec, f"{location}/items", item, f"{path}[*]")


def scalars(value: Any) -> Iterator[Any]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from scalars(item)
    elif isinstance(value, list):
        for item in value:
            yield from scalars(item)
    else:
        yield value


@pytest.mark.parametrize("vendor", VENDORS)
def test_drawn_requests_are_ones_a_vendor_takes(vendor: str) -> None:
    spec = Spec.load(vendor)
    for operation in cases.operations(cases.load(vendor)):
        documented = next(op for op in spec.operations if op.label == operation.label)
        drawn = cases.draw(operation, DRAWS)
        varies = documented.parameters or documented.request_body is not None
        assert len(drawn) == (DRAWS if varies else 1)  # an operation with nothing to vary has one request
        for case in drawn:
            sent: list[Any] = [case.path_parameters, case.query]
            if documented.request_body is not None:
                (location,) = [where for where in documented.request_body.media_types.values() if where]
                assert list(unknown_fields(spec, location, case.body)) == [], case.body
                assert not list(spec.validator(location).iter_errors(case.body)), case.body
                sent.append(case.body)
            for value in scalars(sent):
                if isinstance(value, str):
                    assert all("!" <= char <= "~" for char in value), repr(value)
                if isinstance(value, int) and not isinstance(value, bool):
                    assert INT32[0] <= value <= INT32[1], value


def test_the_narrowing_keeps_what_the_spec_states() -> None:
    document: dict[str, Any] = {
        "components": {
            "schemas": {
                "Open": {
                    "type": "object",
                    "properties": {"type": {"type": "string"}, "properties": {"type": "integer"}},
                },
                "Map": {"type": "object", "additionalProperties": {"type": "string", "format": "date-time"}},
                "Parts": {"allOf": [{"type": "object", "properties": {"a": {"type": "integer", "format": "int64"}}}]},
                "Kind": {"type": "string", "enum": ["a\tb"], "example": {"type": "object"}},
                "Small": {"type": "integer", "minimum": 5, "maximum": 9},
                "AnyMap": {"type": "object", "additionalProperties": True},
                "Secret": {"type": "string", "format": "password"},
                "Count": {"type": "string", "format": "int64"},
                "Signed": {"type": "string", "format": "int64", "pattern": "^[0-9]+$"},
            }
        }
    }
    narrowed = realistic(document)["components"]["schemas"]
    assert narrowed["Open"]["additionalProperties"] is False
    assert narrowed["Open"]["properties"] == {
        "type": {"type": "string", "pattern": PRINTABLE},
        "properties": {"type": "integer", "minimum": INT32[0], "maximum": INT32[1]},
    }
    assert narrowed["Map"] == {**document["components"]["schemas"]["Map"], "propertyNames": {"pattern": PRINTABLE}}
    assert narrowed["AnyMap"]["additionalProperties"] == {
        "type": ["string", "integer", "boolean"],
        "pattern": PRINTABLE,
        "minimum": INT32[0],
        "maximum": INT32[1],
    }
    assert narrowed["Secret"] == {"type": "string", "format": "password", "pattern": PRINTABLE}
    assert narrowed["Count"] == {"type": "string", "format": "int64", "pattern": DECIMAL}  # seed 946428 drew "\x0c"
    assert narrowed["Signed"] == document["components"]["schemas"]["Signed"]
    assert narrowed["Parts"] == document["components"]["schemas"]["Parts"]  # closing a member breaks the allOf
    assert narrowed["Kind"] == document["components"]["schemas"]["Kind"]
    assert narrowed["Small"] == {"type": "integer", "minimum": 5, "maximum": 9}
    assert "additionalProperties" not in document["components"]["schemas"]["Open"]  # the spec itself is untouched
