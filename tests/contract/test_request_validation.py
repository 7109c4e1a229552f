"""Every request the clients send is valid against the effective spec, checked by a JSON Schema validator.

The clients (the facades and the generated functions, sync and async) send through a recording transport; each
recorded request is matched to the spec's operation by method and path template, and then its path parameters,
content type, JSON body and bearer header are checked against what the spec declares. Inputs come from Hypothesis,
across the whole valid range (1 to maxItems IDs of any non-blank text, any non-negative run ID).
"""

from __future__ import annotations

import asyncio
import json
import re
from typing import Any

import httpx
import pytest
from coalesce_client import AsyncCoalesceClient, CoalesceClient, NotFoundError
from coalesce_client.api.runs import get_run
from coalesce_client.client import AuthenticatedClient as CoalesceAuthenticatedClient
from hypothesis import given
from hypothesis import strategies as st
from jsonschema import Draft202012Validator, FormatChecker  # type: ignore[import-untyped]
from synq_client import MAX_IDS_PER_REQUEST, AsyncSynqClient, SynqClient
from synq_client.api.executions import batch_get_executions
from synq_client.client import AuthenticatedClient as SynqAuthenticatedClient
from synq_client.models import BatchGetExecutionsRequest

from .spec_bodies import JSON, SpecDoc

TOKEN = "request-validation-token"
SYNQ_URL = "https://synq.test"
COALESCE_URL = "https://coalesce.test"
NOT_FOUND = {"error": {"errorString": "not found"}}

IDS = st.lists(
    st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=40).filter(str.strip),
    min_size=1,
    max_size=MAX_IDS_PER_REQUEST,  # the spec's executionIds maxItems
)
RUN_IDS = st.integers(min_value=0, max_value=2**63 - 1)


