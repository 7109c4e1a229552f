"""One spec version: local `$ref` resolution and JSON-pointer spelling."""

from __future__ import annotations

from typing import Any

Node = dict[str, Any]


class SpecError(ValueError):
    pass


def as_dict(value: Any) -> Node:
    return value if isinstance(value, dict) else {}


def escape(token: object) -> str:
    return str(token).replace("~", "~0").replace("/", "~1")


def unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def pointer(*tokens: object) -> str:
    return "".join("/" + escape(token) for token in tokens)


def last_token(location: str) -> str:
    return unescape(location.rsplit("/", 1)[-1])


class Document:
    def __init__(self, root: Any) -> None:
        self.root: Node = as_dict(root)
        self.honours_nullable = str(self.root.get("openapi", "3.0")).startswith("3.0")
        """OpenAPI 3.0 has `nullable: true`; 3.1 ignores it (null is a type there)."""

    def lookup(self, location: str) -> Any:
        node: Any = self.root
        for token in location.split("/")[1:]:
            key = unescape(token)
            if isinstance(node, dict) and key in node:
                node = node[key]
            elif isinstance(node, list) and key.isdigit() and int(key) < len(node):
                node = node[int(key)]
            else:
                raise SpecError(f"unresolvable $ref #{location}")
        return node

    def resolve(self, node: Any) -> tuple[Node, str | None]:
        """Follow a chain of `$ref`s; return the target and the JSON pointer of the last one (None if not a ref)."""
        location: str | None = None
        seen: set[str] = set()
        while isinstance(node, dict) and "$ref" in node:
            ref = node["$ref"]
            if not isinstance(ref, str) or not ref.startswith("#/"):
                raise SpecError(f"only local references are supported, got $ref {ref!r}")
            if ref in seen:
                raise SpecError(f"reference cycle through $ref {ref!r}")
            seen.add(ref)
            location = ref[1:]
            node = self.lookup(location)
        return as_dict(node), location

    def section(self, *keys: str) -> Node:
        node: Any = self.root
        for key in keys:
            node = as_dict(node).get(key)
        return as_dict(node)
