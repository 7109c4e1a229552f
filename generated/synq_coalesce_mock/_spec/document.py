# Copied from scripts/spec/document.py by "make generate". DO NOT EDIT here: edit scripts/spec/document.py.
"""An OpenAPI document as JSON data: pointers (RFC 6901), local `$ref` resolution, and the one cycle rule.

The cycle rule: a chain of references (a `$ref` to a `$ref` to ...) that comes back to a node it has passed names no
schema at all, so following it is a `SpecError`. A schema that refers to itself from inside (through a property, an
item or a branch, as SYNQ's `Identifier` does) is recursion, not a cycle: each walker that descends through schemas
bounds its own depth.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from synq_coalesce_mock._paths import GENERATED


class SpecError(ValueError):
    """The spec is not what the tools can read: a missing node, a remote or cyclic `$ref`, a shape they do not know."""


def effective_spec_path(vendor: str) -> Path:
    """`generated/<vendor>.openapi.yaml`: openapi/ + overlays/, written by `make generate`."""
    return GENERATED / f"{vendor}.openapi.yaml"


def escape(token: object) -> str:
    return str(token).replace("~", "~0").replace("/", "~1")


def unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def pointer(*tokens: object) -> str:
    """The JSON pointer to a node, from its keys and indices."""
    return "".join("/" + escape(token) for token in tokens)


def last_token(location: str) -> str:
    return unescape(location.rsplit("/", 1)[-1])


def lookup(root: Any, location: str) -> Any:
    """The node at a JSON pointer, without following references."""
    node = root
    for token in location.split("/")[1:]:
        key = unescape(token)
        if isinstance(node, Mapping) and key in node:
            node = node[key]
        elif isinstance(node, list) and key.isdigit() and int(key) < len(node):
            node = node[int(key)]
        else:
            raise SpecError(f"nothing at #{location}")
    return node


def resolve(root: Any, node: Any, location: str | None = None) -> tuple[Any, str | None]:
    """Follow `node`'s chain of `$ref`s to the first node without one: that node and its pointer.

    `location` is where `node` sits, None when it is not known: it comes back unchanged when `node` is no reference.
    """
    seen: set[str] = set()
    while isinstance(node, Mapping) and "$ref" in node:
        ref = node["$ref"]
        if not isinstance(ref, str) or not ref.startswith("#/"):
            raise SpecError(f"only local references are supported, got $ref {ref!r}")
        location = ref[1:]
        if location in seen:
            raise SpecError(f"reference cycle through $ref {ref!r}")
        seen.add(location)
        node = lookup(root, location)
    return node, location
