"""Parameter rules: parameters are matched by (in, name), path-level ones overridden by the operation's.

A path parameter renamed in the template (`/runs/{id}` -> `/runs/{runID}`) keeps the URL on the wire, so it is
matched by its position in the template and reported once per path; it breaks callers only when the generated
Python argument name (openapi-python-client's `PythonIdentifier`) changes.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from scripts.spec.document import last_token, pointer
from scripts.spec_diff.descriptions import compare_deprecation, compare_descriptions
from scripts.spec_diff.document import Document, Node, as_dict
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


def path_names(path: str) -> list[str]:
    return re.findall(r"\{([^}]*)\}", path)


def python_argument(name: str) -> str:
    # Imported here: openapi_python_client's package import (the whole generator) is most of the gate's start-up,
    # and only a renamed path parameter needs it.
    from openapi_python_client.strings import PythonIdentifier

    return str(PythonIdentifier(name, prefix="field_"))


def compare_path_parameter_names(walk: Walk, old_path: str, new_path: str) -> None:
    for before, after in zip(path_names(old_path), path_names(new_path), strict=True):
        if before == after:
            continue
        old_argument, new_argument = python_argument(before), python_argument(after)
        message = f"renamed the path parameter {before} to {after} in {new_path}"
        if old_argument == new_argument:
            message += f": same URL on the wire, same generated argument {new_argument}"
            walk.emit("request-path-parameter-renamed-same-argument", pointer("paths", new_path), message)
        else:
            message += f": same URL on the wire, but the generated argument {old_argument} becomes {new_argument}"
            walk.emit("request-path-parameter-renamed", pointer("paths", new_path), message)


def renamed(parameters: Parameters, old_path: str, new_path: str) -> Parameters:
    """The old path parameters under their new names, so a rename is compared as one parameter."""
    names = dict(zip(path_names(old_path), path_names(new_path), strict=True))
    return {(kind, names.get(name, name) if kind == "path" else name): p for (kind, name), p in parameters.items()}


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
    compare_deprecation(walk, old.node, new.node, location, "request-parameter-", f"the {label}")
    compare_schema(walk, old_schema, new_schema, Site(location + "/schema", label, "request-parameter"))
