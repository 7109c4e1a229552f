"""Hostile requests: the mock answers every one with a 4xx in the vendor's documented error shape, never a 500,
never a hang. A targeted set (malformed JSON, wrong content types, oversize and deeply nested bodies, unicode edge
cases, absurd path parameters), in-process and under uvicorn, plus schemathesis in negative mode."""

from __future__ import annotations

import asyncio
import functools
import json
import re
import socket
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from schemathesis import BaseSchema, GenerationMode
from schemathesis.core.control import SkipTest
from schemathesis.generation.meta import CONTENT_TYPE_PROBES, coverage_scenario

from scripts.mock import prefer
from scripts.mock.app import MAX_BODY_BYTES, create_app
from scripts.mock.seeds import COALESCE_OPERATION, SYNQ_OPERATION
from scripts.mock.serving import serve_in_background
from scripts.spec.document import effective_spec_path
from scripts.spec.model import OperationSpec, Spec
from scripts.spec.values import operation as find_operation
from tests.contract.budget import scaled
from tests.contract.harness import operation_labels, operation_test
from tests.contract.schemas import spec_schema
from tests.paths import ROOT

from .client import AUTH, SYNQ_PATH, TOKEN, run_path

BOUND = 10.0  # seconds: an answer slower than this is a hang
JSON = {**AUTH, "Content-Type": "application/json"}
DEEP = 100_000

BAD_BODIES: dict[str, bytes] = {
    "empty": b"",
    "whitespace": b"   \n",
    "truncated": b'{"executionIds": ["exec-001"',
    "trailing-garbage": b'{"executionIds": ["exec-001"]} x',
    "trailing-nul": b'{"executionIds": ["exec-001"]}\x00',
    "single-quotes": b"{'executionIds': ['exec-001']}",
    "nan": b'{"executionIds": [NaN]}',
    "infinity": b'{"executionIds": ["a"], "x": Infinity}',
    "duplicate-key": b'{"executionIds": ["a"], "executionIds": ["b"]}',
    "bom": b'\xef\xbb\xbf{"executionIds": ["exec-001"]}',
    "utf-16": '{"executionIds": ["exec-001"]}'.encode("utf-16"),
    "latin-1": '{"executionIds": ["café"]}'.encode("latin-1"),
    "invalid-utf-8": b'{"executionIds": ["\xff\xfe"]}',
    "overlong-utf-8": b'{"executionIds": ["\xc0\xaf"]}',
    "utf-8-surrogate": b'{"executionIds": ["\xed\xa0\x80"]}',
    "lone-surrogate-escape": b'{"executionIds": ["\\ud800"]}',
    "lone-low-surrogate-escape": b'{"executionIds": ["a\\udfffb"]}',
    "huge-integer": b'{"executionIds": [' + b"9" * 5000 + b"]}",
    "array-not-object": b'["exec-001"]',
    "string-not-array": b'{"executionIds": "exec-001"}',
    "null-ids": b'{"executionIds": null}',
    "no-ids": b"{}",
    "empty-ids": b'{"executionIds": []}',
    "empty-string-id": b'{"executionIds": [""]}',
    "101-ids": b'{"executionIds": [' + b",".join([b'"a"'] * 101) + b"]}",
    "deep-array": b"[" * DEEP + b"]" * DEEP,
    "deep-object": b'{"a":' * DEEP + b"1" + b"}" * DEEP,
    "deep-ids": b'{"executionIds": ' + b"[" * DEEP + b"]" * DEEP + b"}",
    "deep-unknown-member": b'{"executionIds": ["a"], "x": ' + b"[" * 5000 + b"]" * 5000 + b"}",
    "oversize": b'{"executionIds": ["' + b"x" * MAX_BODY_BYTES + b'"]}',
}
BAD_CONTENT_TYPES = [
    "text/plain",
    "application/x-www-form-urlencoded",
    "multipart/form-data; boundary=x",
    "application/xml",
    "application/jsonx",
    "application/json-patch+json",
    "",
]
RUN_PATH_CANDIDATES = [
    run_path("-1"),
    run_path("1.5"),
    run_path("1e3"),
    run_path("0x10"),
    run_path("+1"),
    run_path(" 1"),
    run_path("9" * 5000),
    run_path("%00"),
    run_path("%ff"),
    run_path("%F0%9F%98%80"),
    run_path("%EF%BC%91"),  # fullwidth digit one
    run_path("%D9%A3"),  # Arabic-Indic digit three
    run_path("%E2%80%AE1"),  # right-to-left override
    run_path("%ud800"),
    run_path("1%2F2"),
    run_path("true"),
    run_path("null"),
    "/api/v1/runs/",
    "/api/v1/runs",
    "/api/v1/" + "a/" * 2000,
]
LITERAL_ROUTES = {op.path for op in Spec.load("coalesce").operations if "{" not in op.path}
BAD_RUN_PATHS = [path for path in RUN_PATH_CANDIDATES if path not in LITERAL_ROUTES]
"""The candidates that are not a route of the spec: the run path without its ID is the run list's route once the
vendor documents one, and a route is not bad input."""


