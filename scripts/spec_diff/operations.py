"""Endpoint rules: paths and operations, down to the parts compared in parameters.py and payloads.py."""

from __future__ import annotations

import re

from scripts.spec.document import pointer
from scripts.spec_diff.descriptions import compare_deprecation, compare_descriptions
from scripts.spec_diff.document import Document, Node, as_dict
from scripts.spec_diff.parameters import compare_parameters, compare_path_parameter_names, effective_parameters, renamed
from scripts.spec_diff.payloads import compare_request_body, compare_responses
from scripts.spec_diff.security import compare_operation_security
from scripts.spec_diff.walk import Walk

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def compare_paths(walk: Walk) -> None:
    old_paths, new_paths = _paths(walk.old), _paths(walk.new)
    for key, (path, item) in old_paths.items():
        if key not in new_paths:
            deprecated = bool(_operations(item)) and all(
                op.get("deprecated") is True for op in _operations(item).values()
            )
            rule = "api-path-removed-with-deprecation" if deprecated else "api-path-removed-without-deprecation"
            walk.emit(rule, pointer("paths", path), f"removed the path {path}")
    for key, (path, item) in new_paths.items():
        if key not in old_paths:
            for method in _operations(item):
                walk.emit(
                    "endpoint-added", pointer("paths", path, method), f"added the endpoint {method.upper()} {path}"
                )
    for key, (old_path, old_item) in old_paths.items():
        if key in new_paths:
            new_path, new_item = new_paths[key]
            _compare_path_item(walk, old_path, old_item, new_path, new_item)


def _paths(document: Document) -> dict[str, tuple[str, Node]]:
    """Path items keyed by their template with parameter names blanked, so renaming `{id}` is not a new path."""
    return {
        re.sub(r"\{[^}]*\}", "{}", str(path)): (str(path), document.resolve(item)[0])
        for path, item in document.section("paths").items()
    }


def _operations(item: Node) -> dict[str, Node]:
    return {method: as_dict(item[method]) for method in METHODS if method in item}


def _compare_path_item(walk: Walk, old_path: str, old_item: Node, new_path: str, new_item: Node) -> None:
    compare_path_parameter_names(walk, old_path, new_path)
    old_ops, new_ops = _operations(old_item), _operations(new_item)
    for method, operation in old_ops.items():
        if method not in new_ops:
            rule = (
                "api-removed-with-deprecation"
                if operation.get("deprecated") is True
                else "api-removed-without-deprecation"
            )
            walk.emit(rule, pointer("paths", old_path, method), f"removed the endpoint {method.upper()} {old_path}")
    for method in new_ops:
        if method not in old_ops:
            walk.emit(
                "endpoint-added", pointer("paths", new_path, method), f"added the endpoint {method.upper()} {new_path}"
            )
    for method in old_ops:
        if method in new_ops:
            _compare_operation(walk, method, (old_path, old_item), (new_path, new_item))


def _compare_operation(walk: Walk, method: str, old: tuple[str, Node], new: tuple[str, Node]) -> None:
    (old_path, old_item), (new_path, new_item) = old, new
    old_op, new_op = as_dict(old_item[method]), as_dict(new_item[method])
    location, label = pointer("paths", new_path, method), f"{method.upper()} {new_path}"
    compare_descriptions(walk, old_op, new_op, location, label)
    compare_deprecation(walk, old_op, new_op, location, "endpoint-", label)
    old_id, new_id = old_op.get("operationId"), new_op.get("operationId")
    if old_id is not None and old_id != new_id:
        message = f"operationId of {label} changed from {old_id} to {new_id}: the generated function is renamed"
        walk.emit("api-operation-id-removed", location + "/operationId", message)
    for tag in old_op.get("tags") or []:
        if tag not in (new_op.get("tags") or []):
            walk.emit(
                "api-tag-removed",
                location + "/tags",
                f"removed the tag {tag} from {label}: the generated module may move",
            )
    compare_operation_security(walk, location, label, old_op, new_op)
    old_parameters = renamed(effective_parameters(walk.old, old_path, method, old_item), old_path, new_path)
    compare_parameters(walk, label, old_parameters, effective_parameters(walk.new, new_path, method, new_item))
    compare_request_body(walk, location, label, old_op.get("requestBody"), new_op.get("requestBody"))
    compare_responses(walk, location, label, as_dict(old_op.get("responses")), as_dict(new_op.get("responses")))
