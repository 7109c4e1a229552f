"""Request-body and response rules: presence, status codes, media types, then the schemas inside."""

from __future__ import annotations

from typing import Any

from scripts.spec.document import last_token, pointer
from scripts.spec_diff.descriptions import compare_descriptions
from scripts.spec_diff.document import Node, as_dict
from scripts.spec_diff.schemas import compare_schema
from scripts.spec_diff.walk import Site, Walk


def compare_request_body(walk: Walk, location: str, label: str, old_raw: Any, new_raw: Any) -> None:
    if old_raw is None and new_raw is None:
        return
    location, label = location + "/requestBody", f"the request body of {label}"
    (old, old_ref), (new, new_ref) = walk.old.resolve(old_raw), walk.new.resolve(new_raw)
    now = "required" if new.get("required") is True else "optional"
    if old_raw is None:
        walk.emit(f"request-body-added-{now}", location, f"added {label} ({now})")
        return
    if new_raw is None:
        walk.emit("request-body-removed", location, f"removed {label}")
        return
    shared = new_ref or old_ref
    if shared:
        location, label = shared, f"the request body {last_token(shared)}"
        if not walk.first_visit(("requestBody", old_ref, new_ref)):
            return
    if (old.get("required") is True) != (new.get("required") is True):
        walk.emit(f"request-body-became-{now}", location + "/required", f"{label} became {now}")
    compare_descriptions(walk, old, new, location, label)
    _compare_content(walk, location, label, (old, new), "request-body-media-type", "request-property")


def compare_responses(walk: Walk, location: str, label: str, old: Node, new: Node) -> None:
    old, new = {str(k): v for k, v in old.items()}, {str(k): v for k, v in new.items()}
    for code in old.keys() - new.keys():
        kind = "success" if code.startswith("2") else "non-success"
        message = f"removed the {code} response from {label}"
        walk.emit(f"response-{kind}-status-removed", location + pointer("responses", code), message)
    for code in new.keys() - old.keys():
        kind = "success" if code.startswith("2") else "non-success"
        message = f"added the {code} response to {label}"
        walk.emit(f"response-{kind}-status-added", location + pointer("responses", code), message)
    for code in old:
        if code in new:
            where = location + pointer("responses", code)
            _compare_response(walk, where, f"the {code} response of {label}", old[code], new[code])


def _compare_response(walk: Walk, location: str, label: str, old_raw: Any, new_raw: Any) -> None:
    (old, old_ref), (new, new_ref) = walk.old.resolve(old_raw), walk.new.resolve(new_raw)
    shared = new_ref or old_ref
    if shared:
        location, label = shared, f"the response {last_token(shared)}"
        if not walk.first_visit(("response", old_ref, new_ref)):
            return
    compare_descriptions(walk, old, new, location, label)
    _compare_content(walk, location, label, (old, new), "response-media-type", "response-property")


def _compare_content(walk: Walk, location: str, label: str, pair: tuple[Node, Node], rule: str, prefix: str) -> None:
    old_content, new_content = as_dict(pair[0].get("content")), as_dict(pair[1].get("content"))
    for media_type in old_content:
        if media_type not in new_content:
            message = f"removed the media type {media_type} from {label}"
            walk.emit(f"{rule}-removed", location + pointer("content", media_type), message)
    for media_type in new_content:
        if media_type not in old_content:
            message = f"added the media type {media_type} to {label}"
            walk.emit(f"{rule}-added", location + pointer("content", media_type), message)
    for media_type, old_media in old_content.items():
        if media_type in new_content:
            site = Site(location + pointer("content", media_type, "schema"), f"{label} ({media_type})", prefix)
            compare_schema(walk, as_dict(old_media).get("schema"), as_dict(new_content[media_type]).get("schema"), site)