def documented_4xx(vendor: str, response: httpx.Response) -> None:
    """A 4xx whose body validates against the operation's documented error schema (its own status, else 400's)."""
    documented_error(vendor, response.status_code, response.headers.get("content-type", ""), response.content)


@functools.cache
def loaded_spec(vendor: str) -> Spec:
    """One Spec per vendor for the checks of every answer (its validators are built once)."""
    return Spec.load(vendor)


def documented_error(
    vendor: str, status: int, content_type: str, content: bytes, operation: OperationSpec | None = None
) -> None:
    """A 4xx in the error schema `operation` lists for the status; for a status it does not list (a 401 or 405 it
    cannot avoid), the vendor's error shape: what the vendor's first operation lists for it, else for 400."""
    assert 400 <= status < 500, (status, content[:300])
    spec = loaded_spec(vendor)
    home = find_operation(spec, *(SYNQ_OPERATION if vendor == "synq" else COALESCE_OPERATION))
    documented = (operation and operation.response_for(status)) or home.response_for(status) or home.response_for(400)
    assert documented is not None and documented.schema is not None
    assert content_type.startswith("application/json")
    body: Any = json.loads(content)
    assert spec.validator(documented.schema).is_valid(body), body


async def _bounded(app: Any, method: str, path: str, **kwargs: Any) -> httpx.Response:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://mock.test") as http:
        return await asyncio.wait_for(http.request(method, path, **kwargs), BOUND)


def send(app: Any, method: str, path: str, **kwargs: Any) -> httpx.Response:
    return asyncio.run(_bounded(app, method, path, **kwargs))


@pytest.fixture(scope="module")
def http() -> Iterator[httpx.Client]:
    """One client for the requests over a socket (each `httpx.post` builds a TLS context, 30 ms, for these plain-http
    URLs); no keep-alive, so each request still comes on a fresh connection."""
    with httpx.Client(timeout=BOUND, limits=httpx.Limits(max_keepalive_connections=0)) as client:
        yield client


@pytest.fixture(scope="module")
def synq_url() -> Iterator[str]:
    with serve_in_background(create_app("synq", token=TOKEN)) as url:
        yield url


@pytest.fixture(scope="module")
def coalesce_url() -> Iterator[str]:
    with serve_in_background(create_app("coalesce", token=TOKEN)) as url:
        yield url


@pytest.mark.parametrize("name", list(BAD_BODIES))
def test_bad_bodies_in_process(synq_app: Any, name: str) -> None:
    response = send(synq_app, "POST", SYNQ_PATH, content=BAD_BODIES[name], headers=JSON)
    assert response.status_code == 400, response.text[:300]  # the body is at fault, not the (valid) token
    documented_4xx("synq", response)


@pytest.mark.parametrize("name", list(BAD_BODIES))
def test_bad_bodies_over_http(http: httpx.Client, synq_url: str, name: str) -> None:
    response = http.post(synq_url + SYNQ_PATH, content=BAD_BODIES[name], headers=JSON)
    assert response.status_code == 400, response.text[:300]
    documented_4xx("synq", response)


