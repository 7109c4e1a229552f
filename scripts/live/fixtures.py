"""The last good answers: with `LIVE_RECORD=1`, per operation, the richest answer of a run that passed every check
(the most fields), kept redacted with its request in `tests/data/recorded/<vendor>/last-good.json`.

Every later run sends that request again and compares the answer's fields with the kept one: a field present
then and absent now, or a new one, is a `recorded_fields` finding; a renamed optional field is both. The schema
cannot see this when the field is optional and the object open (SYNQ's `EntityExecution`).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from scripts.live.findings import Finding
from scripts.spec.document import resolve
from scripts.spec.model import OperationSpec, Spec

CHECK = "recorded_fields"
LAST_GOOD = "last-good.json"
_MEMBERS = ("oneOf", "anyOf", "allOf")


def fixtures_path(recorded_dir: Path, vendor: str) -> Path:
    return recorded_dir / vendor / LAST_GOOD


def load(path: Path) -> dict[str, Any]:
    """operation label -> {"request": {...}, "body": ...}; empty when nothing was kept yet."""
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def save(path: Path, kept: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(kept, indent=2, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")


def field_paths(spec: Spec, operation: OperationSpec, status: int, body: Any) -> set[str]:
    """Every field of a body as a JSON path, map keys and array indices generalised (`$.executions.*.status`)."""
    documented = operation.response_for(status)
    schema = spec.node(documented.schema) if documented and documented.schema else {}
    return set(_paths(spec, schema, body, "$"))


def _properties(spec: Spec, schema: Any) -> tuple[dict[str, Any], Any]:
    """(named properties, the schema of a map's keys or None) of a schema and the variants it combines."""
    schema = resolve(spec.document, schema)[0]
    if not isinstance(schema, dict):
        return {}, None
    named, values = dict(schema.get("properties", {})), schema.get("additionalProperties")
    values = values if isinstance(values, dict) else None
    for key in _MEMBERS:
        for member in schema.get(key, []):
            more, rest = _properties(spec, member)
            named.update(more)
            values = values if values is not None else rest
    return named, values


def _paths(spec: Spec, schema: Any, node: Any, prefix: str) -> Iterator[str]:
    """A map's keys (an additionalProperties schema) become `*`; any other key keeps its name, known or not."""
    if isinstance(node, dict):
        named, values = _properties(spec, schema)
        for key, value in node.items():
            mapped = key not in named and values is not None
            path = f"{prefix}.*" if mapped else f"{prefix}.{key}"
            yield path
            yield from _paths(spec, values if mapped else named.get(key, {}), value, path)
    elif isinstance(node, list):
        resolved = resolve(spec.document, schema)[0]
        items = resolved.get("items", {}) if isinstance(resolved, dict) else {}
        for value in node:
            yield from _paths(spec, items, value, f"{prefix}[*]")


def _tops(paths: set[str]) -> list[str]:
    """The paths whose parent is not among them: a renamed object is one change, not one per field inside."""
    return sorted(path for path in paths if not any(path.startswith((f"{top}.", f"{top}[")) for top in paths))


def compared(spec: Spec, operation: OperationSpec, kept: Any, status: int, body: Any) -> list[Finding]:
    then, now = field_paths(spec, operation, status, kept), field_paths(spec, operation, status, body)
    gone = [(path, "present, as in the last good answer", "absent") for path in _tops(then - now)]
    new = [(path, "absent, as in the last good answer", "present (a new field)") for path in _tops(now - then)]
    return [Finding(spec.vendor, operation.label, CHECK, *change) for change in gone + new]
