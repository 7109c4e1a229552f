"""Body → model without escaping parser errors, and argument checks that name the field and the limit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx
import pytest

from scripts.codegen.core.exceptions import RequestValidationError, ResponseValidationError
from scripts.codegen.core.parsing import json_object, parse_error_model, parse_model
from scripts.codegen.core.validation import check_non_negative_int, check_positive_number, check_string_list

REQUEST = httpx.Request("GET", "https://api.example.com/api/v1/runs/1")


class Model:
    def __init__(self, id: int) -> None:
        self.id = id

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Model:
        d = dict(src)
        return cls(id=int(d.pop("id")))


def response(status: int = 200, **kwargs: Any) -> httpx.Response:
    return httpx.Response(status, request=REQUEST, **kwargs)


def test_parse_model() -> None:
    assert parse_model(response(json={"id": 3}), Model.from_dict).id == 3


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        (
            {"text": "<html>oops</html>", "headers": {"content-type": "text/html"}},
            "the body is not JSON (text/html, 17 bytes)",
        ),
        ({"content": b"\xff\xfe\x00"}, "the body is not JSON"),
        ({"json": [1, 2]}, "expected a JSON object, got list"),
        ({"content": b"null"}, "expected a JSON object, got NoneType"),
        ({"content": b""}, "the body is not JSON (no content type, 0 bytes)"),
        ({"content": b"[" * 100_000 + b"]" * 100_000}, "the body is nested too deeply to decode"),
        ({"json": {}}, "does not match the API description (KeyError: 'id')"),
        ({"json": {"id": "x"}}, "does not match the API description (ValueError:"),
        ({"json": {"id": [1]}}, "does not match the API description (TypeError:"),
    ],
)
def test_bad_bodies_raise_response_validation_error(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ResponseValidationError) as caught:
        parse_model(response(**kwargs), Model.from_dict)
    assert str(caught.value).startswith("200 OK from GET https://api.example.com/api/v1/runs/1: ")
    assert message in str(caught.value)
    assert caught.value.status_code == 200


def test_json_object() -> None:
    assert json_object(response(json={"a": 1})) == {"a": 1}


def test_parse_error_model_returns_none_instead_of_raising() -> None:
    assert parse_error_model(response(404, text="not found"), Model.from_dict) is None
    assert parse_error_model(response(404, json={"nope": 1}), Model.from_dict) is None
    parsed = parse_error_model(response(404, json={"id": 9}), Model.from_dict)
    assert parsed is not None
    assert parsed.id == 9


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


def test_check_non_negative_int() -> None:
    assert check_non_negative_int("run_id", 0) == 0
    assert check_non_negative_int("run_id", 2**40) == 2**40


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (True, "run_id must be an integer, got bool"),
        ("12", "run_id must be an integer, got str"),
        (1.0, "run_id must be an integer, got float"),
        (None, "run_id must be an integer, got NoneType"),
        (-1, "run_id must be >= 0, got -1"),
    ],
)
def test_check_non_negative_int_rejects(value: object, message: str) -> None:
    with pytest.raises(RequestValidationError) as caught:
        check_non_negative_int("run_id", value)
    assert str(caught.value) == message
    assert caught.value.field == "run_id"


def test_check_positive_number() -> None:
    assert check_positive_number("timeout", 3) == 3.0
    for bad in (0, -1, float("inf"), float("nan"), True, "1"):
        with pytest.raises(RequestValidationError, match="timeout must be"):
            check_positive_number("timeout", bad)
