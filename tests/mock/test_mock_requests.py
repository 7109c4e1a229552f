"""Request handling: routing, authentication, validation and `Prefer`, each answered in the vendor's shape."""

from __future__ import annotations

import re
from typing import Any

import pytest

from scripts.mock.app import MAX_BODY_BYTES, create_app
from scripts.mock.seeds import SYNQ_OPERATION, seed_records
from scripts.spec.model import Spec
from scripts.spec.values import operation as find_operation

from .client import AUTH, SYNQ_PATH, batch_get, get_run, max_ids, run_path, send

JSON = {"Content-Type": "application/json"}


def grpc_code(response: Any) -> int:
    body = response.json()
    assert set(body) == {"code", "message", "details"}, body
    return int(body["code"])


def coalesce_error(response: Any) -> str:
    error = response.json()["error"]
    assert error["errorString"].startswith(f"{response.status_code}: "), error
    return str(error["errorDetail"])


# ---------------------------------------------------------------- authentication


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer wrong"}, {"Authorization": "Basic dW5pdC10b2tlbg=="}, {"Authorization": "Bearer"}],
    ids=["missing", "wrong-token", "basic-scheme", "empty-bearer"],
)
def test_bad_credentials_get_the_documented_401(synq_app: Any, coalesce_app: Any, headers: dict[str, str]) -> None:
    synq = batch_get(synq_app, ["exec-001"], headers=headers)
    assert (synq.status_code, grpc_code(synq)) == (401, 16)  # UNAUTHENTICATED
    assert synq.headers["WWW-Authenticate"] == "Bearer"
    coalesce = get_run(coalesce_app, 1, headers=headers)
    assert coalesce.status_code == 401
    assert "bearer token" in coalesce_error(coalesce)


def test_the_bearer_scheme_is_case_insensitive(synq_app: Any) -> None:
    assert batch_get(synq_app, ["exec-001"], headers={"Authorization": "bearer unit-token"}).status_code == 200


def test_the_token_is_configurable() -> None:
    app = create_app("coalesce", token="other")
    assert get_run(app, 1, headers={"Authorization": "Bearer other"}).status_code == 200
    assert get_run(app, 1).status_code == 401


# ---------------------------------------------------------------- SYNQ request validation


@pytest.mark.parametrize(
    ("body", "complaint"),
    [
        ({"executionIds": []}, "minItems"),
        ({"executionIds": [f"id-{n}" for n in range(101)]}, "maxItems"),
        ({"executionIds": ["ok", 7]}, "type"),
        ({"executionIds": ["ok", ""]}, "minLength"),
        ({"executionIds": "exec-001"}, "type"),
        ({}, "required"),
        ([], "type"),
    ],
    ids=["empty", "101-ids", "non-string-id", "empty-id", "not-a-list", "missing", "not-an-object"],
)
def test_invalid_batch_requests_get_invalid_argument(synq_app: Any, body: object, complaint: str) -> None:
    response = send(synq_app, "POST", SYNQ_PATH, json=body)
    assert (response.status_code, grpc_code(response)) == (400, 3)  # INVALID_ARGUMENT
    assert f"({complaint})" in response.json()["message"]


@pytest.mark.parametrize(
    ("content", "headers", "complaint"),
    [
        (b'{"executionIds": ["a"', JSON, "not valid JSON"),
        (b'{"executionIds": [NaN]}', JSON, "not valid JSON"),
        (b'{"executionIds": ["a"], "executionIds": ["b"]}', JSON, "duplicate key"),
        (b'{"executionIds": ["\xff"]}', JSON, "not valid JSON"),
        (b"[" * 100_000, JSON, "not valid JSON"),
        (b"", JSON, "body is required"),
        (b'{"executionIds": ["a"]}', {"Content-Type": "text/plain"}, "unsupported content type"),
        (b'{"executionIds": ["a"]}', {}, "unsupported content type"),
        (b" " * (MAX_BODY_BYTES + 1), JSON, "larger than"),
    ],
    ids=["truncated", "nan", "duplicate-key", "not-utf8", "deep-nesting", "empty", "text-plain", "no-type", "too-big"],
)
def test_malformed_batch_bodies_get_invalid_argument(
    synq_app: Any, content: bytes, headers: dict[str, str], complaint: str
) -> None:
    response = send(synq_app, "POST", SYNQ_PATH, content=content, headers={**AUTH, **headers})
    assert (response.status_code, grpc_code(response)) == (400, 3)
    assert complaint in response.json()["message"]


def test_a_json_content_type_with_parameters_is_accepted(synq_app: Any) -> None:
    headers = {**AUTH, "Content-Type": "application/json; charset=utf-8"}
    assert (
        send(synq_app, "POST", SYNQ_PATH, content=b'{"executionIds": ["exec-001"]}', headers=headers).status_code == 200
    )


