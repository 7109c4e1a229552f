"""Helpers shared by the spec completeness tests: data lists, local $ref resolution, tree walks."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from tests.paths import ROOT

DATA = ROOT / "tests" / "data"


def load_spec(vendor: str) -> dict[str, Any]:
    loaded = yaml.safe_load((ROOT / "openapi" / f"{vendor}.yaml").read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


def read_list(path: Path) -> list[str]:
    """Non-blank, non-comment lines of a data file, stripped, in file order."""
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    """Follow local `$ref`s ("#/a/b/c") until a non-reference node is reached."""
    seen: set[str] = set()
    while "$ref" in node:
        ref = node["$ref"]
        assert ref.startswith("#/"), f"only local refs expected, got {ref!r}"
        assert ref not in seen, f"reference cycle at {ref!r}"
        seen.add(ref)
        target: Any = spec
        for part in ref[2:].split("/"):
            target = target[part]
        node = target
    return node


def ref_name(node: dict[str, Any]) -> str:
    prefix = "#/components/schemas/"
    assert node["$ref"].startswith(prefix)
    return str(node["$ref"])[len(prefix) :]


def walk(node: Any, where: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every mapping in a YAML tree with its JSON-pointer-like location."""
    if isinstance(node, dict):
        yield where, node
        for key, value in node.items():
            yield from walk(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from walk(value, f"{where}/{index}")


def allows_null(node: dict[str, Any]) -> bool:
    """Whether a schema admits null: a null type (alone or in a type list), or a null branch of a oneOf/anyOf."""
    types = node.get("type")
    branches = node.get("oneOf", []) + node.get("anyOf", [])
    return types == "null" or (isinstance(types, list) and "null" in types) or any(map(allows_null, branches))


def nullable_properties(spec: dict[str, Any]) -> set[str]:
    """`Schema.property` for every component property whose schema admits null."""
    return {
        f"{name}.{prop}"
        for name, schema in spec["components"]["schemas"].items()
        for prop, prop_schema in (schema.get("properties") or {}).items()
        if allows_null(prop_schema)
    }


def assert_no_null(spec: dict[str, Any]) -> None:
    for where, node in walk(spec["components"], "components"):
        assert "nullable" not in node, f"3.0-style nullable at {where}"
        assert not allows_null(node), f"null type at {where}"
