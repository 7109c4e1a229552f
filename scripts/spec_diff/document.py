"""One spec version as the comparison reads it: missing parts read as empty, `$ref`s followed by the one resolver."""

from __future__ import annotations

from typing import Any

from scripts.spec.document import resolve

Node = dict[str, Any]


def as_dict(value: Any) -> Node:
    return value if isinstance(value, dict) else {}


class Document:
    def __init__(self, root: Any) -> None:
        self.root: Node = as_dict(root)
        self.honours_nullable = str(self.root.get("openapi", "3.0")).startswith("3.0")
        """OpenAPI 3.0 has `nullable: true`; 3.1 ignores it (null is a type there)."""

    def resolve(self, node: Any) -> tuple[Node, str | None]:
        """Follow a chain of `$ref`s; return the target and the JSON pointer of the last one (None if not a ref)."""
        target, location = resolve(self.root, node)
        return as_dict(target), location

    def section(self, *keys: str) -> Node:
        node: Any = self.root
        for key in keys:
            node = as_dict(node).get(key)
        return as_dict(node)
