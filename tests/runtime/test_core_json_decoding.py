"""`_core.parsing.decode_json` / `response_json`: orjson when installed, the standard library otherwise, and the
same result (value and types, or the same exception) as `json.loads` / `response.json()` for every input.

Every check runs twice: with orjson (the dev environment installs the `fast` extra) and with the decoder forced to
the standard library (`_orjson` patched to None, what an install without the extra does).
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st
from synq_coalesce_core import parsing

ORJSON_INSTALLED = parsing._orjson is not None


@pytest.fixture(params=["orjson", "json"])
def decoder(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    if request.param == "orjson":
        assert ORJSON_INSTALLED, "orjson is a pinned dev dependency: both decoders must be tested"
    else:
        monkeypatch.setattr(parsing, "_orjson", None)
    yield request.param


def outcome(decode: Callable[[bytes], Any], content: bytes) -> tuple[str, Any]:
    """("ok", value) or ("error", exception type), for comparing two decoders."""
    try:
        return "ok", decode(content)
    except (ValueError, RecursionError) as error:
        return "error", type(error)


def same(a: Any, b: Any) -> bool:
    """Equal, with equal types all the way down (1 vs 1.0 vs True differ; NaN equals NaN; -0.0 differs from 0.0)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, float):
        return (math.isnan(a) and math.isnan(b)) or (a == b and math.copysign(1, a) == math.copysign(1, b))
    if isinstance(a, dict):
        return list(a) == list(b) and all(same(a[key], b[key]) for key in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)


def assert_like_stdlib(content: bytes) -> None:
    ours, stdlib = outcome(parsing.decode_json, content), outcome(json.loads, content)
    assert ours[0] == stdlib[0], (content[:80], ours, stdlib)
    assert same(ours[1], stdlib[1]), (content[:80], ours, stdlib)
    response = httpx.Response(200, content=content, headers={"content-type": "application/json"})
    via_response = outcome(lambda _: parsing.response_json(response), content)
    assert via_response[0] == stdlib[0] and same(via_response[1], stdlib[1]), (content[:80], via_response)


TRICKY = [
    b'{"a": 1, "b": [true, false, null], "c": "x"}',
    b"18446744073709551615",  # 2**64 - 1: orjson's largest int
    b"18446744073709551616",  # orjson would silently return a float
    b"-9223372036854775808",
    b"-9223372036854775809",  # orjson would silently return a float
    b'{"id": 123456789012345678901234567890}',
    b'{"id": "1234567890123456789012345"}',  # a long digit run in a string: stdlib path, same result
    b"1e400",  # inf for json, an error for orjson
    b"-1e400",
    b"1.7976931348623157e309",
    b"NaN",
    b"[Infinity, -Infinity]",
    b'"\\ud800"',  # an escaped lone surrogate
    b'"\xed\xa0\x80"',  # an encoded lone surrogate
    b'"\xf4\x90\x80\x80"',  # beyond U+10FFFF: UnicodeDecodeError
    b"\xef\xbb\xbf{}",  # UTF-8 BOM
    '{"a": "é"}'.encode("utf-16"),
    '{"a": "é"}'.encode("utf-32-le"),
    b"[" * 5000 + b"]" * 5000,  # deeper than orjson's limit (and than the recursion limit)
    b"[" * 200 + b"]" * 200,
    b'{"a": 1, "b": 2, "a": 3}',  # duplicate keys: last value, first position
    b"-0",
    b"-0.0",
    b"0.1e-400",
    b"4.9e-324",
    b"2.2250738585072011e-308",
    b"0.30000000000000004",
    b"123456789012345678.5",
    b'"\\u0000\\/\\b\\f\\n\\r\\t\\"\\\\"',
    b'"\x7f"',
    b'"\x01"',
    b"",
    b" ",
    b"01",
    b"1.",
    b"[1,]",
    b'{"a":1}garbage',
    b"\x0c[]",
    b"\t[]\r\n",
    b"\xff\xfe\x00",
    b"<html>502 Bad Gateway</html>",
    # integers at orjson's 64-bit edges, where a body has them: nested, after whitespace, among other numbers
    b'{"a": [1, 18446744073709551616]}',
    b'{"a":\n\t-9223372036854775809}',
    b"[9223372036854775807, 9223372036854775808, 18446744073709551615, -9223372036854775808]",
    b'{"n": 123456789012345678}',  # 18 digits: orjson decides, exactly
    b'{"s": "x", "n": 123456789012345678901, "f": 1.5}',
    b'{"n": 1e19, "m": 10000000000000000000.0, "k": 12345678901234567890e-5}',  # floats either way
    b'{"n": 0.0000000000000000000001}',
    b'{"n": 99999999999999999999999999999999999999999999999999999999999999999999999999999999}',
]