def test_exactly_max_items_ids_are_accepted_and_unknown_ids_are_absent(synq_app: Any) -> None:
    wanted = ["exec-001", "exec-002", *[f"unknown-{n}" for n in range(max_ids() - 2)]]
    response = batch_get(synq_app, wanted)
    assert response.status_code == 200
    assert sorted(response.json()["executions"]) == ["exec-001", "exec-002"]


def test_unknown_request_fields_are_handled_as_the_spec_says(synq_app: Any, synq_spec: Spec) -> None:
    operation = find_operation(synq_spec, *SYNQ_OPERATION)
    assert operation.request_body is not None
    schema = synq_spec.schema(operation.request_body.media_types["application/json"] or "")
    response = send(synq_app, "POST", SYNQ_PATH, json={"executionIds": ["exec-001"], "unknownField": 1})
    if schema.get("additionalProperties") is False:
        assert (response.status_code, grpc_code(response)) == (400, 3)
        assert "(additionalProperties)" in response.json()["message"]
    else:
        assert (response.status_code, list(response.json()["executions"])) == (200, ["exec-001"])


def test_no_known_id_is_an_empty_map_not_an_error(synq_app: Any) -> None:
    response = batch_get(synq_app, ["nope", "exec-999"])
    assert (response.status_code, response.json()) == (200, {"executions": {}})


# ---------------------------------------------------------------- Coalesce request validation


ARABIC_INDIC_ONE = "\u0661"


@pytest.mark.parametrize("run_id", ["abc", "1.5", "%201", "1_000", "+1", "0x1", ARABIC_INDIC_ONE, "-1"])
def test_run_ids_the_spec_rejects_get_400(coalesce_app: Any, run_id: str) -> None:
    """Not an integer, or (`minimum: 0` from the Coalesce overlay) negative."""
    response = get_run(coalesce_app, run_id)
    assert response.status_code == 400
    assert "runID" in coalesce_error(response)


@pytest.mark.parametrize("after_the_seeds", [0, 1, 10**30])
def test_unknown_run_ids_get_404(coalesce_app: Any, after_the_seeds: int) -> None:
    """Run 0 (the seeds count from 1), and IDs past the seeds' highest (how many runs are seeded follows the spec)."""
    run_id = after_the_seeds and max(map(int, seed_records(Spec.load("coalesce")))) + after_the_seeds
    response = get_run(coalesce_app, run_id)
    assert response.status_code == 404
    assert coalesce_error(response) == f"404: Run {run_id} was not found."


# ---------------------------------------------------------------- routing


def unrouted_paths(vendor: str) -> list[str]:
    """The root, and each route of the spec with a trailing slash or an extra segment, where no route of the spec
    matches that shape (a path parameter matches one non-empty segment, as the mock routes)."""
    templates = [op.path for op in Spec.load(vendor).operations]
    shapes = [re.compile(re.sub(r"\\{[^}]*\\}", "[^/]+", re.escape(path)) + "$") for path in templates]
    candidates = ["/"] + [re.sub(r"\{[^}]*\}", "1", path) + tail for path in templates for tail in ("/", "/extra")]
    return [path for path in candidates if not any(shape.match(path) for shape in shapes)]


def test_unknown_paths_get_404_in_the_vendor_shape(synq_app: Any, coalesce_app: Any) -> None:
    synq_paths, coalesce_paths = unrouted_paths("synq"), unrouted_paths("coalesce")
    assert "/" in coalesce_paths and len(coalesce_paths) > 1 and len(synq_paths) > 1
    for path in synq_paths:
        synq = send(synq_app, "POST", path)
        assert (synq.status_code, grpc_code(synq)) == (404, 5), path
    for path in coalesce_paths:
        response = send(coalesce_app, "GET", path)
        assert response.status_code == 404, path
        coalesce_error(response)


@pytest.mark.parametrize("method", ["GET", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "QUERY", "BREW"])
def test_undocumented_methods_get_405_with_allow(synq_app: Any, coalesce_app: Any, method: str) -> None:
    synq = send(synq_app, method, SYNQ_PATH)
    assert (synq.status_code, synq.headers["Allow"], grpc_code(synq)) == (405, "POST", 12)  # UNIMPLEMENTED
    if method != "GET":
        coalesce = send(coalesce_app, method, run_path(1))
        assert (coalesce.status_code, coalesce.headers["Allow"]) == (405, "GET, HEAD")
        coalesce_error(coalesce)


def test_method_is_checked_before_auth(coalesce_app: Any) -> None:
    assert send(coalesce_app, "DELETE", run_path(1), headers={}).status_code == 405


def test_head_answers_like_get_without_a_body(coalesce_app: Any) -> None:
    response = send(coalesce_app, "HEAD", run_path(1))
    assert (response.status_code, response.content) == (200, b"")
    assert response.headers["Content-Type"] == "application/json"


# ---------------------------------------------------------------- Prefer


def test_prefer_code_returns_that_documented_status(coalesce_app: Any) -> None:
    response = get_run(coalesce_app, 1, headers={**AUTH, "Prefer": "code=503"})
    assert response.status_code == 503
    assert "Prefer: code=503" in coalesce_error(response)
    assert response.headers["Preference-Applied"] == "code=503"


