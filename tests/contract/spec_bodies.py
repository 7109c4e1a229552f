"""Spec-driven helpers for the client tests: response-body strategies, a JSON-Schema oracle, round-trip equality.

Everything is read from the effective specs (`generated/<vendor>.openapi.yaml`), never hard-coded, so the tests
follow a spec change after `make generate`.

Why the structure is walked here instead of handing the whole schema to `hypothesis_jsonschema.from_schema`:
measured on the SYNQ response (recursion bounded at depth 2, `oneOf` already rewritten as `anyOf`), one
`from_schema` over the inlined document needs about 120 s for 50 examples (its canonicalisation of the
23-way Identifier union dominates). So objects, arrays, unions and `$ref`s (with a recursion bound) are
composed here, and every leaf schema (strings with `format`, numbers, enums, type lists, ...) is still drawn
by hypothesis-jsonschema. A union is drawn as "any branch"; that is only right for `oneOf` when the branches
exclude each other, so every body is checked against the real spec with `jsonschema` (Draft 2020-12, formats
asserted, `$ref`s resolved through a `referencing` registry) before a test uses it: `assert_valid`.
"""

from __future__ import annotations

import json
import re
import string
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import Any

from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema
from jsonschema import Draft202012Validator, FormatChecker  # type: ignore[import-untyped]
from openapi_python_client.strings import ClassName
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from scripts.yaml_files import load_yaml
from tests.paths import ROOT

DOCUMENT_URI = "urn:test:effective-spec"
JSON = "application/json"
Json = Any
Strategy = st.SearchStrategy[Json]

# Keywords that describe a schema without constraining its instances (OpenAPI extras included).
_ANNOTATIONS = {"description", "title", "example", "examples", "discriminator", "xml", "externalDocs", "deprecated"}
_STRUCTURE = {"properties", "required", "additionalProperties", "items", "oneOf", "anyOf", "$ref", "type"}
MAX_COLLECTION = 3  # items per generated array or map; keeps examples small and fast

# Strings used as keys and free text: printable, and never lone surrogates (no real server sends them).
TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=12)
KEYS = st.text(alphabet=string.ascii_letters + string.digits + "_-", min_size=1, max_size=10)
JSON_VALUES: Strategy = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53), 2**53) | st.floats(allow_nan=False, allow_infinity=False) | TEXT,
    lambda inner: st.lists(inner, max_size=MAX_COLLECTION) | st.dictionaries(KEYS, inner, max_size=MAX_COLLECTION),
    max_leaves=6,
)


# ---------------------------------------------------------------------------------------------------- the spec


TESTED_OPERATIONS = {"synq": "BatchGetExecutions", "coalesce": "getRun"}
"""By operationId, the operation whose generated function (batch_get_executions, get_run) the client tests call."""


