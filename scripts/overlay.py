"""Validate an OpenAPI Overlay 1.0.0 document and apply it to a spec.

Stricter than the Overlay specification in one way, like `speakeasy overlay apply --strict`:
an action whose target matches nothing is an error, because a silently skipped deviation
would let the effective spec drift back to vendor truth unnoticed.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from typing import Any

import jsonpath_rfc9535

from scripts.errors import OverlayError, OverlayTargetNotFound

SUPPORTED_VERSIONS = ("1.0.0",)


def validate(overlay: Any) -> list[dict[str, Any]]:
    """Return the overlay's actions, or raise OverlayError naming what is wrong."""
    if not isinstance(overlay, dict):
        raise OverlayError("overlay document must be a mapping")
    if overlay.get("overlay") not in SUPPORTED_VERSIONS:
        raise OverlayError(f"overlay: version must be one of {SUPPORTED_VERSIONS}, got {overlay.get('overlay')!r}")
    info = overlay.get("info")
    if not isinstance(info, dict) or not isinstance(info.get("title"), str) or not isinstance(info.get("version"), str):
        raise OverlayError("info: must be a mapping with string 'title' and 'version'")
    actions = overlay.get("actions")
    if not isinstance(actions, list) or not actions:
        raise OverlayError("actions: must be a non-empty list")
    for index, action in enumerate(actions):
        _validate_action(index, action)
    return actions


def _validate_action(index: int, action: Any) -> None:
    where = f"actions[{index}]"
    if not isinstance(action, dict):
        raise OverlayError(f"{where}: must be a mapping")
    unknown = set(action) - {"target", "description", "update", "remove"}
    if unknown:
        raise OverlayError(f"{where}: unknown field(s) {sorted(unknown)}")
    if not isinstance(action.get("target"), str):
        raise OverlayError(f"{where}: 'target' must be a JSONPath string")
    if not isinstance(action.get("description"), str) or not action["description"].strip():
        raise OverlayError(f"{where}: 'description' is required: say what the action changes and why")
    has_update, remove = "update" in action, action.get("remove", False)
    if remove not in (True, False):
        raise OverlayError(f"{where}: 'remove' must be a boolean")
    if has_update == bool(remove):
        raise OverlayError(f"{where}: exactly one of 'update' or 'remove: true' is required")
    try:
        jsonpath_rfc9535.compile(action["target"])
    except jsonpath_rfc9535.JSONPathError as exc:
        raise OverlayError(f"{where}: invalid target {action['target']!r}: {exc}") from exc


def apply(spec: Any, overlay: Any) -> Any:
    """Return a new document: `spec` with every action of `overlay` applied in order."""
    result = copy.deepcopy(spec)
    for index, action in enumerate(validate(overlay)):
        nodes = list(jsonpath_rfc9535.find(action["target"], result))
        if not nodes:
            raise OverlayTargetNotFound(
                f"actions[{index}] ({action['description'].strip()!r}): target {action['target']!r} matches nothing"
            )
        if action.get("remove"):
            # Delete from the deepest location first so earlier indices stay valid.
            for node in sorted(nodes, key=lambda n: n.location, reverse=True):
                _remove(result, node.location, index)
        else:
            for node in nodes:
                _update(node.value, action["update"], f"actions[{index}] at {node.path()}")
    return result


def _remove(document: Any, location: Sequence[str | int], index: int) -> None:
    if not location:
        raise OverlayError(f"actions[{index}]: cannot remove the document root")
    parent = document
    for key in location[:-1]:
        parent = parent[key]
    del parent[location[-1]]


def _update(target: Any, update: Any, where: str) -> None:
    if isinstance(target, list):
        target.append(copy.deepcopy(update))
    elif isinstance(target, dict) and isinstance(update, dict):
        _merge(target, update, where)
    else:
        raise OverlayError(f"{where}: an update applies to an object (with an object) or to an array")


def _merge(target: dict[str, Any], update: dict[str, Any], where: str) -> None:
    for key, value in update.items():
        current = target.get(key)
        if isinstance(current, dict) and isinstance(value, dict):
            _merge(current, value, f"{where}.{key}")
        elif isinstance(current, list) and isinstance(value, list):
            current.extend(copy.deepcopy(value))
        elif key in target and isinstance(current, dict | list) != isinstance(value, dict | list):
            raise OverlayError(f"{where}: cannot merge {type(value).__name__} into {type(current).__name__} at {key!r}")
        else:
            target[key] = copy.deepcopy(value)
