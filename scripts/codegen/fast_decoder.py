"""The fast path of a generated model's `from_dict`: a module-level `_decode_<module>(d)` per model, emitted by
model.py.jinja through two hooks (`entry` inside from_dict, `module_level` after the class).

The general `from_dict` checks every field, reads null as absent (None), accepts proto3's other forms and words precise
errors. The decoder only takes the usual shape of a body and builds the same object faster: `object.__new__` and
direct slot stores instead of attrs' `__init__`, the enum's member table instead of `from_value`, `fromisoformat`
inline for the canonical date-time form, nested models decoded by their own decoders. Anything else (a missing or
null required field, a wrong type, an integer enum, "NaN", a list of doubles holding an integer, a typed extra
key...) raises, and `from_dict` runs the general code from the start, which returns the same object or raises its
usual error: the decoder never decides an error, it only declines.

A model gets a decoder only when every property is of a kind handled here (`_read` returns None otherwise); a
nested model without one is parsed by its `from_dict`. tests/codegen/test_fast_decoder.py checks, against the
general code, that both give the same classes, values, `to_dict()`, and errors.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

_SCALARS: dict[str, tuple[str, ...]] = {
    "StringProperty": ("str",),
    "BooleanProperty": ("bool",),
    "IntProperty": ("int",),
    "FloatProperty": ("float", "int"),  # a double may be a JSON integer, kept as an int
}

DECLINE = "raise _Unusual"
"""The statement that hands a body to the general code."""


def _kind(prop: Any) -> str:
    return type(prop).__name__


def _json_name(prop: Any) -> str:
    name = prop.name
    return str(name.get_untrusted_value() if hasattr(name, "get_untrusted_value") else name)


def _without_null(prop: Any) -> Any:
    """A union of one type and null is read as that type (a null is None, as when the key is absent)."""
    if _kind(prop) != "UnionProperty":
        return prop
    others = [inner for inner in prop.inner_properties if _kind(inner) != "NoneProperty"]
    return others[0] if len(others) == 1 else prop


def _scalar_types(prop: Any) -> tuple[str, ...] | None:
    """The exact Python types the general code takes a scalar (or a union of scalars) as, unchanged; else None."""
    if _kind(prop) in _SCALARS:
        return _SCALARS[_kind(prop)]
    if _kind(prop) != "UnionProperty":
        return None
    found: list[str] = []
    for inner in prop.inner_properties:
        if _kind(inner) == "NoneProperty":
            continue
        if _kind(inner) not in _SCALARS:
            return None
        found += [name for name in _SCALARS[_kind(inner)] if name not in found]
    return tuple(found)


def _is_model_union(prop: Any) -> bool:
    inners = [inner for inner in prop.inner_properties if _kind(inner) != "NoneProperty"]
    return bool(inners) and all(_kind(inner) == "ModelProperty" for inner in inners)


def _members(enum: Any) -> str:
    return f"_{enum.class_info.name}_MEMBERS"


def _properties(model: Any) -> list[Any]:
    return [*model.required_properties, *model.optional_properties]


def _extra_kind(model: Any) -> str | None:
    """How the model keeps keys no property declares: "none", "any" (as received), "models" (a map of one model);
    None for the rest (typed extra values next to properties: the general code)."""
    extra = model.additional_properties
    if not extra:
        return "none"
    if extra is True or _kind(extra) == "AnyProperty":
        return "any"
    if _kind(extra) == "ModelProperty" and not _properties(model):
        return "models"
    return None


def decoder_name(model: Any) -> str:
    return f"_decode_{model.class_info.module_name}"


@dataclass(frozen=True)
class Read:
    """How a decoder reads a property's raw value `v` (None when the key is absent or null): `usual` is the test of its
    usual type (None: any value), `parse` the statements that turn such a value into the attribute's value."""

    usual: str | None
    parse: list[str] = field(default_factory=list)

    def lines(self, *, required: bool, counting: bool) -> list[str]:
        """The type test first (one test for a present value), then what an absent or other value means."""
        absent = ["absent += 1"] if counting else []
        if self.usual is None:
            if required:
                return ["if v is None:", f"    {DECLINE}"]
            return ["if v is None:", f"    {absent[0]}"] if absent else []
        if required:
            return [f"if not ({self.usual}):", f"    {DECLINE}", *self.parse]
        parse = [f"    {line}" for line in self.parse] or ["    pass"]
        if absent:
            return [f"if {self.usual}:", *parse, "elif v is None:", f"    {absent[0]}", "else:", f"    {DECLINE}"]
        return [f"if {self.usual}:", *parse, "elif v is not None:", f"    {DECLINE}"]


