"""Schema rules: a pair of schemas compared on one side (request or response) of an operation.

Recursive schemas (Identifier -> MonitorIdentifier -> Identifier) are compared once per
(side, old component, new component): on reaching a `$ref` the walk moves to the component's
location and stops if that pair was already visited, so each change is reported once, at the
component, however many paths lead to it.
"""

from __future__ import annotations

from typing import Any

from scripts.spec.document import pointer
from scripts.spec_diff.descriptions import compare_deprecation, compare_descriptions
from scripts.spec_diff.document import Document, Node, as_dict
from scripts.spec_diff.shape import member_name, members, split_nullable, value_key
from scripts.spec_diff.values import compare_values
from scripts.spec_diff.walk import Site, Walk


def compare_schema(walk: Walk, old: Any, new: Any, site: Site) -> None:
    old, new = as_dict(old), as_dict(new)
    compare_descriptions(walk, old, new, site.location, site.label, walk.old.resolve(old)[0], walk.new.resolve(new)[0])
    compare_deprecation(walk, old, new, site.location, f"{site.prefix}-", site.label)
    _note_ignored_nullable(walk, old, new, site)
    old_body, old_nullable = split_nullable(old, walk.old.honours_nullable)
    new_body, new_nullable = split_nullable(new, walk.new.honours_nullable)
    _compare_nullability(walk, old_nullable, new_nullable, site)
    old_target, old_ref = walk.old.resolve(old_body)
    new_target, new_ref = walk.new.resolve(new_body)
    if old_ref is None and new_ref is None:
        _compare_structure(walk, old_body, new_body, site)
        return
    site = site.component(new_ref or old_ref or site.location)
    if walk.first_visit((site.prefix, old_ref, new_ref)):
        compare_schema(walk, old_target, new_target, site)


def _note_ignored_nullable(walk: Walk, old: Node, new: Node, site: Site) -> None:
    if walk.new.honours_nullable or new.get("nullable") is not True:
        return
    if old.get("nullable") is True and not walk.old.honours_nullable:
        return
    walk.emit(
        "nullable-ignored-in-3.1",
        site.location + "/nullable",
        f"{site.label} gained `nullable: true`, which OpenAPI 3.1 ignores: null is still rejected "
        "(spell it `type: [..., 'null']` if the vendor sends null)",
    )


def _compare_nullability(walk: Walk, old: bool, new: bool, site: Site) -> None:
    if old == new:
        return
    became = "nullable" if new else "not-nullable"
    walk.emit(f"{site.prefix}-became-{became}", site.location, f"{site.label} became {became.replace('-', ' ')}")


def _compare_structure(walk: Walk, old: Node, new: Node, site: Site) -> None:
    if (_refers_through_all_of(old) or _refers_through_all_of(new)) and not walk.first_visit(
        (site.prefix, "allOf", value_key(old), value_key(new))
    ):
        return  # `monitor: {allOf: [$ref: Monitor]}` inside Monitor: compared once, like a plain $ref
    old, new = _flatten(walk.old, old), _flatten(walk.new, new)
    compare_values(walk, old, new, site)
    _compare_properties(walk, old, new, site)
    if "items" in old and "items" in new:
        compare_schema(walk, old["items"], new["items"], site.child("items", label=f"{site.label}[]"))
    if isinstance(old.get("additionalProperties"), dict) and isinstance(new.get("additionalProperties"), dict):
        label = f"{site.label}{{*}}"
        compare_schema(
            walk,
            old["additionalProperties"],
            new["additionalProperties"],
            site.child("additionalProperties", label=label),
        )
    for keyword in ("oneOf", "anyOf"):
        _compare_members(walk, old, new, site, keyword)


def _refers_through_all_of(schema: Node) -> bool:
    listed = schema.get("allOf")
    return isinstance(listed, list) and any(isinstance(member, dict) and "$ref" in member for member in listed)


def _flatten(document: Document, schema: Node, seen: frozenset[str | None] = frozenset()) -> Node:
    """Merge `allOf` members into one schema so their properties are compared like the schema's own."""
    listed = schema.get("allOf")
    if not isinstance(listed, list):
        return schema
    merged: Node = {k: v for k, v in schema.items() if k != "allOf"}
    for member in listed:
        target, ref = document.resolve(member)
        if ref is not None and ref in seen:
            continue
        part = _flatten(document, target, seen | {ref})
        merged["properties"] = {**as_dict(part.get("properties")), **as_dict(merged.get("properties"))}
        merged["required"] = sorted({*merged.get("required", []), *part.get("required", [])})
        for key, value in part.items():
            merged.setdefault(key, value)
    return merged


def _compare_properties(walk: Walk, old: Node, new: Node, site: Site) -> None:
    old_props, new_props = as_dict(old.get("properties")), as_dict(new.get("properties"))
    old_required, new_required = set(old.get("required") or []), set(new.get("required") or [])
    for name in old_props:
        if name not in new_props:
            _property_removed(walk, site, name, name in old_required)
    for name in new_props:
        if name not in old_props:
            _property_added(walk, site, name, name in new_required)
    for name in old_props:
        if name not in new_props:
            continue
        child = site.child("properties", name, label=f"{site.label}.{name}")
        was, now = name in old_required, name in new_required
        if was != now:
            _requiredness_changed(walk, child, now)
        compare_schema(walk, old_props[name], new_props[name], child)


def _property_removed(walk: Walk, site: Site, name: str, required: bool) -> None:
    location = site.location + pointer("properties", name)
    if site.request:
        walk.emit("request-property-removed", location, f"removed the request property {site.label}.{name}")
        return
    kind = "required" if required else "optional"
    walk.emit(
        f"response-{kind}-property-removed", location, f"removed the {kind} response property {site.label}.{name}"
    )


def _property_added(walk: Walk, site: Site, name: str, required: bool) -> None:
    location = site.location + pointer("properties", name)
    kind = "required" if required else "optional"
    rule = f"new-{kind}-request-property" if site.request else f"response-{kind}-property-added"
    side = "request" if site.request else "response"
    walk.emit(rule, location, f"added the {kind} {side} property {site.label}.{name}")


def _requiredness_changed(walk: Walk, site: Site, required: bool) -> None:
    side = "request" if site.request else "response"
    became = "required" if required else "optional"
    walk.emit(f"{side}-property-became-{became}", site.location, f"the {side} property {site.label} became {became}")


def _compare_members(walk: Walk, old: Node, new: Node, site: Site, keyword: str) -> None:
    old_members, new_members = members(old, keyword), members(new, keyword)
    side = "request" if site.request else "response"
    kind = "one-of" if keyword == "oneOf" else "any-of"
    location = site.location + pointer(keyword)
    for key, (_, member) in old_members.items():
        if key not in new_members:
            walk.emit(
                f"{side}-property-{kind}-removed",
                location,
                f"removed {member_name(member)} from the {keyword} of {site.label}",
            )
    for key, (_, member) in new_members.items():
        if key not in old_members:
            walk.emit(
                f"{side}-property-{kind}-added",
                location,
                f"added {member_name(member)} to the {keyword} of {site.label}",
            )
    for key, (_, old_member) in old_members.items():
        if key in new_members:
            index, new_member = new_members[key]
            compare_schema(walk, old_member, new_member, site.child(keyword, index))