@dataclass
class SpecDoc:
    vendor: str
    document: dict[str, Any]
    _validators: dict[str, Draft202012Validator] = field(default_factory=dict, repr=False)

    @classmethod
    def load(cls, vendor: str) -> SpecDoc:
        path = ROOT / "generated" / f"{vendor}.openapi.yaml"
        document = load_yaml(path)
        assert isinstance(document, dict), path
        return cls(vendor, document)

    @cached_property
    def registry(self) -> Registry[Any]:
        resource = DRAFT202012.create_resource(self.document)
        registry: Registry[Any] = Registry().with_resource(DOCUMENT_URI, resource)
        return registry

    def resolve(self, node: Json) -> Json:
        """Follow local `$ref`s until a node without one."""
        while isinstance(node, dict) and "$ref" in node:
            node = self.at(node["$ref"])
        return node

    def at(self, ref: str) -> Json:
        assert ref.startswith("#/"), f"only local references are supported: {ref}"
        node: Json = self.document
        for token in ref[2:].split("/"):
            node = node[token.replace("~1", "/").replace("~0", "~")]
        return node

    def validator(self, pointer: str) -> Draft202012Validator:
        """A Draft 2020-12 validator (formats asserted) for the schema at a JSON pointer of the document."""
        if pointer not in self._validators:
            self._validators[pointer] = Draft202012Validator(
                {"$ref": f"{DOCUMENT_URI}#{pointer}"}, registry=self.registry, format_checker=FormatChecker()
            )
        return self._validators[pointer]

    def errors(self, pointer: str, instance: Json) -> list[str]:
        return [
            f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in self.validator(pointer).iter_errors(instance)
        ]

    def assert_valid(self, pointer: str, instance: Json) -> None:
        problems = self.errors(pointer, instance)
        assert not problems, f"not valid against {pointer}: {problems[:5]}"

    # ------------------------------------------------------------------ operations and responses

    def operation(self, method: str, path: str) -> dict[str, Any]:
        operation = self.document["paths"][path][method.lower()]
        assert isinstance(operation, dict)
        return operation

    def tested_operation(self, operation_id: str | None = None) -> tuple[str, str]:
        """(METHOD, path) of the operation with this operationId (default: the one the client tests call, in
        TESTED_OPERATIONS); the spec may hold others beside it."""
        wanted = operation_id or TESTED_OPERATIONS[self.vendor]
        found = [
            (method.upper(), path)
            for path, item in self.document["paths"].items()
            for method, operation in item.items()
            if isinstance(operation, dict) and operation.get("operationId") == wanted
        ]
        assert len(found) == 1, f"{self.vendor}: {len(found)} operations with operationId {wanted!r}"
        return found[0]

    def operations(self) -> list[tuple[str, str]]:
        """(METHOD, path) of every operation of the spec, in document order."""
        return [
            (method.upper(), path)
            for path, item in self.document["paths"].items()
            for method, operation in item.items()
            if isinstance(operation, dict) and "responses" in operation
        ]

    def _response(self, method: str, path: str, key: str) -> tuple[str, dict[str, Any]]:
        location = f"/paths/{path.replace('~', '~0').replace('/', '~1')}/{method.lower()}/responses/{key}"
        node = self.at("#" + location)
        while "$ref" in node:
            location = node["$ref"][1:]
            node = self.at(node["$ref"])
        return location, node

    def declares_json(self, method: str, path: str, key: str) -> bool:
        """Whether a documented response has an application/json body (a 204, say, has none)."""
        return JSON in self._response(method, path, key)[1].get("content", {})

    def response_pointer(self, method: str, path: str, key: str) -> str:
        """JSON pointer of the application/json schema of a documented response (following response `$ref`s)."""
        location, node = self._response(method, path, key)
        assert JSON in node.get("content", {}), f"{method} {path} {key}: no JSON body documented"
        return f"{location}/content/{JSON.replace('/', '~1')}/schema"

    def response_keys(self, method: str, path: str) -> list[str]:
        return [str(key) for key in self.operation(method, path)["responses"]]

    def schema_name(self, pointer: str) -> str | None:
        """The component name of the schema at a pointer, when it is a `$ref` to one."""
        node = self.at("#" + pointer)
        ref = node.get("$ref") if isinstance(node, dict) else None
        return ref.rsplit("/", 1)[-1] if isinstance(ref, str) and ref.startswith("#/components/schemas/") else None

    @cached_property
    def generator_config(self) -> dict[str, Any]:
        return load_yaml(ROOT / "scripts" / "codegen" / f"{self.vendor}.config.yaml") or {}

    def class_name(self, schema_name: str) -> str:
        """The class openapi-python-client generates for a component schema (honouring `class_overrides`)."""
        override = (self.generator_config.get("class_overrides") or {}).get(schema_name, {})
        prefix = self.generator_config.get("field_prefix", "field_")
        return str(override.get("class_name") or ClassName(schema_name, prefix))


def statuses_for(spec: SpecDoc, method: str, path: str, key: str) -> list[int]:
    """Concrete error statuses a response key stands for: the code itself, a range's codes, or, for `default`,
    every 4xx/5xx code (IANA or not) that no other key of the operation documents."""
    keys = spec.response_keys(method, path)
    explicit = {int(k) for k in keys if k.isdigit()}
    ranges = {k[0] for k in keys if re.fullmatch(r"[1-5]XX", k)}
    if key.isdigit():
        return [int(key)]
    if re.fullmatch(r"[1-5]XX", key):
        return [c for c in range(int(key[0]) * 100, int(key[0]) * 100 + 100) if c not in explicit]
    assert key == "default", key
    return [c for c in range(400, 600) if c not in explicit and str(c)[0] not in ranges]


