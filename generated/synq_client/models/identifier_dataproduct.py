# Code generated from openapi/synq.yaml + overlays/synq.overlay.yaml by "make generate". DO NOT EDIT.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from synq_coalesce_core.json_fields import (
    FieldTypeError,
    coerce,
)

T = TypeVar("T", bound="IdentifierDataproduct")


@_attrs_define
class IdentifierDataproduct:
    """Dataproduct identifier

    Attributes:
        dataproduct (DataproductIdentifier): Dataproduct identifier
    """

    dataproduct: DataproductIdentifier

    def to_dict(self) -> dict[str, Any]:
        dataproduct = self.dataproduct.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "dataproduct": dataproduct,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is IdentifierDataproduct and type(src_dict) is dict:
            try:
                return _decode_identifier_dataproduct(src_dict)  # type: ignore[return-value]
            except Exception:  # anything unusual: the general code below decides, and words any error
                pass
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise FieldTypeError(f"object ({cls.__name__})", src_dict)
        d = src_dict
        _dataproduct = d.get("dataproduct", None)
        if type(_dataproduct) is dict:
            try:
                dataproduct = DataproductIdentifier.from_dict(_dataproduct)
            except FieldTypeError as field_error:
                raise field_error.inside("dataproduct")
        else:
            dataproduct = coerce("dataproduct", "object", _dataproduct, required=True)

        identifier_dataproduct = cls(
            dataproduct,
        )

        return identifier_dataproduct


def _decode_identifier_dataproduct(d: Mapping[str, Any]) -> IdentifierDataproduct:
    """from_dict's fast path (scripts/codegen/fast_decoder.py); raises for a body of an unusual shape."""
    o = IdentifierDataproduct.__new__(IdentifierDataproduct)
    get = d.get
    v = get("dataproduct")
    if not (type(v) is dict):
        raise _Unusual
    v = _decode_dataproduct_identifier(v)
    o.dataproduct = v
    return o


from synq_coalesce_core.json_fields import Unusual as _Unusual  # noqa: E402

# Imported after the class on purpose: models may reference each other in cycles (e.g. a recursive oneOf), and every
# model module defines its class before importing any other model, so any import order resolves.
from ..models.dataproduct_identifier import (
    DataproductIdentifier,  # noqa: E402
    _decode_dataproduct_identifier,  # noqa: E402
)
