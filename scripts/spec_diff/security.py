"""Security rules: which credentials an operation accepts, and the schemes behind them."""

from __future__ import annotations

from typing import Any

from scripts.spec.document import pointer
from scripts.spec_diff.descriptions import compare_descriptions
from scripts.spec_diff.document import Node, as_dict
from scripts.spec_diff.walk import Walk

SCHEME_FIELDS = ("type", "scheme", "in", "name", "openIdConnectUrl")


def compare_operation_security(walk: Walk, location: str, label: str, old_op: Node, new_op: Node) -> None:
    old, old_local = _requirements(walk.old.root, old_op)
    new, new_local = _requirements(walk.new.root, new_op)
    if old_local or new_local:
        where, suffix = location + "/security", f" of {label}"
    else:
        where, suffix = "/security", ""
    for requirement in old:
        if requirement not in new:
            walk.emit("api-security-removed", where, f"removed the security requirement {requirement}{suffix}")
    for requirement in new:
        if requirement not in old:
            walk.emit(
                "api-security-added",
                where,
                f"added the security requirement {requirement}{suffix}: clients may need new credentials",
            )


def _requirements(root: Node, operation: Node) -> tuple[list[str], bool]:
    """Each alternative of the effective security, spelled `scheme[scopes] + scheme`; and whether it is the operation's own."""
    local = "security" in operation
    listed: Any = operation["security"] if local else root.get("security")
    alternatives = []
    for requirement in listed if isinstance(listed, list) else []:
        parts = [
            name + (f"[{','.join(sorted(map(str, scopes)))}]" if scopes else "")
            for name, scopes in sorted(as_dict(requirement).items())
        ]
        alternatives.append(" + ".join(parts) or "(none)")
    return alternatives, local


def compare_security_schemes(walk: Walk) -> None:
    old, new = walk.old.section("components", "securitySchemes"), walk.new.section("components", "securitySchemes")
    for name in old:
        if name not in new:
            walk.emit(
                "api-security-component-removed",
                pointer("components", "securitySchemes", name),
                f"removed the security scheme {name}",
            )
    for name in new:
        if name not in old:
            walk.emit(
                "api-security-component-added",
                pointer("components", "securitySchemes", name),
                f"added the security scheme {name}",
            )
    for name, old_scheme in old.items():
        if name in new:
            _compare_scheme(walk, name, walk.old.resolve(old_scheme)[0], walk.new.resolve(new[name])[0])


def _compare_scheme(walk: Walk, name: str, old: Node, new: Node) -> None:
    location = pointer("components", "securitySchemes", name)
    before, after = _signature(old), _signature(new)
    if before != after:
        walk.emit(
            "api-security-component-type-changed",
            location,
            f"the security scheme {name} changed from {before} to {after}",
        )
    compare_descriptions(walk, old, new, location, f"the security scheme {name}")


def _signature(scheme: Node) -> str:
    fields = [str(scheme[key]) for key in SCHEME_FIELDS if key in scheme]
    for flow, settings in sorted(as_dict(scheme.get("flows")).items()):
        urls = [str(value) for key, value in sorted(as_dict(settings).items()) if key.endswith("Url")]
        fields.append(f"{flow}({', '.join(urls)})")
    return "/".join(fields) or "(empty)"