class FastDecoders:
    """The hooks model.py.jinja calls, for the models of one generator run (nested references are looked up by
    class name: the property a parent holds may be a copy made before the model's properties were read)."""

    def __init__(self, models: Iterable[Any]) -> None:
        self._models = {model.class_info.name: model for model in models}

    def _decode(self, model: Any, value: str, *, nested: bool) -> str:
        """Decoding `value` as `model`: its decoder (which raises for anything but a dict: a JSON value with `.get` is
        a dict), or its from_dict. `nested=False`: only deciding whether a kind is handled, no decoder looked up."""
        if nested and self.has_decoder(model):
            return f"{decoder_name(model)}({value})"
        return f"{model.class_info.name}.from_dict({value})"

    def _read(self, prop: Any, *, nested: bool = True) -> Read | None:
        """How the value `v` of `prop` is read (see Read), or None when the property's kind has no fast path."""
        value = _without_null(prop)
        kind = _kind(value)
        scalar = _scalar_types(value)
        if scalar is not None:
            return Read(" or ".join(f"type(v) is {name}" for name in scalar))
        if kind == "AnyProperty":
            return Read(None)
        if kind == "DateTimeProperty":
            return Read(
                "type(v) is str",
                [
                    "t = _fromisoformat(v)",
                    "n = len(v)",
                    "# json_fields.timestamp's canonical form, which a plain datetime writes back unchanged",
                    'if v[-1] == "Z" and v[4:17:3] == "--T::" and (n == 20 or ((n == 24 or n == 27) and v[19] == "."'
                    ' and v[-4:-1] != "000")):',
                    "    v = t",
                    "else:",
                    "    v = _Timestamp.parse(v)",
                ],
            )
        if kind == "EnumProperty" and value.value_type is str:
            table = _members(value)
            return Read(
                "type(v) is str", [f"v = {table}[v] if v in {table} else {value.class_info.name}.from_value(v)"]
            )
        if kind == "ModelProperty":
            return Read("type(v) is dict", [f"v = {self._decode(value, 'v', nested=nested)}"])
        if kind == "ListProperty":
            return self._read_list(value.inner_property, nested=nested)
        return None

    def _read_list(self, inner: Any, *, nested: bool) -> Read | None:
        if _kind(inner) in _SCALARS:
            # kept as is (the same list) by the general code when every item has exactly the kind
            item = _SCALARS[_kind(inner)][0]
            return Read(
                "type(v) is list", ["for item in v:", f"    if type(item) is not {item}:", f"        {DECLINE}"]
            )
        if _kind(inner) == "ModelProperty":
            return Read("type(v) is list", [f"v = [{self._decode(inner, 'item', nested=nested)} for item in v]"])
        if _kind(inner) == "UnionProperty" and _is_model_union(inner):
            # the union's own dispatch function, as the general code calls it (its variants' from_dict go fast)
            return Read("type(v) is list", [f"v = list(map(_parse_{inner.python_name}, v))"])
        return None

    def has_decoder(self, model: Any) -> bool:
        """Whether `model` gets a fast path: every property, and its extra keys, of a kind handled here."""
        model = self._models.get(model.class_info.name, model)  # a nested reference may be an unprocessed copy
        if model.is_multipart_body or _extra_kind(model) is None:
            return False
        return all(self._read(prop, nested=False) is not None for prop in _properties(model))

    def entry(self, model: Any) -> str:
        """The first statements of `from_dict` (for a model that `has_decoder`): the fast path for a plain dict and
        this class (not a subclass)."""
        return "\n".join(
            [
                f"if cls is {model.class_info.name} and type(src_dict) is dict:",
                "    try:",
                f"        return {decoder_name(model)}(src_dict)  # type: ignore[return-value]",
                "    except Exception:  # anything unusual: the general code below decides, and words any error",
                "        pass",
            ]
        )

    def module_level(self, model: Any) -> str:
        """The decoder function, then the imports and tables it uses (nested models' decoders, enum members)."""
        if not self.has_decoder(model):
            return ""
        class_name = model.class_info.name
        properties = _properties(model)
        extra = _extra_kind(model)
        counting = extra == "any" and any(not prop.required for prop in properties)
        lines = [
            f"def {decoder_name(model)}(d: Mapping[str, Any]) -> {class_name}:",
            '    """from_dict\'s fast path (scripts/codegen/fast_decoder.py); raises for a body of an unusual shape."""',
            f"    o = {class_name}.__new__({class_name})",
        ]
        if properties:
            lines.append("    get = d.get")
        if counting:
            lines.append("    absent = 0")
        for prop in properties:
            read = self._read(prop) or Read(None)
            lines.append(f"    v = get({_json_name(prop)!r})")
            lines += [f"    {line}" for line in read.lines(required=prop.required, counting=counting)]
            lines.append(f"    o.{prop.python_name} = v")
        if extra == "models":
            call = self._decode(model.additional_properties, "item", nested=True)
            lines.append(f"    o.additional_properties = {{key: {call} for key, item in d.items()}}")
        elif extra == "any" and not properties:
            lines.append("    o.additional_properties = dict(d)")
        elif extra == "any":
            lines += [
                "    o.additional_properties = {}",
                f"    if len(d){' + absent' if counting else ''} > {len(properties)}:",
                "        o.additional_properties = {key: item for key, item in d.items() if key not in _KNOWN_KEYS}",
            ]
        lines += ["    return o", "", "", *self._imports_and_tables(model, "\n".join(lines))]
        return "\n".join(lines)

    def _imports_and_tables(self, model: Any, code: str) -> list[str]:
        lines = ["from synq_coalesce_core.json_fields import Unusual as _Unusual  # noqa: E402"]
        if "_Timestamp" in code:
            lines += [
                "from synq_coalesce_core.json_fields import Timestamp as _Timestamp  # noqa: E402",
                "from datetime import datetime as _datetime  # noqa: E402",
                "",
                "_fromisoformat = _datetime.fromisoformat",
            ]
        seen: set[str] = set()
        for prop in _nested(model):
            if _kind(prop) == "EnumProperty" and _members(prop) in code and _members(prop) not in seen:
                seen.add(_members(prop))
                enum = prop.class_info.name
                lines.append(f"{_members(prop)}: dict[str, {enum}] = {{member.value: member for member in {enum}}}")
            elif _kind(prop) == "ModelProperty" and decoder_name(prop) in code and decoder_name(prop) not in seen:
                seen.add(decoder_name(prop))
                if prop.class_info.name != model.class_info.name:
                    lines.append(
                        f"from ..models.{prop.class_info.module_name} import {decoder_name(prop)}  # noqa: E402"
                    )
        return lines


def _nested(model: Any) -> list[Any]:
    """The enums and models this model's properties (and extra keys) hold, directly or as list items."""
    found = []
    for prop in [*_properties(model), model.additional_properties]:
        if prop and prop is not True:
            value = _without_null(prop)
            found.append(value.inner_property if _kind(value) == "ListProperty" else value)
    return found
