# Code generated from openapi/synq.yaml + overlays/synq.overlay.yaml by "make generate". DO NOT EDIT.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from synq_coalesce_core.json_fields import (
    FieldTypeError,
    coerce,
)

T = TypeVar("T", bound="IdentifierMssqlTable")


@_attrs_define
class IdentifierMssqlTable:
    """SQL Server table identifier

    Attributes:
        mssql_table (MssqlTableIdentifier): SQL Server table identifier
    """

    mssql_table: MssqlTableIdentifier

    def to_dict(self) -> dict[str, Any]:
        mssql_table = self.mssql_table.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "mssqlTable": mssql_table,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is IdentifierMssqlTable and type(src_dict) is dict:
            try:
                return _decode_identifier_mssql_table(src_dict)  # type: ignore[return-value]
            except Exception:  # anything unusual: the general code below decides, and words any error
                pass
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise FieldTypeError(f"object ({cls.__name__})", src_dict)
        d = src_dict
        _mssql_table = d.get("mssqlTable", None)
        if type(_mssql_table) is dict:
            try:
                mssql_table = MssqlTableIdentifier.from_dict(_mssql_table)
            except FieldTypeError as field_error:
                raise field_error.inside("mssqlTable")
        else:
            mssql_table = coerce("mssqlTable", "object", _mssql_table, required=True)

        identifier_mssql_table = cls(
            mssql_table,
        )

        return identifier_mssql_table


def _decode_identifier_mssql_table(d: Mapping[str, Any]) -> IdentifierMssqlTable:
    """from_dict's fast path (scripts/codegen/fast_decoder.py); raises for a body of an unusual shape."""
    o = IdentifierMssqlTable.__new__(IdentifierMssqlTable)
    get = d.get
    v = get("mssqlTable")
    if not (type(v) is dict):
        raise _Unusual
    v = _decode_mssql_table_identifier(v)
    o.mssql_table = v
    return o


from synq_coalesce_core.json_fields import Unusual as _Unusual  # noqa: E402

# Imported after the class on purpose: models may reference each other in cycles (e.g. a recursive oneOf), and every
# model module defines its class before importing any other model, so any import order resolves.
from ..models.mssql_table_identifier import (
    MssqlTableIdentifier,  # noqa: E402
    _decode_mssql_table_identifier,  # noqa: E402
)
