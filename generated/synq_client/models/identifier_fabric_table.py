# Code generated from openapi/synq.yaml + overlays/synq.overlay.yaml by "make generate". DO NOT EDIT.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from synq_coalesce_core.json_fields import (
    FieldTypeError,
    coerce,
)

T = TypeVar("T", bound="IdentifierFabricTable")


@_attrs_define
class IdentifierFabricTable:
    """Microsoft Fabric table identifier

    Attributes:
        fabric_table (FabricTableIdentifier): Microsoft Fabric warehouse/lakehouse table identifier. Fabric is
            workspace-scoped with cross-database three-part [database].[schema].[table] T-SQL names.
    """

    fabric_table: FabricTableIdentifier

    def to_dict(self) -> dict[str, Any]:
        fabric_table = self.fabric_table.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "fabricTable": fabric_table,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is IdentifierFabricTable and type(src_dict) is dict:
            try:
                return _decode_identifier_fabric_table(src_dict)  # type: ignore[return-value]
            except Exception:  # anything unusual: the general code below decides, and words any error
                pass
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise FieldTypeError(f"object ({cls.__name__})", src_dict)
        d = src_dict
        _fabric_table = d.get("fabricTable", None)
        if type(_fabric_table) is dict:
            try:
                fabric_table = FabricTableIdentifier.from_dict(_fabric_table)
            except FieldTypeError as field_error:
                raise field_error.inside("fabricTable")
        else:
            fabric_table = coerce("fabricTable", "object", _fabric_table, required=True)

        identifier_fabric_table = cls(
            fabric_table,
        )

        return identifier_fabric_table


def _decode_identifier_fabric_table(d: Mapping[str, Any]) -> IdentifierFabricTable:
    """from_dict's fast path (scripts/codegen/fast_decoder.py); raises for a body of an unusual shape."""
    o = IdentifierFabricTable.__new__(IdentifierFabricTable)
    get = d.get
    v = get("fabricTable")
    if not (type(v) is dict):
        raise _Unusual
    v = _decode_fabric_table_identifier(v)
    o.fabric_table = v
    return o


from synq_coalesce_core.json_fields import Unusual as _Unusual  # noqa: E402

# Imported after the class on purpose: models may reference each other in cycles (e.g. a recursive oneOf), and every
# model module defines its class before importing any other model, so any import order resolves.
from ..models.fabric_table_identifier import (
    FabricTableIdentifier,  # noqa: E402
    _decode_fabric_table_identifier,  # noqa: E402
)
