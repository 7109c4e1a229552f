"""Argument checks: each keyword of the API description's request schemas refuses what breaks it, naming the field
and the keyword; the hand-written option checks name theirs."""

from __future__ import annotations

import enum
from typing import Any

import pytest
from synq_coalesce_core.exceptions import RequestValidationError
from synq_coalesce_core.validation import Argument, check_arguments, check_positive_number, check_string_list


class Color(enum.Enum):
    RED = "red"


class Body:
    def __init__(self, data: Any) -> None:
        self.data = data

    def to_dict(self) -> Any:
        return self.data


IDS = {
    "type": "object",
    "required": ["executionIds"],
    "properties": {
        "executionIds": {"type": "array", "minItems": 1, "maxItems": 3, "items": {"type": "string", "minLength": 1}}
    },
}


def refusal(arguments: dict[str, Argument], values: dict[str, Any]) -> RequestValidationError:
    with pytest.raises(RequestValidationError) as caught:
        check_arguments(arguments, values)
    return caught.value


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (-1, "run_id must be >= 0, got -1 (minimum)"),
        (True, "run_id must be integer, got bool (type)"),
        (1.0, "run_id must be integer, got float (type)"),
        ("1", "run_id must be integer, got str (type)"),
        (None, "run_id must be integer, got NoneType (type)"),
        (10**5000, "run_id is too large to send (16610 bits)"),
    ],
    ids=["negative", "bool", "float", "str", "None", "10**5000"],
)
def test_an_integer_parameter(value: object, message: str) -> None:
    arguments = {"run_id": Argument({"type": "integer", "minimum": 0})}
    check_arguments(arguments, {"run_id": 2**63})
    error = refusal(arguments, {"run_id": value})
    assert str(error) == message
    assert error.field == "run_id"


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ({}, "body.executionIds", "is required (required)"),
        ({"executionIds": []}, "body.executionIds", r"must contain at least 1 item(s), got 0 (minItems)"),
        ({"executionIds": ["a"] * 4}, "body.executionIds", "must contain at most 3 items, got 4 (maxItems)"),
        ({"executionIds": ["a", ""]}, "body.executionIds[1]", "must be at least 1 character(s) long, got 0"),
        ({"executionIds": ["a", 1]}, "body.executionIds[1]", "must be string, got int (type)"),
        ({"executionIds": "abc"}, "body.executionIds", "must be array, got str (type)"),
        ({"executionIds": ["\ud800"]}, "body.executionIds[0]", "is not valid Unicode text (a lone surrogate at"),
        ({"executionIds": ["a"], 1: "x"}, "body", "keys must be strings, got int"),
    ],
)
def test_a_body(data: object, field: str, message: str) -> None:
    arguments = {"body": Argument(IDS, Body)}
    check_arguments(arguments, {"body": Body({"executionIds": ["a", "b"]})})
    error = refusal(arguments, {"body": Body(data)})
    assert error.field == field
    assert str(error).startswith(f"{field} {message}")


def test_a_body_of_another_class_is_refused_before_it_is_serialized() -> None:
    error = refusal({"body": Argument(IDS, Body)}, {"body": {"executionIds": ["a"]}})
    assert str(error) == "body must be a Body, got dict"


def test_enums_are_checked_by_value_and_class() -> None:
    arguments = {"color": Argument({"type": "string", "enum": ["red", "blue"]}, Color)}
    check_arguments(arguments, {"color": Color.RED})
    assert str(refusal(arguments, {"color": "red"})) == "color must be a Color, got str"
    plain = {"color": Argument({"type": "string", "enum": ["blue"]})}
    assert str(refusal(plain, {"color": "red"})) == "color must be one of ['blue'], got 'red' (enum)"


