"""Value rules of one schema: its type and format, enum, and (for requests) the bounds it accepts."""

from __future__ import annotations

from scripts.spec.document import pointer
from scripts.spec_diff.document import Node
from scripts.spec_diff.shape import covers, enum_values, type_label, types, value_key
from scripts.spec_diff.walk import Site, Walk

UPPER, LOWER = True, False
BOUNDS = (
    ("maxItems", "max-items-decreased", UPPER),
    ("minItems", "min-items-increased", LOWER),
    ("maxLength", "max-length-decreased", UPPER),
    ("minLength", "min-length-increased", LOWER),
    ("maximum", "max-decreased", UPPER),
    ("minimum", "min-increased", LOWER),
)


def compare_values(walk: Walk, old: Node, new: Node, site: Site) -> None:
    _compare_types(walk, old, new, site)
    _compare_enum(walk, old, new, site)
    if site.request:
        _compare_bounds(walk, old, new, site)


def _compare_types(walk: Walk, old: Node, new: Node, site: Site) -> None:
    old_types, new_types = types(old), types(new)
    format_changed = old.get("format") != new.get("format")
    change = f"{site.label}: type changed from {type_label(old)} to {type_label(new)}"
    location = site.location + pointer("type" if old_types != new_types else "format")
    if not site.request:
        if format_changed or (old_types and new_types and old_types != new_types):
            walk.emit("response-property-type-changed", location, change)
        return
    narrowed = bool(new_types) and any(not covers(new_types, t) for t in old_types or {"any"})
    widened = bool(old_types) and any(not covers(old_types, t) for t in new_types)
    if narrowed or format_changed:
        walk.emit(f"{site.prefix}-type-changed", location, change)
    elif widened:
        walk.emit(f"{site.prefix}-type-generalized", location, change.replace("changed", "widened"))


def _compare_enum(walk: Walk, old: Node, new: Node, site: Site) -> None:
    old_values, new_values = enum_values(old), enum_values(new)
    location = site.location + pointer("enum")
    if old_values is None:
        if new_values is not None and site.request:
            walk.emit(
                f"{site.prefix}-became-enum", location, f"{site.label} was restricted to {len(new_values)} enum values"
            )
        return
    if new_values is None:
        return
    old_keys, new_keys = {value_key(v) for v in old_values}, {value_key(v) for v in new_values}
    for value in old_values:
        if value_key(value) not in new_keys:
            walk.emit(
                f"{site.prefix}-enum-value-removed", location, f"removed the enum value {value!r} from {site.label}"
            )
    for value in new_values:
        if value_key(value) in old_keys:
            continue
        message = f"added the enum value {value!r} to {site.label}"
        if not site.request:
            message += ": safe for our open-enum clients, breaking for a closed-enum client"
        walk.emit(f"{site.prefix}-enum-value-added", location, message)


def _compare_bounds(walk: Walk, old: Node, new: Node, site: Site) -> None:
    for key, suffix, upper in BOUNDS:
        before, after = old.get(key), new.get(key)
        if after is None or before == after:
            continue
        if before is None:
            tightened = upper or key == "minimum" or after > 0
        else:
            tightened = after < before if upper else after > before
        if tightened:
            was = "unset" if before is None else before
            walk.emit(
                f"{site.prefix}-{suffix}",
                site.location + pointer(key),
                f"{site.label}: {key} changed from {was} to {after}",
            )
    before, after = old.get("pattern"), new.get("pattern")
    if after is not None and before != after:
        was = "unset" if before is None else repr(before)
        walk.emit(
            f"{site.prefix}-pattern-changed",
            site.location + pointer("pattern"),
            f"{site.label}: pattern changed from {was} to {after!r}",
        )
