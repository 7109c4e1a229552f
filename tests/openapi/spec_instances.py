"""Bodies built from the effective spec, for tests that name only the fields they are about.

`complete(spec, "Run", {"id": 42, "runStatus": "running"})` is that partial body plus a sample of every required
property it lacks, at every depth the partial reaches (a `runDetails` object given gets its variant's required fields
too, the variant being the `anyOf`/`oneOf` branch that declares most of the keys given). So a field the vendor makes
required, of any JSON shape, is filled without a test edit; the values a test cares about stay written in the test.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from scripts.yaml_files import load_yaml
from tests.paths import ROOT

from .spec_support import resolve

Node = dict[str, Any]
DATE_TIME = "2026-01-15T01:30:15Z"


@cache
def effective_spec(vendor: str) -> Node:
    """generated/<vendor>.openapi.yaml: the vendor's spec with our overlays, as the clients were generated from."""
    loaded = load_yaml(ROOT / "generated" / f"{vendor}.openapi.yaml")
    assert isinstance(loaded, dict)
    return loaded


def schema_of(spec: Node, name: str) -> Node:
    return resolve(spec, spec["components"]["schemas"][name])


def complete(spec: Node, schema: str | Node, partial: Any) -> Any:
    """`partial` with a sample of every required property it lacks, in every object it holds (a component name, or
    a schema node)."""
    node = resolve(spec, schema_of(spec, schema) if isinstance(schema, str) else schema)
    branches = _branches(node)
    if branches and isinstance(partial, dict):
        return complete(spec, _best_branch(spec, branches, partial), partial)
    if isinstance(partial, dict) and "allOf" in node:
        for part in node["allOf"]:
            partial = complete(spec, part, partial)
        return partial
    if isinstance(partial, dict) and ("properties" in node or "additionalProperties" in node):
        properties: Node = node.get("properties", {})
        extra = node.get("additionalProperties")
        values = {
            key: complete(spec, properties[key], value)
            if key in properties
            else complete(spec, extra, value)
            if isinstance(extra, dict)
            else value
            for key, value in partial.items()
        }
        missing = [key for key in node.get("required", []) if key not in partial]
        return {**values, **{key: sample(spec, properties.get(key, {}), key) for key in missing}}
    if isinstance(partial, list) and isinstance(node.get("items"), dict):
        return [complete(spec, node["items"], item) for item in partial]
    return partial


def sample(spec: Node, schema: Node, label: str = "value") -> Any:
    """A valid instance of a schema with as little in it as it allows: the first enum value, the first non-null
    branch, the required properties of an object, the fewest items of an array, a bounded number, a format-aware
    string."""
    node = resolve(spec, schema)
    if "const" in node:
        return node["const"]
    if "enum" in node:
        return next(value for value in node["enum"] if value is not None)
    branches = _branches(node)
    if branches:
        return sample(spec, branches[0], label)
    if "allOf" in node:
        return complete(spec, node, {})
    kind = _type(node)
    if kind == "object":
        return complete(spec, node, {})
    if kind == "array":
        return [sample(spec, node.get("items", {}), label) for _ in range(int(node.get("minItems", 0)))]
    if kind == "integer":
        return _bounded(node, 1)
    if kind == "number":
        return _bounded(node, 1.5)
    if kind == "boolean":
        return True
    if kind == "null":
        return None
    return _string(node, label)


def _branches(node: Node) -> list[Node]:
    return [branch for branch in node.get("oneOf", []) + node.get("anyOf", []) if branch != {"type": "null"}]


def _best_branch(spec: Node, branches: list[Node], partial: Node) -> Node:
    """The branch declaring most of the partial's keys (the first on a tie)."""

    def declared(branch: Node) -> int:
        return len(set(partial) & set(resolve(spec, branch).get("properties", {})))

    return max(branches, key=declared)


def _type(node: Node) -> str:
    found = node.get("type")
    if found is None:
        return "object" if "properties" in node or "additionalProperties" in node else "string"
    if isinstance(found, list):
        return next((kind for kind in found if kind != "null"), "null")
    return str(found)


def _bounded(node: Node, preferred: int | float) -> Any:
    value = max(preferred, node.get("minimum", preferred))
    return min(value, node.get("maximum", value))


def _string(node: Node, label: str) -> str:
    assert "pattern" not in node, f"{label}: sampling a `pattern` string is not supported; give it in the test"
    fmt = node.get("format")
    if fmt == "date-time":
        return DATE_TIME
    if fmt == "date":
        return DATE_TIME[:10]
    if fmt in ("int64", "uint64"):
        return "1"
    text = f"{label}-value"
    return text.ljust(int(node.get("minLength", 0)), "x")[: node.get("maxLength", len(text) + 1000)]
