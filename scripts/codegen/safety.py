"""What the templates write about retry safety and secrets, from the spec (`operation_safety`, `secret_properties`).

- Each generated `Operation` gets its idempotency level (`scripts.spec.idempotency`) and, when the spec gives one,
  `x-outcome-unknown-hint`: where to look for the effect of a call whose outcome stayed unknown.
- Each model property marked `format: password` (`scripts.spec.secrets`) is declared with `repr=secret_repr`, so a
  model's repr never shows it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from scripts.spec.idempotency import idempotency_level
from scripts.spec.secrets import is_secret

__all__ = ["HINT_EXTENSION", "declare_secret", "operation_safety", "secret_properties"]

HINT_EXTENSION = "x-outcome-unknown-hint"


def operation_safety(operation: Mapping[str, Any], method: str) -> str:
    """The idempotency arguments of a generated `Operation(...)`, as Python source."""
    text = f"IdempotencyLevel.{idempotency_level(method, operation)}"
    hint = operation.get(HINT_EXTENSION)
    if hint is not None:
        if not isinstance(hint, str):
            raise ValueError(f"{HINT_EXTENSION} must be a string, got {hint!r}")
        text += f", outcome_hint={hint!r}"
    return text


def secret_properties(spec: Mapping[str, Any], schema: Any) -> frozenset[str]:
    """The JSON names of the properties of a model's schema (openapi-python-client's parsed `model.data`) that the
    spec marks secret."""
    data = schema.model_dump(mode="json", by_alias=True, exclude_none=True) if hasattr(schema, "model_dump") else schema
    properties = data.get("properties") or {}
    return frozenset(name for name, sub in properties.items() if is_secret(spec, sub))


def declare_secret(declaration: str) -> str:
    """An attrs field declaration (`name: T` or `name: T = default`) whose repr shows a mark instead of the value."""
    name_and_type, equals, default = declaration.partition(" = ")
    if not equals:
        return f"{name_and_type} = _attrs_field(repr=secret_repr)"
    return f"{name_and_type} = _attrs_field(default={default}, repr=secret_repr)"
