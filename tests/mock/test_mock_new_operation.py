"""A new operation in the spec is served with no mock code: routing, auth, validation, `Prefer` and a schema-valid
body, in-process and under uvicorn (the "New operation" scenario of issue 12, on a scratch effective spec)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from scripts.mock.app import create_app
from scripts.mock.serving import serve_in_background
from scripts.spec.document import SpecError
from scripts.spec.model import Spec
from scripts.spec.values import operation, success_schema

from .client import AUTH, TOKEN, send
from .scratch_specs import SUMMARY_PATH, with_summary_operation

GOOD_BODY = {"entityIds": [{"bigqueryTable": {"project": "p", "dataset": "d", "table": "t"}}]}
Send = Callable[..., httpx.Response]


@pytest.fixture(scope="module")
def summary_spec(tmp_path_factory: pytest.TempPathFactory) -> Spec:
    return with_summary_operation(tmp_path_factory.mktemp("summary"))


@pytest.fixture(scope="module")
def over_http(summary_spec: Spec) -> Iterator[Send]:
    with (
        serve_in_background(create_app("synq", token=TOKEN, spec=summary_spec)) as url,
        httpx.Client(base_url=url, timeout=10) as http,
    ):
        yield lambda method, path, headers=AUTH, **kwargs: http.request(method, path, headers=headers, **kwargs)


@pytest.fixture(params=["asgi", "uvicorn"])
def call(request: pytest.FixtureRequest, summary_spec: Spec) -> Send:
    if request.param == "uvicorn":
        sender: Send = request.getfixturevalue("over_http")
        return sender
    app = create_app("synq", token=TOKEN, spec=summary_spec)
    return lambda method, path, headers=AUTH, **kwargs: send(app, method, path, headers=headers, **kwargs)


def rpc_status(response: httpx.Response) -> tuple[int, int]:
    assert response.headers["content-type"] == "application/json"
    return response.status_code, int(response.json()["code"])


def test_the_mock_starts_on_a_spec_with_an_operation_it_has_no_handler_for(summary_spec: Spec) -> None:
    app = create_app("synq", token=TOKEN, spec=summary_spec)
    labels = [op.label for op in app.state.service.spec.operations]
    assert labels == [op.label for op in Spec.load("synq").operations] + [f"POST {SUMMARY_PATH}"]


def test_the_new_operation_answers_a_schema_valid_200(call: Send, summary_spec: Spec) -> None:
    response = call("POST", SUMMARY_PATH, json=GOOD_BODY)
    assert response.status_code == 200, response.text
    schema = success_schema(summary_spec, operation(summary_spec, "POST", SUMMARY_PATH))
    assert summary_spec.validator(schema).is_valid(response.json()), response.json()
    assert response.json() == call("POST", SUMMARY_PATH, json=GOOD_BODY).json()  # deterministic


def test_the_new_operation_needs_the_bearer_token(call: Send) -> None:
    response = call("POST", SUMMARY_PATH, json=GOOD_BODY, headers={})
    assert rpc_status(response) == (401, 16)
    assert response.headers["WWW-Authenticate"] == "Bearer"


@pytest.mark.parametrize(
    ("body", "complaint"),
    [({"entityIds": []}, "(minItems)"), ({"entityIds": [{"nope": {}}]}, "(oneOf)"), ({}, "(required)")],
    ids=["no-ids", "unknown-kind", "missing"],
)
def test_the_new_operation_validates_its_body(call: Send, body: Any, complaint: str) -> None:
    response = call("POST", SUMMARY_PATH, json=body)
    assert rpc_status(response) == (400, 3)
    assert complaint in response.json()["message"]


def test_the_new_operation_honours_prefer(call: Send, summary_spec: Spec) -> None:
    unavailable = call("POST", SUMMARY_PATH, json=GOOD_BODY, headers={**AUTH, "Prefer": "code=503"})
    assert rpc_status(unavailable) == (503, 14)
    assert unavailable.headers["Preference-Applied"] == "code=503"
    schema = success_schema(summary_spec, operation(summary_spec, "POST", SUMMARY_PATH))
    bodies = [
        call("POST", SUMMARY_PATH, json=GOOD_BODY, headers={**AUTH, "Prefer": f"dynamic=true, seed={seed}"}).json()
        for seed in range(4)
    ]
    assert all(summary_spec.validator(schema).is_valid(body) for body in bodies)
    assert len({repr(body) for body in bodies}) > 1


def test_the_new_operation_goes_through_fault_injection(call: Send) -> None:
    response = call("POST", SUMMARY_PATH, json=GOOD_BODY, headers={**AUTH, "X-Mock-Fault": "unavailable"})
    assert (rpc_status(response), response.headers["Retry-After"]) == ((503, 14), "1")


def test_a_response_example_is_served_when_it_is_valid(tmp_path: Path) -> None:
    spec = with_summary_operation(tmp_path)
    media = spec.document["paths"][SUMMARY_PATH]["post"]["responses"]["200"]["content"]["application/json"]
    media["examples"] = {"broken": {"value": {"totalExecutions": 7}}, "real": {"value": {"totalExecutions": "7"}}}
    app = create_app("synq", token=TOKEN, spec=Spec(vendor="synq", document=spec.document))
    assert send(app, "POST", SUMMARY_PATH, json=GOOD_BODY).json() == {"totalExecutions": "7"}


def test_a_body_the_builder_cannot_make_is_a_500_at_request_time_not_a_refusal_to_start(tmp_path: Path) -> None:
    spec = with_summary_operation(tmp_path)
    response_schema = spec.document["paths"][SUMMARY_PATH]["post"]["responses"]["200"]["content"]["application/json"]
    response_schema["schema"] = {"type": "object", "required": ["x"], "properties": {"x": {"pattern": "^[0-9]{40}$"}}}
    app = create_app("synq", token=TOKEN, spec=Spec(vendor="synq", document=spec.document))
    response = send(app, "POST", SUMMARY_PATH, json=GOOD_BODY)
    assert rpc_status(response) == (500, 13)
    assert "cannot build" in response.json()["message"]


def test_other_security_schemes_ask_for_the_bearer_token_instead_of_refusing_the_spec(tmp_path: Path) -> None:
    document = with_summary_operation(tmp_path).document
    document["components"]["securitySchemes"]["oauth"] = {
        "type": "oauth2",
        "flows": {"clientCredentials": {"tokenUrl": "https://developer.synq.io/oauth2/token", "scopes": {}}},
    }
    document["paths"][SUMMARY_PATH]["post"]["security"] = [{"oauth": []}]
    try:
        app = create_app("synq", token=TOKEN, spec=Spec(vendor="synq", document=document))
    except SpecError as error:  # the old mock refused any scheme but HTTP bearer
        pytest.fail(f"the mock refused a valid spec: {error}")
    assert send(app, "POST", SUMMARY_PATH, json=GOOD_BODY, headers={}).status_code == 401
    assert send(app, "POST", SUMMARY_PATH, json=GOOD_BODY).status_code == 200


def test_an_operation_with_its_own_error_model_answers_its_errors_in_that_model(tmp_path: Path) -> None:
    """`Prefer: code=`, a refused request and a missing token answer the schema the operation declares for that
    status, not the vendor's usual error body; a status it documents with the usual body keeps it."""
    document = with_summary_operation(tmp_path).document
    problem = {"type": "object", "required": ["title"], "properties": {"title": {"type": "string"}}}
    document["components"]["schemas"]["Problem"] = problem
    own = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}
    responses = document["paths"][SUMMARY_PATH]["post"]["responses"]
    for status in ("400", "401", "404"):
        responses[status] = {"description": "Their own error model.", **own}
    spec = Spec(vendor="synq", document=document)
    app = create_app("synq", token=TOKEN, spec=spec)
    answers = [
        send(app, "POST", SUMMARY_PATH, json=GOOD_BODY, headers={**AUTH, "Prefer": "code=404"}),
        send(app, "POST", SUMMARY_PATH, json={}),
        send(app, "POST", SUMMARY_PATH, json=GOOD_BODY, headers={}),
    ]
    assert [answer.status_code for answer in answers] == [404, 400, 401]
    for answer in answers:
        assert spec.validator("/components/schemas/Problem").is_valid(answer.json()), answer.json()
    assert rpc_status(send(app, "POST", SUMMARY_PATH, json=GOOD_BODY, headers={**AUTH, "Prefer": "code=503"})) == (
        503,
        14,
    )
