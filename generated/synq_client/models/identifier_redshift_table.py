# Code generated from openapi/synq.yaml + overlays/synq.overlay.yaml by "make generate". DO NOT EDIT.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from synq_coalesce_core.json_fields import (
    FieldTypeError,
    coerce,
)

T = TypeVar("T", bound="IdentifierRedshiftTable")


@_attrs_define
class IdentifierRedshiftTable:
    """Redshift table identifier

    Attributes:
        redshift_table (RedshiftTableIdentifier): Redshift table identifier
    """

    redshift_table: RedshiftTableIdentifier

    def to_dict(self) -> dict[str, Any]:
        redshift_table = self.redshift_table.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "redshiftTable": redshift_table,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is IdentifierRedshiftTable and type(src_dict) is dict:
            try:
                return _decode_identifier_redshift_table(src_dict)  # type: ignore[return-value]
            except Exception:  # anything unusual: the general code below decides, and words any error
                pass
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise FieldTypeError(f"object ({cls.__name__})", src_dict)
        d = src_dict
        _redshift_table = d.get("redshiftTable", None)
        if type(_redshift_table) is dict:
            try:
                redshift_table = RedshiftTableIdentifier.from_dict(_redshift_table)
            except FieldTypeError as field_error:
                raise field_error.inside("redshiftTable")
        else:
            redshift_table = coerce("redshiftTable", "object", _redshift_table, required=True)

        identifier_redshift_table = cls(
            redshift_table,
        )

        return identifier_redshift_table


def _decode_identifier_redshift_table(d: Mapping[str, Any]) -> IdentifierRedshiftTable:
    """from_dict's fast path (scripts/codegen/fast_decoder.py); raises for a body of an unusual shape."""
    o = IdentifierRedshiftTable.__new__(IdentifierRedshiftTable)
    get = d.get
    v = get("redshiftTable")
    if not (type(v) is dict):
        raise _Unusual
    v = _decode_redshift_table_identifier(v)
    o.redshift_table = v
    return o


from synq_coalesce_core.json_fields import Unusual as _Unusual  # noqa: E402

# Imported after the class on purpose: models may reference each other in cycles (e.g. a recursive oneOf), and every
# model module defines its class before importing any other model, so any import order resolves.
from ..models.redshift_table_identifier import (
    RedshiftTableIdentifier,  # noqa: E402
    _decode_redshift_table_identifier,  # noqa: E402
)