class Recorder:
    """An httpx transport (sync and async) that keeps every request and answers with a fixed response."""

    def __init__(self, status: int, body: Any) -> None:
        self.requests: list[httpx.Request] = []
        self.transport = httpx.MockTransport(self._answer)
        self._status, self._body = status, body

    def _answer(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        return httpx.Response(self._status, json=self._body)


def problems(spec: SpecDoc, request: httpx.Request) -> list[str]:
    """What is wrong with `request` according to the spec; empty when it is valid."""
    found = []
    for template, item in spec.document["paths"].items():
        names = re.findall(r"{([^}]+)}", template)
        pattern = "^" + re.sub(r"{[^}]+}", "([^/]+)", re.escape(template).replace(r"\{", "{").replace(r"\}", "}")) + "$"
        match = re.match(pattern, request.url.path)
        if match and request.method.lower() in item:
            found.append((template, request.method.lower(), dict(zip(names, match.groups(), strict=True))))
    if len(found) != 1:
        return [f"{request.method} {request.url.path} matches no documented operation"]
    template, method, path_values = found[0]
    operation = spec.operation(method, template)
    issues: list[str] = []
    for parameter in (spec.resolve(p) for p in operation.get("parameters", [])):
        if parameter["in"] != "path":
            continue
        raw = path_values[parameter["name"]]
        value: Any = int(raw) if parameter["schema"].get("type") == "integer" and re.fullmatch(r"-?\d+", raw) else raw
        issues += [
            f"path {parameter['name']}={raw!r}: {e.message}" for e in _schema_errors(spec, parameter["schema"], value)
        ]
    body = operation.get("requestBody")
    if body is None:
        if request.content:
            issues.append("a body was sent where the spec declares none")
    else:
        media = request.headers.get("content-type", "").split(";")[0].strip()
        if media not in body["content"]:
            issues.append(f"content type {media!r} is not one of {list(body['content'])}")
        else:
            document = json.loads(request.content)
            issues += [f"body: {e.message}" for e in _schema_errors(spec, body["content"][media]["schema"], document)]
    if spec.document.get("security") == [{"bearerAuth": []}] and not re.fullmatch(
        r"Bearer \S+", request.headers.get("authorization", "")
    ):
        issues.append("no bearer token in the Authorization header")
    return issues


def _schema_errors(spec: SpecDoc, schema: dict[str, Any], instance: Any) -> list[Any]:
    if "$ref" in schema:
        return list(spec.validator(schema["$ref"][1:]).iter_errors(instance))
    validator = Draft202012Validator(schema, registry=spec.registry, format_checker=FormatChecker())
    return list(validator.iter_errors(instance))


@pytest.fixture(scope="module")
def synq_spec() -> SpecDoc:
    return SpecDoc.load("synq")


@pytest.fixture(scope="module")
def coalesce_spec() -> SpecDoc:
    return SpecDoc.load("coalesce")


def assert_all_valid(spec: SpecDoc, requests: list[httpx.Request], expected: int) -> None:
    assert len(requests) == expected
    for request in requests:
        assert problems(spec, request) == [], request


# ---------------------------------------------------------------- the checker itself can fail


BY_ID = f"{SYNQ_URL}/api/executions/v2/by-id"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
INVALID = {
    "no IDs": ("synq", httpx.Request("POST", BY_ID, json={"executionIds": []}, headers=AUTH)),
    "101 IDs": ("synq", httpx.Request("POST", BY_ID, json={"executionIds": ["a"] * 101}, headers=AUTH)),
    "empty ID": ("synq", httpx.Request("POST", BY_ID, json={"executionIds": [""]}, headers=AUTH)),
    "wrong field": ("synq", httpx.Request("POST", BY_ID, json={"ids": ["a"]}, headers=AUTH)),
    "text body": ("synq", httpx.Request("POST", BY_ID, content=b"a", headers={**AUTH, "content-type": "text/plain"})),
    "GET": ("synq", httpx.Request("GET", BY_ID, headers=AUTH)),
    "no token": ("synq", httpx.Request("POST", BY_ID, json={"executionIds": ["a"]})),
    "run ID not an integer": ("coalesce", httpx.Request("GET", f"{COALESCE_URL}/api/v1/runs/abc", headers=AUTH)),
    "negative run ID": ("coalesce", httpx.Request("GET", f"{COALESCE_URL}/api/v1/runs/-1", headers=AUTH)),
    "undocumented path": ("coalesce", httpx.Request("GET", f"{COALESCE_URL}/api/v1/run/1", headers=AUTH)),
}


@pytest.mark.parametrize("case", list(INVALID))
def test_checker_rejects_invalid_requests(case: str) -> None:
    vendor, request = INVALID[case]
    assert problems(SpecDoc.load(vendor), request), "the checker accepted an invalid request"


# ---------------------------------------------------------------- SYNQ


@given(ids=IDS)
def test_synq_facade_requests_are_valid(synq_spec: SpecDoc, ids: list[str]) -> None:
    recorder = Recorder(200, {})
    with (
        httpx.Client(transport=recorder.transport) as http,
        SynqClient(TOKEN, base_url=SYNQ_URL, http_client=http) as synq,
    ):
        synq.batch_get_executions(body=BatchGetExecutionsRequest(execution_ids=ids))
    assert_all_valid(synq_spec, recorder.requests, 1)


@given(count=st.integers(min_value=1, max_value=450))
def test_synq_batches_are_valid(synq_spec: SpecDoc, count: int) -> None:
    recorder = Recorder(200, {})

    async def go() -> None:
        async with (
            httpx.AsyncClient(transport=recorder.transport) as http,
            AsyncSynqClient(TOKEN, base_url=SYNQ_URL, http_client=http) as synq,
        ):
            await synq.get_executions([f"id-{n}" for n in range(count)], concurrency=3)

    asyncio.run(go())
    assert_all_valid(synq_spec, recorder.requests, -(-count // MAX_IDS_PER_REQUEST))


@given(ids=IDS)
def test_synq_generated_function_requests_are_valid(synq_spec: SpecDoc, ids: list[str]) -> None:
    recorder = Recorder(200, {})
    client = SynqAuthenticatedClient(base_url=SYNQ_URL, token=TOKEN, httpx_args={"transport": recorder.transport})
    with client:
        batch_get_executions.sync_detailed(client=client, body=BatchGetExecutionsRequest(execution_ids=ids))
    assert_all_valid(synq_spec, recorder.requests, 1)


# ---------------------------------------------------------------- Coalesce


def _each_coalesce_way(run_id: int, recorder: Recorder) -> None:
    with (
        httpx.Client(transport=recorder.transport) as http,
        CoalesceClient(TOKEN, base_url=COALESCE_URL, http_client=http, max_retries=0) as coalesce,
        pytest.raises(NotFoundError),
    ):
        coalesce.get_run(run_id)

    async def go() -> None:
        async with (
            httpx.AsyncClient(transport=recorder.transport) as http,
            AsyncCoalesceClient(TOKEN, base_url=COALESCE_URL, http_client=http, max_retries=0) as coalesce,
        ):
            with pytest.raises(NotFoundError):
                await coalesce.get_run(run_id)

    asyncio.run(go())
    low_level = CoalesceAuthenticatedClient(
        base_url=COALESCE_URL, token=TOKEN, httpx_args={"transport": recorder.transport}
    )
    with low_level:
        get_run.sync_detailed(run_id, client=low_level)


@given(run_id=RUN_IDS)
def test_coalesce_requests_are_valid(coalesce_spec: SpecDoc, run_id: int) -> None:
    recorder = Recorder(404, NOT_FOUND)
    _each_coalesce_way(run_id, recorder)
    assert_all_valid(coalesce_spec, recorder.requests, 3)
    assert {request.url.path for request in recorder.requests} == {f"/api/v1/runs/{run_id}"}


def test_json_is_the_only_request_media_type(synq_spec: SpecDoc) -> None:
    body = synq_spec.operation("post", "/api/executions/v2/by-id")["requestBody"]
    assert list(body["content"]) == [JSON]
