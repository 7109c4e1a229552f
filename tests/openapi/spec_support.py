"""Helpers shared by the spec completeness tests: data lists, local $ref resolution, tree walks."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from scripts.yaml_files import load_yaml
from tests.paths import ROOT

DATA = ROOT / "tests" / "data"


def load_spec(vendor: str) -> dict[str, Any]:
    loaded = load_yaml(ROOT / "openapi" / f"{vendor}.yaml")
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


def assert_listed(actual: Iterable[str], path: Path, *, column: int | None = None, ordered: bool = True) -> None:
    """The spec's values (`actual`) are exactly a fact list's entries (or their `column`-th word), in its order when
    `ordered`. On a mismatch, say which line to add or remove in which file, so the user knows what to do."""
    spec_values = list(actual)
    entries = read_list(path)
    listed = [entry.split()[column] for entry in entries] if column is not None else entries
    if spec_values == listed or (not ordered and sorted(spec_values) == sorted(listed)):
        return
    name = path.relative_to(ROOT)
    steps = []
    for index, value in enumerate(spec_values):
        if value not in listed:
            after = f" after the line for {spec_values[index - 1]!r}" if ordered and index else ""
            line = f"a line starting {value!r}" if column is not None else f"the line {value!r}"
            steps.append(f"  the spec has {value!r}: add {line} to {name}{after}")
    for entry, value in zip(entries, listed, strict=True):
        if value not in spec_values:
            steps.append(f"  the spec lacks {value!r}: remove the line {entry!r} from {name}")
    if not steps:
        steps.append(f"  same entries, other order: put the lines of {name} in this order: {spec_values}")
    raise AssertionError(
        f"{name} and the spec disagree; if the spec is right (the vendor changed), edit the list:\n"
        + "\n".join(steps)
        + "\n(if the list is right, fix openapi/ instead)"
    )