def test_prefer_code_200_for_an_unknown_run_returns_a_static_run(coalesce_app: Any) -> None:
    response = get_run(coalesce_app, 424242, headers={**AUTH, "Prefer": "code=200"})
    assert response.status_code == 200
    assert {"id", "runDetails", "runStatus", "runType", "runTimeParameters"} <= set(response.json())


def test_prefer_code_must_be_documented(coalesce_app: Any, synq_app: Any) -> None:
    response = get_run(coalesce_app, 1, headers={**AUTH, "Prefer": "code=418"})
    assert response.status_code == 400
    assert "not documented" in coalesce_error(response)
    teapot = batch_get(synq_app, ["exec-001"], headers={**AUTH, "Prefer": "code=418"})
    assert (teapot.status_code, grpc_code(teapot)) == (418, 2)  # SYNQ documents `default`: any status goes


def test_prefer_does_not_bypass_auth_or_validation(synq_app: Any) -> None:
    assert batch_get(synq_app, ["a"], headers={"Prefer": "code=200"}).status_code == 401
    assert batch_get(synq_app, [], headers={**AUTH, "Prefer": "code=200"}).status_code == 400


@pytest.mark.parametrize("value", ["code=abc", "code=99", "code=600", "dynamic=maybe", "seed=x", "=1"])
def test_a_malformed_prefer_header_gets_400(synq_app: Any, value: str) -> None:
    response = batch_get(synq_app, ["exec-001"], headers={**AUTH, "Prefer": value})
    assert (response.status_code, grpc_code(response)) == (400, 3)
    assert "Prefer" in response.json()["message"]


def test_unknown_preferences_are_ignored(synq_app: Any) -> None:
    response = batch_get(synq_app, ["exec-001"], headers={**AUTH, "Prefer": "return=minimal; respond-async"})
    assert response.status_code == 200
    assert "Preference-Applied" not in response.headers


def test_prefer_dynamic_is_deterministic_per_seed(synq_app: Any) -> None:
    def body(prefer: str) -> Any:
        response = batch_get(synq_app, ["exec-001"], headers={**AUTH, "Prefer": prefer})
        assert response.status_code == 200
        return response.json()

    assert body("dynamic=true, seed=7") == body("dynamic=true;seed=7")
    assert body("dynamic=true, seed=7") != body("dynamic=true, seed=8")
    assert body("dynamic=true") == body("dynamic=true, seed=0")
    assert body("dynamic=false") == body("")


def test_unknown_vendor_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown vendor"):
        create_app("acme")


@pytest.mark.parametrize("suffix", ["%3Fx", "%23x", "%2F2"])
def test_encoded_delimiters_stay_part_of_the_run_id(coalesce_app: Any, suffix: str) -> None:
    assert get_run(coalesce_app, f"1{suffix}").status_code in (400, 404)


START_RUN = "/scheduler/startRun"


def start_run_body(credentials: dict[str, Any]) -> dict[str, Any]:
    return {"runDetails": {"environmentID": "3"}, "userCredentials": credentials}


def secret_credential_fields(spec: Spec) -> list[str]:
    fields = spec.schema("/components/schemas/RunUserCredentials")["properties"]
    marked = sorted(spec.secret_names & fields.keys())
    assert marked, "the effective spec marks no userCredentials field secret"
    return marked


def test_the_mock_never_echoes_a_secret_field_it_refuses() -> None:
    """A secret field (`format: password`) of the wrong type: the 400 names the field, never the value."""
    spec = Spec.load("coalesce")
    app = create_app("coalesce", token=AUTH["Authorization"].split()[1])
    for index, name in enumerate(secret_credential_fields(spec)):
        value = 9_000_000_001 + index  # not a string: the one thing wrong with the body
        response = send(app, "POST", START_RUN, json=start_run_body({name: value, "snowflakeUsername": "u"}))
        assert response.status_code == 400
        assert f"$.userCredentials.{name}" in response.text and str(value) not in response.text


def test_the_mock_never_echoes_a_secret_inside_an_object_it_quotes() -> None:
    """An error about the object that holds the secret quotes the object: the secret is cut out of the quote."""
    spec = Spec.load("coalesce")
    document = spec.document | {"components": {**spec.document["components"]}}
    schemas = document["components"]["schemas"] = dict(spec.document["components"]["schemas"])
    schemas["RunUserCredentials"] = {**schemas["RunUserCredentials"], "minProperties": 9}  # the object is at fault
    app = create_app("coalesce", token=AUTH["Authorization"].split()[1], spec=Spec("coalesce", document))
    for name in secret_credential_fields(spec):  # one at a time: a short object is quoted whole (a long one is not)
        response = send(app, "POST", START_RUN, json=start_run_body({name: "pw-SECRET"}))
        assert response.status_code == 400 and "minProperties" in response.text
        assert "<secret>" in response.text and "pw-SECRET" not in response.text
