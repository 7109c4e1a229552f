# Code generated from openapi/synq.yaml + overlays/synq.overlay.yaml by "make generate". DO NOT EDIT.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from synq_coalesce_core.json_fields import (
    FieldTypeError,
    coerce,
)

T = TypeVar("T", bound="ProtobufAny")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "@type",
    }
)
"""The JSON names of the declared properties; any other key of a body goes to `additional_properties`."""


@_attrs_define
class ProtobufAny:
    """A google.protobuf.Any in proto3 JSON: the message's fields plus "@type", the type URL (type.googleapis.com/<full
    message name>).

        Attributes:
            type_ (str | None): A URL that identifies the type of the serialized message.
    """

    type_: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not None:
            field_dict["@type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is ProtobufAny and type(src_dict) is dict:
            try:
                return _decode_protobuf_any(src_dict)  # type: ignore[return-value]
            except Exception:  # anything unusual: the general code below decides, and words any error
                pass
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise FieldTypeError(f"object ({cls.__name__})", src_dict)
        d = src_dict
        absent = 0
        type_ = d.get("@type", None)
        if type(type_) is not str:
            if type_ is None:
                absent += 1
            else:
                type_ = coerce("@type", "string", type_)

        protobuf_any = cls(
            type_,
        )

        if len(src_dict) + absent > 1:  # only a body with a key no property declares
            protobuf_any.additional_properties = {
                prop_name: prop_dict for prop_name, prop_dict in src_dict.items() if prop_name not in _KNOWN_KEYS
            }

        return protobuf_any

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _decode_protobuf_any(d: Mapping[str, Any]) -> ProtobufAny:
    """from_dict's fast path (scripts/codegen/fast_decoder.py); raises for a body of an unusual shape."""
    o = ProtobufAny.__new__(ProtobufAny)
    get = d.get
    absent = 0
    v = get("@type")
    if type(v) is str:
        pass
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.type_ = v
    o.additional_properties = {}
    if len(d) + absent > 1:
        o.additional_properties = {key: item for key, item in d.items() if key not in _KNOWN_KEYS}
    return o


from synq_coalesce_core.json_fields import Unusual as _Unusual  # noqa: E402