@pytest.mark.parametrize("content", TRICKY, ids=range(len(TRICKY)))
def test_tricky_inputs_decode_like_the_standard_library(decoder: str, content: bytes) -> None:
    assert_like_stdlib(content)


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.integers(min_value=2**63 - 2, max_value=2**64 + 2)
    | st.integers(min_value=-(2**63) - 2, max_value=-(2**63) + 2)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(),
    lambda children: st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=5), children, max_size=5),
    max_leaves=20,
)


@given(JSON_VALUES, st.booleans())
def test_any_json_value_decodes_like_the_standard_library(value: Any, ascii_only: bool) -> None:
    for forced_stdlib in (False, True):
        saved = parsing._orjson
        try:
            if forced_stdlib:
                parsing._orjson = None  # type: ignore[misc]
            assert_like_stdlib(json.dumps(value, ensure_ascii=ascii_only).encode("utf-8", "surrogatepass"))
        finally:
            parsing._orjson = saved  # type: ignore[misc]


@given(st.lists(st.sampled_from(list(b'{}[]",:0123456789.eE+- \n\\utrfalsnNI\xc3\xa9\xed\xa0')), max_size=30))
def test_any_bytes_decode_like_the_standard_library(alphabet: list[int]) -> None:
    assert_like_stdlib(bytes(alphabet))


def test_the_decoder_is_chosen_once_at_import() -> None:
    chosen = parsing.JSON_DECODER
    assert chosen == ("orjson" if ORJSON_INSTALLED else "json")


def test_orjson_is_used_when_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    assert ORJSON_INSTALLED, "orjson is a pinned dev dependency: both decoders must be tested"
    calls: list[bytes] = []
    real = parsing._orjson
    assert real is not None
    real_loads, real_error = real.loads, real.JSONDecodeError

    class Spy:
        JSONDecodeError = real_error

        @staticmethod
        def loads(content: bytes) -> Any:
            calls.append(content)
            return real_loads(content)

    monkeypatch.setattr(parsing, "_orjson", Spy)
    assert parsing.decode_json(b'{"a": 1}') == {"a": 1}
    assert parsing.decode_json(b'{"a": 12345678901234567890123}') == {"a": 12345678901234567890123}
    assert calls == [b'{"a": 1}']  # the long integer never reached orjson


def test_without_orjson_the_standard_library_decodes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parsing, "_orjson", None)
    seen: list[bytes] = []
    real_loads = json.loads

    def spy(content: bytes, **kwargs: Any) -> Any:
        seen.append(content)
        return real_loads(content, **kwargs)

    monkeypatch.setattr(json, "loads", spy)
    assert parsing.decode_json(b'{"a": 1}') == {"a": 1}
    response = httpx.Response(200, content=b'{"b": 2}')
    assert parsing.response_json(response) == {"b": 2}
    assert seen == [b'{"a": 1}', b'{"b": 2}']


@pytest.mark.parametrize("package", ["synq_client", "coalesce_client"])
def test_the_generated_packages_decode_with_the_shared_core(package: str) -> None:
    """The endpoint modules decode through the shared runtime's `parsing.response_json`."""
    import importlib
    from pathlib import Path

    api = importlib.import_module(package + ".api")
    endpoints = [path for path in Path(api.__path__[0]).rglob("*.py") if path.name != "__init__.py"]
    assert endpoints
    for path in endpoints:
        source = path.read_text()
        assert "response.json()" not in source, path
        assert "response_json(response)" in source, path
