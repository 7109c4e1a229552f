# Code generated from openapi/synq.yaml + overlays/synq.overlay.yaml by "make generate". DO NOT EDIT.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from synq_coalesce_core.json_fields import (
    FieldTypeError,
    coerce,
)

T = TypeVar("T", bound="IdentifierOracleTable")


@_attrs_define
class IdentifierOracleTable:
    """Oracle table identifier

    Attributes:
        oracle_table (OracleTableIdentifier): Oracle table identifier
    """

    oracle_table: OracleTableIdentifier

    def to_dict(self) -> dict[str, Any]:
        oracle_table = self.oracle_table.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "oracleTable": oracle_table,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is IdentifierOracleTable and type(src_dict) is dict:
            try:
                return _decode_identifier_oracle_table(src_dict)  # type: ignore[return-value]
            except Exception:  # anything unusual: the general code below decides, and words any error
                pass
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise FieldTypeError(f"object ({cls.__name__})", src_dict)
        d = src_dict
        _oracle_table = d.get("oracleTable", None)
        if type(_oracle_table) is dict:
            try:
                oracle_table = OracleTableIdentifier.from_dict(_oracle_table)
            except FieldTypeError as field_error:
                raise field_error.inside("oracleTable")
        else:
            oracle_table = coerce("oracleTable", "object", _oracle_table, required=True)

        identifier_oracle_table = cls(
            oracle_table,
        )

        return identifier_oracle_table


def _decode_identifier_oracle_table(d: Mapping[str, Any]) -> IdentifierOracleTable:
    """from_dict's fast path (scripts/codegen/fast_decoder.py); raises for a body of an unusual shape."""
    o = IdentifierOracleTable.__new__(IdentifierOracleTable)
    get = d.get
    v = get("oracleTable")
    if not (type(v) is dict):
        raise _Unusual
    v = _decode_oracle_table_identifier(v)
    o.oracle_table = v
    return o


from synq_coalesce_core.json_fields import Unusual as _Unusual  # noqa: E402

# Imported after the class on purpose: models may reference each other in cycles (e.g. a recursive oneOf), and every
# model module defines its class before importing any other model, so any import order resolves.
from ..models.oracle_table_identifier import (
    OracleTableIdentifier,  # noqa: E402
    _decode_oracle_table_identifier,  # noqa: E402
)
