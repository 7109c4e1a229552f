"""A 2xx body the generated parser refuses becomes a ResponseValidationError that says why, never a parser error."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx
import pytest
from synq_coalesce_core.exceptions import ResponseValidationError
from synq_coalesce_core.parsing import MODEL_ERRORS, response_json, undocumented_success, unparsable_body

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


def parse(response: httpx.Response) -> Model:
    """What a generated `_parse_success` does."""
    try:
        return Model.from_dict(response_json(response))
    except MODEL_ERRORS as error:
        raise unparsable_body(response, error) from error


def test_a_fitting_body_parses() -> None:
    assert parse(response(json={"id": 3})).id == 3


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        (
            {"text": "<html>oops</html>", "headers": {"content-type": "text/html"}},
            "the body is not JSON (text/html, 17 bytes)",
        ),
        ({"content": b"\xff\xfe\x00"}, "the body is not JSON"),
        ({"json": [1, 2]}, "does not match the API description (TypeError:"),
        ({"content": b"null"}, "does not match the API description (TypeError:"),
        ({"content": b""}, "the body is not JSON (no content type, 0 bytes)"),
        ({"content": b"[" * 100_000 + b"]" * 100_000}, "the body is nested too deeply to decode"),
        ({"json": {}}, "does not match the API description (KeyError: 'id')"),
        ({"json": {"id": "x"}}, "does not match the API description (ValueError:"),
        ({"json": {"id": [1]}}, "does not match the API description (TypeError:"),
    ],
)
def test_bad_bodies_raise_response_validation_error(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ResponseValidationError) as caught:
        parse(response(**kwargs))
    assert str(caught.value).startswith("200 OK from GET https://api.example.com/api/v1/runs/1: ")
    assert message in str(caught.value)
    assert caught.value.status_code == 200


def test_an_undeclared_2xx_status_names_it() -> None:
    error = undocumented_success(response(202, json={"id": 1}))
    assert str(error) == (
        "202 Accepted from GET https://api.example.com/api/v1/runs/1: the API description declares no 202 response"
    )
    assert error.status_code == 202
