"""Entry point of the comparison: two parsed spec documents in, the sorted list of changes out."""

from __future__ import annotations

from typing import Any

from scripts.spec.document import pointer
from scripts.spec_diff.document import Document, as_dict
from scripts.spec_diff.model import Change
from scripts.spec_diff.operations import compare_paths
from scripts.spec_diff.security import compare_security_schemes
from scripts.spec_diff.walk import Walk


def diff_specs(old: Any, new: Any) -> list[Change]:
    walk = Walk(Document(old), Document(new))
    compare_paths(walk)
    compare_security_schemes(walk)
    _compare_schema_names(walk)
    _compare_servers(walk)
    return walk.changes()


def _compare_servers(walk: Walk) -> None:
    """Top-level `servers` by URL: callers configured for a removed server (a region) lose it."""
    old, new = _server_urls(walk.old), _server_urls(walk.new)
    for url, index in old.items():
        if url not in new:
            walk.emit("api-server-removed", pointer("servers", index), f"removed the server {url}")
    for url, index in new.items():
        if url not in old:
            walk.emit("api-server-added", pointer("servers", index), f"added the server {url}")


def _server_urls(document: Document) -> dict[str, int]:
    listed = document.root.get("servers")
    servers = listed if isinstance(listed, list) else []
    return {str(as_dict(server).get("url")): index for index, server in enumerate(servers)}


def _compare_schema_names(walk: Walk) -> None:
    """A removed component schema takes its generated model class with it, even when nothing references it."""
    new = walk.new.section("components", "schemas")
    for name in walk.old.section("components", "schemas"):
        if name not in new:
            walk.emit(
                "api-schema-removed",
                pointer("components", "schemas", name),
                f"removed the schema {name}: its generated model class goes away",
            )
