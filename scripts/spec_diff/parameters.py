"""Parameter rules: parameters are matched by (in, name), path-level ones overridden by the operation's."""

from __future__ import annotations

from typing import NamedTuple

from scripts.spec_diff.descriptions import compare_descriptions
from scripts.spec_diff.document import Document, Node, as_dict, last_token, pointer
from scripts.spec_diff.schemas import compare_schema
from scripts.spec_diff.walk import Site, Walk


class Parameter(NamedTuple):
    location: str
    ref: str | None
    node: Node


Parameters = dict[tuple[str, str], Parameter]


def effective_parameters(document: Document, path: str, method: str, item: Node) -> Parameters:
    found: Parameters = {}
    for owner, where in ((item, pointer("paths", path)), (as_dict(item[method]), pointer("paths", path, method))):
        for index, raw in enumerate(owner.get("parameters") or []):
            node, ref = document.resolve(raw)
            found[(str(node.get("in")), str(node.get("name")))] = Parameter(f"{where}/parameters/{index}", ref, node)
    return found


def compare_parameters(walk: Walk, label: str, old: Parameters, new: Parameters) -> None:
    for (kind, name), parameter in old.items():
        if (kind, name) not in new:
            message = f"removed the {kind} parameter {name} from {label}"
            walk.emit("request-parameter-removed", parameter.location, message)
    for (kind, name), parameter in new.items():
        if (kind, name) not in old:
            required = "required" if parameter.node.get("required") is True else "optional"
            message = f"added the {required} {kind} parameter {name} to {label}"
            walk.emit(f"new-{required}-request-parameter", parameter.location, message)
    for (kind, name), old_parameter in old.items():
        if (kind, name) in new:
            _compare_parameter(walk, f"{kind} parameter {name}", old_parameter, new[(kind, name)])


def _compare_parameter(walk: Walk, label: str, old: Parameter, new: Parameter) -> None:
    location = new.location
    shared = new.ref or old.ref
    if shared:
        location, label = shared, f"{label} ({last_token(shared)})"
        if not walk.first_visit(("parameter", old.ref, new.ref)):
            return
    was, now = old.node.get("required") is True, new.node.get("required") is True
    if was != now:
        became = "required" if now else "optional"
        walk.emit(f"request-parameter-became-{became}", location + "/required", f"the {label} became {became}")
    old_schema, new_schema = old.node.get("schema"), new.node.get("schema")
    resolved = walk.old.resolve(old_schema)[0], walk.new.resolve(new_schema)[0]
    compare_descriptions(walk, old.node, new.node, location, label, *resolved)
    compare_schema(walk, old_schema, new_schema, Site(location + "/schema", label, "request-parameter"))