@pytest.mark.parametrize(
    ("schema", "value", "message"),
    [
        ({"type": "number", "maximum": 1}, 1.5, "x must be <= 1, got 1.5 (maximum)"),
        ({"type": "number", "exclusiveMinimum": 0}, 0, "x must be > 0, got 0 (exclusiveMinimum)"),
        ({"type": "number", "exclusiveMaximum": 1}, 1, "x must be < 1, got 1 (exclusiveMaximum)"),
        ({"type": "number"}, float("nan"), "x must be a finite number, got nan"),
        ({"type": "string", "maxLength": 2}, "abc", "x must be at most 2 characters long, got 3 (maxLength)"),
        ({"const": "a"}, "b", "x must be 'a', got 'b' (const)"),
        ({"type": ["string", "null"]}, 1, "x must be string or null, got int (type)"),
        ({"type": "boolean"}, 1, "x must be boolean, got int (type)"),
        ({"allOf": [{"type": "integer"}, {"minimum": 5}]}, 4, "x must be >= 5, got 4 (minimum)"),
        (
            {"oneOf": [{"type": "integer"}, {"type": "string", "minLength": 2}]},
            "a",
            "x fits none of the 2 schemas (oneOf): x must be integer, got str (type); x must be at least 2",
        ),
        ({"additionalProperties": {"type": "integer"}}, {"k": "v"}, "x.k must be integer, got str (type)"),
    ],
)
def test_keywords(schema: dict[str, Any], value: object, message: str) -> None:
    assert str(refusal({"x": Argument(schema)}, {"x": value})).startswith(message)


def test_any_of_passes_when_one_branch_fits_and_unknown_keywords_are_ignored() -> None:
    arguments = {"x": Argument({"anyOf": [{"type": "integer"}, {"type": "string"}], "pattern": "^z"})}
    check_arguments(arguments, {"x": "a"})


def test_optional_arguments_may_be_left_unset_and_required_ones_not() -> None:
    optional = {"limit": Argument({"type": "integer", "minimum": 1}, required=False)}
    check_arguments(optional, {"limit": None})
    assert str(refusal(optional, {"limit": 0})) == "limit must be >= 1, got 0 (minimum)"
    required = {"limit": Argument({"type": "integer"})}
    assert str(refusal(required, {})) == "limit is required"
    assert str(refusal(required, {"limit": None})) == "limit must be integer, got NoneType (type)"


def test_a_model_that_cannot_serialize_itself_is_a_request_error() -> None:
    class Broken:
        def to_dict(self) -> Any:
            raise AttributeError("'str' object has no attribute 'to_dict'")

    error = refusal({"body": Argument({}, Broken)}, {"body": Broken()})
    assert str(error) == "body cannot be serialized: 'str' object has no attribute 'to_dict'"


def test_check_string_list_accepts_any_iterable() -> None:
    assert check_string_list("ids", ("a", "b"), min_items=1, max_items=2) == ["a", "b"]
    assert check_string_list("ids", iter(["a"])) == ["a"]
    assert check_string_list("ids", []) == []


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ("abc", "ids must be a list of strings, got str"),
        (b"abc", "ids must be a list of strings, got bytes"),
        (5, "ids must be a list of strings, got int"),
        (None, "ids must be a list of strings, got NoneType"),
        (["a", 1], "ids[1] must be a string, got int"),
        (["a", ""], "ids[1] must be a non-empty string"),
        (["  "], "ids[0] must be a non-empty string"),
        ([], "ids must contain at least 1 item(s), got 0"),
        (["x"] * 101, "ids must contain at most 100 items, got 101"),
    ],
)
def test_check_string_list_rejects(values: object, message: str) -> None:
    with pytest.raises(RequestValidationError) as caught:
        check_string_list("ids", values, min_items=1, max_items=100)
    assert str(caught.value) == message
    assert caught.value.field == "ids"


def test_check_positive_number() -> None:
    assert check_positive_number("timeout", 3) == 3.0
    for bad in (0, -1, float("inf"), float("nan"), True, "1"):
        with pytest.raises(RequestValidationError, match="timeout must be"):
            check_positive_number("timeout", bad)