def test_an_oversize_body_streamed_without_content_length_is_refused(http: httpx.Client, synq_url: str) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"executionIds": ["'
        for _ in range(MAX_BODY_BYTES // 65536 + 2):
            yield b"x" * 65536
        yield b'"]}'

    response = http.post(synq_url + SYNQ_PATH, content=chunks(), headers=JSON)
    documented_4xx("synq", response)
    assert f"larger than {MAX_BODY_BYTES} bytes" in response.text


@pytest.mark.parametrize("content_type", BAD_CONTENT_TYPES)
def test_wrong_content_types(synq_app: Any, content_type: str) -> None:
    headers = {**AUTH, "Content-Type": content_type} if content_type else AUTH
    response = send(synq_app, "POST", SYNQ_PATH, content=b'{"executionIds": ["exec-001"]}', headers=headers)
    documented_4xx("synq", response)
    assert "content type" in response.json()["message"]


@pytest.mark.parametrize("path", BAD_RUN_PATHS, ids=lambda p: p[:40])
def test_bad_run_paths(coalesce_app: Any, http: httpx.Client, coalesce_url: str, path: str) -> None:
    documented_4xx("coalesce", send(coalesce_app, "GET", path, headers=AUTH))
    documented_4xx("coalesce", http.get(coalesce_url + path, headers=AUTH))


@pytest.mark.parametrize(
    "value",
    [
        "exec-\u0000",
        "\U0001f600",
        "e\u0301",  # combining accent (NFD)
        "\u202eexec-001",  # right-to-left override
        "\ufeffexec-001",  # BOM inside the string
        "\uffff",
        "\U0010ffff",
        "\uff45\uff58\uff45\uff43-\uff10\uff10\uff11",  # fullwidth lookalike of exec-001
        "exec-001\n",
        "\U0001d522\U0001d535\U0001d522\U0001d520" * 10_000,  # astral-plane lookalikes, 40,000 of them
    ],
    ids=repr,
)
def test_unicode_ids_are_looked_up_verbatim_and_echo_safely(synq_app: Any, value: str) -> None:
    """Valid Unicode is valid input: a 200 with no execution (no lookalike matches a seed), never a 500."""
    response = send(synq_app, "POST", SYNQ_PATH, json={"executionIds": [value, "exec-001"]}, headers=AUTH)
    assert response.status_code == 200
    assert list(response.json()["executions"]) == ["exec-001"]


@pytest.mark.parametrize(
    "headers",
    [
        {**JSON, "Prefer": "code=99999999999999999999"},
        {**JSON, "Prefer": "dynamic=maybe"},
        {**JSON, "Prefer": '"unterminated'},
        {**JSON, "Prefer": "code=418"},
        {**JSON, "X-Mock-Fault": "flap;n=-1"},
        {"Authorization": "Bearer " + "x" * 8000, "Content-Type": "application/json"},
        {"Authorization": "Bearer unit-token\u00e9", "Content-Type": "application/json"},
    ],
    ids=["huge-code", "bad-flag", "unterminated", "undocumented-code", "bad-fault", "huge-token", "non-ascii-token"],
)
def test_hostile_headers(synq_app: Any, headers: dict[str, str]) -> None:
    raw = {name: value.encode("utf-8") for name, value in headers.items()}  # UTF-8 bytes on the wire, as sent
    documented_4xx("synq", send(synq_app, "POST", SYNQ_PATH, json={"executionIds": ["exec-001"]}, headers=raw))


PREFER_SIZE = 2**20  # 25 times the 40,000 blanks that stalled every client for 4.4 s (quadratic: ~45 minutes)
PREFER_CPU_SECONDS = 10  # a linear parse of all the shapes takes well under a tenth of this
PREFER_SHAPES = [  # (head, repeated, tail): the repeated part fills the header to PREFER_SIZE
    ("a", " ", "x"),
    ("code=503, a", " ", "x"),
    ("a=", " ", 'x"'),
    ('a="', "\t", '"x'),
    ("dynamic=", " ", "maybe"),
    ("", "a", ""),
    ("", "a,", "code=503"),
    ("", " ;", "seed=1"),
    ("seed=", "1", ""),
]


def test_a_1_mib_prefer_header_of_any_shape_parses_in_linear_work() -> None:
    """Every shape that makes a backtracking pattern quadratic, at 1 MiB, parsed (or refused) in a child process
    whose CPU time is capped far above a linear parse: a quadratic parser is killed by the cap (SIGXCPU)."""
    child = textwrap.dedent(f"""
        import resource
        resource.setrlimit(resource.RLIMIT_CPU, ({PREFER_CPU_SECONDS}, {PREFER_CPU_SECONDS}))
        from scripts.mock import prefer
        for head, repeated, tail in {PREFER_SHAPES!r}:
            header = head + repeated * (({PREFER_SIZE} - len(head) - len(tail)) // len(repeated)) + tail
            try:
                prefer.parse([header])
            except prefer.PreferError:
                pass
        print(resource.getrusage(resource.RUSAGE_SELF).ru_utime)
    """)
    done = subprocess.run([sys.executable, "-c", child], cwd=ROOT, capture_output=True, text=True, check=False)
    assert done.returncode == 0, f"killed after {PREFER_CPU_SECONDS} CPU seconds? {done.returncode} {done.stderr}"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("code=503", (503, False, 0)),
        (' code = "503" ; dynamic = "true" , seed=7 ', (503, True, 7)),
        ('dynamic="yes', (None, True, 0)),
        ('dynamic=true"', (None, True, 0)),
        ("Code=503, DYNAMIC=TRUE, return=minimal, respond-async, x=", (503, True, 0)),
    ],
)
def test_prefer_items_are_read_with_or_without_blanks_and_quotes(value: str, expected: tuple[Any, ...]) -> None:
    preferences = prefer.parse([value])
    assert (preferences.code, preferences.dynamic, preferences.seed) == expected


