"""How a generated model picks the variant of a union whose variants are all models ("dispatch unions").

Stock openapi-python-client tries every variant in order and keeps the first that parses: with open, overlapping
variants the first always wins (Coalesce runDetails), and a oneOf of N single-key wrappers costs up to N failed
parses (SYNQ Identifier). `union_dispatch(...)` decides, once per union at generation time, how a body selects its
variant; property_templates/union_property.py.jinja renders the plan as module-level tables and a `_parse_<name>`:

1. a tag: the raw value of a sibling property. Either declared on the union property with the vendor extensions
   `x-discriminator-property: <sibling JSON name>` + `x-discriminator-mapping: {<tag>: <$ref of a variant>}`, or
   inferred: a sibling string enum each of whose values starts the class name of exactly one variant (Coalesce
   runType "deploy"/"refresh" -> DeployRunDetails/RefreshRunDetails). An unknown tag falls through;
2. keys: the first key of the body that is declared (properties/required) by exactly one variant, preferring keys
   the variant *requires*. A tag or an optional key only selects a variant whose required keys are all in the body;
3. the remaining variants that have no required key of their own, in declaration order (stock semantics);
4. the catch-all: a variant marked `x-unknown-variant: true` (or declaring no properties and staying open), or, when
   every variant is selected by a required key of its own (a proto oneof), `types.UnknownVariant`, which keeps a
   kind newer than the spec as received.

The arguments are the generator's parsed properties (duck-typed: `template`, `data` (the schema), `class_info.name`,
`roots`, and for siblings `name`, `values`, `value_type`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from openapi_python_client.strings import PythonCode

__all__ = ["Dispatch", "Variant", "union_dispatch"]

_MODEL = "model_property.py.jinja"
_ENUM = "enum_property.py.jinja"


@dataclass(frozen=True)
class Variant:
    """A variant as the parse function calls it: `<name>.from_dict`, once the `required` keys are in the body."""

    name: str
    required: tuple[str, ...]


@dataclass
class Dispatch:
    """How a body selects its variant, in the order the parse function tries. `tag` is the JSON name of the sibling
    whose value selects by `by_tag` (a str, or the generator's UntrustedString); `steps` are the last resort: (required keys, variant), where no keys means
    "return this one"; then `ending`: "fallback" (that variant), "unknown" (UnknownVariant) or "raise"."""

    has_unknown_variant: bool
    tag: object = ""
    by_tag: list[tuple[str, Variant]] = field(default_factory=list)
    by_required_key: list[tuple[str, Variant]] = field(default_factory=list)
    by_key: list[tuple[str, Variant]] = field(default_factory=list)
    steps: list[tuple[tuple[str, ...], Variant]] = field(default_factory=list)
    ending: str = "raise"
    fallback: Variant | None = None


def union_dispatch(union: Any, schema: Any = None, siblings: Sequence[Any] = ()) -> Dispatch | None:
    """The plan of a union property whose variants are all models (a null variant aside), else None. `schema` is the
    union property's own schema (for x-discriminator-*), `siblings` the properties of its model (for a tag)."""
    variants = [inner for inner in union.inner_properties if not _is_none(inner)]
    if not variants or any(inner.template != _MODEL for inner in variants):
        return None
    fallback = next((inner for inner in variants if _is_fallback(inner)), None)
    candidates = [inner for inner in variants if inner is not fallback]
    owners = _owners(variants)
    plan = Dispatch(
        has_unknown_variant=all(not _is_fallback(v) and _has_own_required_key(owners, v) for v in variants),
        fallback=None if fallback is None else _variant(fallback),
    )
    for candidate in candidates:
        required = candidate.data.required or []
        for key in dict.fromkeys([*(candidate.data.properties or {}), *required]):
            if _unique(owners, candidate, key):
                (plan.by_required_key if key in required else plan.by_key).append((key, _variant(candidate)))
    plan.tag, plan.by_tag = _tags(variants, candidates, schema, siblings)
    ordered = [candidate for candidate in candidates if not _has_own_required_key(owners, candidate)]
    for index, candidate in enumerate(ordered):
        variant = _variant(candidate)
        last = index == len(ordered) - 1
        if variant.required and (not last or fallback is not None):
            plan.steps.append((variant.required, variant))
        else:
            plan.steps.append(((), variant))
            plan.ending = ""
            break
    else:
        plan.ending = "fallback" if fallback is not None else "unknown" if plan.has_unknown_variant else "raise"
    return plan


def _tags(
    variants: list[Any], candidates: list[Any], schema: Any, siblings: Iterable[Any]
) -> tuple[object, list[tuple[str, Variant]]]:
    declared = (getattr(schema, "model_extra", None) or {}) if schema is not None else {}
    if declared.get("x-discriminator-property"):
        tags = []
        for tag, ref in (declared.get("x-discriminator-mapping") or {}).items():
            path = ref[1:] if ref.startswith("#") else f"/components/schemas/{ref}"
            found = [candidate for candidate in candidates if path in candidate.roots]
            if not found:
                raise ValueError(f"x-discriminator-mapping: {tag!r} names {ref!r}, which is no variant of the union")
            tags.append((str(tag), _variant(found[-1])))
        return declared["x-discriminator-property"], tags
    for sibling in siblings:
        if sibling.template != _ENUM or sibling.value_type.__name__ != "str":
            continue
        values = list(sibling.values.values())
        names = [_variant_named(variants, value) for value in values]
        if len(values) >= 2 and "" not in names and len({name.lower() for name in names}) == len(values):
            by_name = {candidate.class_info.name: candidate for candidate in reversed(candidates)}
            return sibling.name, [
                (str(value), _variant(by_name[name])) for value, name in zip(values, names, strict=True)
            ]
    return "", []


def _variant(model: Any) -> Variant:
    return Variant(str(model.class_info.name), tuple(model.data.required or ()))


def _is_none(inner: Any) -> bool:
    return bool(inner.get_type_string(no_optional=True) == PythonCode("None"))


def _is_fallback(model: Any) -> bool:
    data = model.data
    if (data.model_extra or {}).get("x-unknown-variant") is True:
        return True
    return not data.properties and not data.required and not data.allOf and data.additionalProperties is not False


def _owners(variants: list[Any]) -> dict[str, list[Any]]:
    """Each key a variant declares (a property or a required key), with the variants that declare it."""
    owners: dict[str, list[Any]] = {}
    for variant in variants:
        for key in dict.fromkeys([*(variant.data.properties or {}), *(variant.data.required or [])]):
            owners.setdefault(key, []).append(variant)
    return owners


def _unique(owners: dict[str, list[Any]], candidate: Any, key: str) -> bool:
    """Whether no other variant declares `key` (a variant built with allOf may hide its keys: never unique)."""
    return not candidate.data.allOf and all(owner is candidate for owner in owners.get(key, ()))


def _has_own_required_key(owners: dict[str, list[Any]], candidate: Any) -> bool:
    return any(_unique(owners, candidate, key) for key in candidate.data.required or [])


def _norm(text: str) -> str:
    return str(text).lower().replace("_", "").replace("-", "").replace(" ", "").replace(".", "")


def _variant_named(variants: list[Any], value: object) -> str:
    """The class name of the one variant whose name starts with `value` (case and separators ignored), else ""."""
    names = [v.class_info.name for v in variants if _norm(v.class_info.name).startswith(_norm(str(value)))]
    return str(names[0]) if len(names) == 1 else ""
