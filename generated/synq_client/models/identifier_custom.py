# Code generated from openapi/synq.yaml + overlays/synq.overlay.yaml by "make generate". DO NOT EDIT.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from synq_coalesce_core.json_fields import (
    FieldTypeError,
    coerce,
)

T = TypeVar("T", bound="IdentifierCustom")


@_attrs_define
class IdentifierCustom:
    """Custom identifier to be used with all custom created entities

    Attributes:
        custom (CustomIdentifier): Custom identifier to be used with all custom created entities
    """

    custom: CustomIdentifier

    def to_dict(self) -> dict[str, Any]:
        custom = self.custom.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "custom": custom,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is IdentifierCustom and type(src_dict) is dict:
            try:
                return _decode_identifier_custom(src_dict)  # type: ignore[return-value]
            except Exception:  # anything unusual: the general code below decides, and words any error
                pass
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise FieldTypeError(f"object ({cls.__name__})", src_dict)
        d = src_dict
        _custom = d.get("custom", None)
        if type(_custom) is dict:
            try:
                custom = CustomIdentifier.from_dict(_custom)
            except FieldTypeError as field_error:
                raise field_error.inside("custom")
        else:
            custom = coerce("custom", "object", _custom, required=True)

        identifier_custom = cls(
            custom,
        )

        return identifier_custom


def _decode_identifier_custom(d: Mapping[str, Any]) -> IdentifierCustom:
    """from_dict's fast path (scripts/codegen/fast_decoder.py); raises for a body of an unusual shape."""
    o = IdentifierCustom.__new__(IdentifierCustom)
    get = d.get
    v = get("custom")
    if not (type(v) is dict):
        raise _Unusual
    v = _decode_custom_identifier(v)
    o.custom = v
    return o


from synq_coalesce_core.json_fields import Unusual as _Unusual  # noqa: E402

# Imported after the class on purpose: models may reference each other in cycles (e.g. a recursive oneOf), and every
# model module defines its class before importing any other model, so any import order resolves.
from ..models.custom_identifier import (
    CustomIdentifier,  # noqa: E402
    _decode_custom_identifier,  # noqa: E402
)