@pytest.mark.parametrize("value", ['"unterminated', 'a=""x"', "a b", "=1", "a=1, b c", 'code="50"3"'])
def test_malformed_prefer_items_are_refused(value: str) -> None:
    with pytest.raises(prefer.PreferError):
        prefer.parse([value])


@pytest.mark.parametrize("method", ["PUT", "DELETE", "PATCH", "OPTIONS", "TRACE"])
def test_undocumented_methods(synq_app: Any, coalesce_app: Any, method: str) -> None:
    documented_4xx("synq", send(synq_app, method, SYNQ_PATH, headers=AUTH))
    documented_4xx("coalesce", send(coalesce_app, method, run_path(1), headers=AUTH))


# ---------------------------------------------------------------- request smuggling (RFC 9112 §6.1, §6.3)

SMUGGLED_BODY = b'{"executionIds": ["exec-001"]}'
CHUNKED = b"%x\r\n%s\r\n0\r\n\r\n" % (len(SMUGGLED_BODY), SMUGGLED_BODY)
HIDDEN = f"GET {SYNQ_PATH} HTTP/1.1\r\nHost: mock\r\nConnection: close\r\n\r\n".encode()  # answered: 405
FRAMING = {
    "cl-te": (b"1.1", [b"Content-Length: %d" % len(CHUNKED), b"Transfer-Encoding: chunked"]),
    "te-cl": (b"1.1", [b"Transfer-Encoding: chunked", b"Content-Length: %d" % len(CHUNKED + HIDDEN)]),
    "te-cl-zero": (b"1.1", [b"transfer-encoding: Chunked", b"content-length: 0"]),
    "te-http-1.0": (b"1.0", [b"Transfer-Encoding: chunked", b"Connection: keep-alive"]),
}


def exchange(url: str, data: bytes) -> bytes:
    """Send `data` on one connection; everything the server sends until it closes (socket.timeout if it never does)."""
    host, port = url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=BOUND) as sock:
        sock.sendall(data)
        received = b""
        while chunk := sock.recv(65536):
            received += chunk
    return received


def post(version: bytes, framing: list[bytes], body: bytes) -> bytes:
    head = [b"POST %s HTTP/%s" % (SYNQ_PATH.encode(), version), b"Host: mock", b"Content-Type: application/json"]
    return b"\r\n".join([*head, b"Authorization: Bearer " + TOKEN.encode(), *framing, b"", body])