def error_keys(spec: SpecDoc, method: str, path: str) -> list[str]:
    """Every documented response key that is not a success (2xx) response."""
    return [k for k in spec.response_keys(method, path) if not (k.startswith("2"))]


# ---------------------------------------------------------------------------------------------------- bodies


@cache
def _leaf(schema: str) -> Strategy:
    """hypothesis-jsonschema's strategy for a leaf schema (given as canonical JSON), built once: a spec repeats a few
    leaf shapes hundreds of times (every `$ref` is expanded in place), and building one costs a millisecond."""
    return from_schema(json.loads(schema))


def _is_kind_union(spec: SpecDoc, branches: list[Json]) -> bool:
    """A union of single-key wrapper objects (`{"bigqueryTable": {...}}`): protobuf's oneof as JSON."""
    for branch in branches:
        node = spec.resolve(branch)
        if not (
            isinstance(node, dict)
            and node.get("additionalProperties") is False
            and len(node.get("required", [])) == 1
            and set(node.get("properties", {})) == set(node["required"])
        ):
            return False
    return bool(branches)


@dataclass
class Bodies:
    """Strategies for instances of the spec's schemas.

    `max_depth` bounds recursion: a `$ref` already expanded `max_depth` times on the current path is not
    expanded again (an optional property or a union branch that needs it is left out).

    `future=True` draws what a newer server could send: every enum also yields new names and bare integers
    (proto3 JSON writes an enum number the server's serializer has no name for), every object with declared
    properties carries an extra undeclared field, and every kind union (`Identifier`) can hold a kind this
    spec does not list.
    """

    spec: SpecDoc
    max_depth: int = 2
    future: bool = False

    def for_pointer(self, pointer: str) -> Strategy:
        strategy = self._strategy(self.spec.at("#" + pointer), ())
        assert strategy is not None, f"{pointer}: no instance can be generated within depth {self.max_depth}"
        return strategy

    def _strategy(self, node: Json, stack: tuple[str, ...]) -> Strategy | None:
        if node is True or node == {}:
            return JSON_VALUES
        if node is False:
            return None
        assert isinstance(node, dict), node
        if "$ref" in node:
            ref = node["$ref"]
            if stack.count(ref) >= self.max_depth:
                return None
            return self._strategy(self.spec.at(ref), (*stack, ref))
        for keyword in ("oneOf", "anyOf"):
            if keyword in node:
                return self._union(node[keyword], stack)
        if "enum" in node or "const" in node:
            return self._enum(node)
        if node.get("type") == "object" or "properties" in node or "additionalProperties" in node:
            return self._object(node, stack)
        if node.get("type") == "array":
            return self._array(node, stack)
        assert not (set(node) & _STRUCTURE - {"type"}), f"unsupported schema shape: {sorted(node)}"
        return _leaf(json.dumps({k: v for k, v in node.items() if k not in _ANNOTATIONS}, sort_keys=True))

    def _union(self, branches: list[Json], stack: tuple[str, ...]) -> Strategy | None:
        options = [s for s in (self._strategy(branch, stack) for branch in branches) if s is not None]
        if self.future and _is_kind_union(self.spec, branches):
            options.append(st.dictionaries(st.just("futureKind"), st.dictionaries(KEYS, TEXT, max_size=2), min_size=1))
        return st.one_of(options) if options else None

    def _enum(self, node: dict[str, Any]) -> Strategy:
        values = node["enum"] if "enum" in node else [node["const"]]
        known: Strategy = st.sampled_from(values)
        if not self.future:
            return known
        new_names = st.from_regex(r"\A[A-Z][A-Z_]{0,6}_FUTURE\Z").filter(lambda v: v not in values)
        return st.one_of(known, new_names, st.integers(0, 2**31 - 1))

    def _object(self, node: dict[str, Any], stack: tuple[str, ...]) -> Strategy | None:
        properties: dict[str, Json] = node.get("properties", {})
        required: list[str] = node.get("required", [])
        fixed: dict[str, Strategy] = {}
        optional: dict[str, Strategy] = {}
        for name, schema in properties.items():
            strategy = self._strategy(schema, stack)
            if strategy is None and name in required:
                return None
            if strategy is not None:
                (fixed if name in required else optional)[name] = strategy
        declared = st.fixed_dictionaries(fixed, optional=optional)
        additional = node.get("additionalProperties", True)
        extra_keys = KEYS.filter(lambda key: key not in properties)
        extras: Strategy
        if additional is False:
            extras = st.just({})
        elif additional is True or additional == {}:
            extras = st.dictionaries(extra_keys, JSON_VALUES, max_size=2)
        else:
            values = self._strategy(additional, stack)
            extras = (
                st.just({})
                if values is None
                else st.dictionaries(TEXT.filter(lambda key: key not in properties), values, max_size=MAX_COLLECTION)
            )
        if self.future and properties and additional is not False:
            extras = st.tuples(extras, JSON_VALUES).map(lambda pair: {**pair[0], "futureField": pair[1]})
        return st.tuples(extras, declared).map(lambda pair: {**pair[0], **pair[1]})

    def _array(self, node: dict[str, Any], stack: tuple[str, ...]) -> Strategy | None:
        items = self._strategy(node.get("items", True), stack)
        low = int(node.get("minItems", 0))
        high = min(int(node.get("maxItems", low + MAX_COLLECTION)), low + MAX_COLLECTION)
        if items is None:
            return st.just([]) if low == 0 else None
        return st.lists(items, min_size=low, max_size=high, unique=bool(node.get("uniqueItems", False)))