@pytest.mark.parametrize("name", list(FRAMING))
def test_ambiguous_framing_is_refused_and_the_rest_of_the_connection_never_served(synq_url: str, name: str) -> None:
    """Both Content-Length and Transfer-Encoding (either order), or Transfer-Encoding under HTTP/1.0: one 400, then
    the server closes; the request hidden after the chunked body is never answered."""
    version, framing = FRAMING[name]
    answers = re.findall(rb"HTTP/1\.1 (\d{3}) ", exchange(synq_url, post(version, framing, CHUNKED + HIDDEN)))
    assert answers == [b"400"]


def test_well_framed_pipelined_requests_are_each_answered(synq_url: str) -> None:
    """The count above sees a second answer when there is one: chunked alone, then the next request."""
    sent = post(b"1.1", [b"Transfer-Encoding: chunked"], CHUNKED) + HIDDEN
    assert re.findall(rb"HTTP/1\.1 (\d{3}) ", exchange(synq_url, sent)) == [b"200", b"405"]


# ---------------------------------------------------------------- schemathesis, negative mode only, every operation


def negative_schema(vendor: str) -> BaseSchema:
    schema = spec_schema(effective_spec_path(vendor))
    schema.config.update(headers=AUTH)
    # No undeclared parameters: the mock ignores a query parameter the spec does not name, as the vendors do (the
    # clients never send one), so an extra `?x=1` is not bad input (seed 363516: a GET with query parameters).
    schema.config.generation.update(
        modes=[GenerationMode.NEGATIVE],
        deterministic=True,
        # 10 fuzzed cases (deep budget), not 25: each fuzzed negative body costs ~60 ms to draw (schemathesis'
        # mutations), a coverage case ~10 ms. The harness gives the coverage phase what the fuzzing leaves of
        # CASE_BUDGET, so an operation with many coverage cases still gets the whole budget (more of them the
        # systematic ones: a violation of every keyword at every location), and random mutations on top.
        max_examples=scaled(10),
        database="none",
        allow_extra_parameters=False,
    )
    schema.config.seed = 4011
    schema.app = create_app(vendor, token=TOKEN)
    return schema


SYNQ_NEGATIVE = negative_schema("synq")
COALESCE_NEGATIVE = negative_schema("coalesce")


def answer_negative_case(vendor: str, case: Any) -> None:
    """Every negative case (observed: 400, 401, 404, 405) gets a 4xx in the documented error shape. A Content-Type
    probe of an operation that takes no body is not bad input (no body is read), so its answer need only be one
    the operation documents."""
    operation = find_operation(loaded_spec(vendor), case.operation.method.upper(), case.operation.path)
    response = case.call()
    content_type = response.headers.get("content-type", [""])[0]
    if operation.request_body is None and coverage_scenario(case) in CONTENT_TYPE_PROBES:
        documented_answer(vendor, operation, response.status_code, response.content)
        return
    documented_error(vendor, response.status_code, content_type, response.content, operation)


def documented_answer(vendor: str, operation: OperationSpec, status: int, content: bytes) -> None:
    documented = operation.response_for(status)
    assert documented is not None, (status, content[:300])
    if documented.schema is not None:
        assert loaded_spec(vendor).validator(documented.schema).is_valid(json.loads(content)), content[:300]


def answer_every_negative_case(vendor: str, schema: BaseSchema, label: str) -> None:
    """The explicit cases (methods, Content-Type probes, missing token), then the fuzzed ones. An operation with no
    parameters and no body leaves the fuzzer nothing to break: schemathesis says so with SkipTest, accepted there only."""
    try:
        operation_test(schema, label, lambda case: answer_negative_case(vendor, case))()
    except SkipTest:
        operation = find_operation(loaded_spec(vendor), *label.split(" ", 1))
        assert not operation.parameters and operation.request_body is None, f"{label}: no negative case generated"


@pytest.mark.parametrize("label", operation_labels(SYNQ_NEGATIVE))
def test_schemathesis_negative_synq(label: str) -> None:
    answer_every_negative_case("synq", SYNQ_NEGATIVE, label)


@pytest.mark.parametrize("label", operation_labels(COALESCE_NEGATIVE))
def test_schemathesis_negative_coalesce(label: str) -> None:
    answer_every_negative_case("coalesce", COALESCE_NEGATIVE, label)