# ---------------------------------------------------------------------------------------------------- round trip


@dataclass(frozen=True)
class RoundTrip:
    """Compares a body with what the client's `to_dict()` wrote back, guided by the schema the body came from.

    Equality is exact JSON equality (same keys, same values, same JSON types: `1` is not `1.0` nor `True`; a
    date-time is the same text, nanoseconds and spelling included), with one documented exception: a declared
    property that is null in the body is absent from `to_dict()`, because the clients read null as unset (proto3
    JSON: "null is an accepted value for all field types and treated as the default value"). Undeclared keys keep
    their nulls: they are kept as received. Nothing else is normalised.
    """

    spec: SpecDoc

    def assert_equal(self, pointer: str, expected: Json, actual: Json) -> None:
        problems: list[str] = []
        self._compare(self.spec.at("#" + pointer), expected, actual, "", problems)
        assert not problems, "to_dict() differs from the body:\n" + "\n".join(problems[:10])

    def _compare(self, node: Json, expected: Json, actual: Json, where: str, problems: list[str]) -> None:
        node = self.spec.resolve(node)
        if isinstance(node, dict):
            for keyword in ("oneOf", "anyOf"):
                if keyword in node:
                    self._compare_union(node[keyword], expected, actual, where, problems)
                    return
        if isinstance(expected, dict) and isinstance(actual, dict):
            declared = node.get("properties", {}) if isinstance(node, dict) else {}
            additional = node.get("additionalProperties", True) if isinstance(node, dict) else True
            expected = {key: value for key, value in expected.items() if value is not None or key not in declared}
            if set(expected) != set(actual):
                problems.append(f"{where or '/'}: keys {sorted(expected)} became {sorted(actual)}")
                return
            for key in expected:
                child = declared.get(key, additional if isinstance(additional, dict) else True)
                self._compare(child, expected[key], actual[key], f"{where}/{key}", problems)
            return
        if isinstance(expected, list) and isinstance(actual, list):
            if len(expected) != len(actual):
                problems.append(f"{where}: {len(expected)} items became {len(actual)}")
                return
            items = node.get("items", True) if isinstance(node, dict) else True
            for index, (left, right) in enumerate(zip(expected, actual, strict=True)):
                self._compare(items, left, right, f"{where}/{index}", problems)
            return
        if type(expected) is not type(actual) or expected != actual:
            problems.append(
                f"{where}: {expected!r} ({type(expected).__name__}) became {actual!r} ({type(actual).__name__})"
            )

    def _compare_union(
        self, branches: list[Json], expected: Json, actual: Json, where: str, problems: list[str]
    ) -> None:
        for branch in branches:
            found: list[str] = []
            self._compare(branch, expected, actual, where, found)
            if not found:
                return
        # No branch explains the pair (e.g. a kind this spec does not list): compare as plain JSON.
        plain: list[str] = []
        self._compare(True, expected, actual, where, plain)
        problems.extend(plain)


# ---------------------------------------------------------------------------------------------------- helpers


def model_class(package: Any, class_name: str) -> type[Any]:
    cls = getattr(package.models, class_name)
    assert isinstance(cls, type)
    return cls
