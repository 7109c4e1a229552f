# Code generated from openapi/synq.yaml + overlays/synq.overlay.yaml by "make generate". DO NOT EDIT.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from synq_coalesce_core.json_fields import (
    FieldTypeError,
    coerce,
)

T = TypeVar("T", bound="IdentifierBigqueryTable")


@_attrs_define
class IdentifierBigqueryTable:
    """BigQuery table identifier

    Attributes:
        bigquery_table (BigqueryTableIdentifier): BigQuery table identifier
    """

    bigquery_table: BigqueryTableIdentifier

    def to_dict(self) -> dict[str, Any]:
        bigquery_table = self.bigquery_table.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "bigqueryTable": bigquery_table,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is IdentifierBigqueryTable and type(src_dict) is dict:
            try:
                return _decode_identifier_bigquery_table(src_dict)  # type: ignore[return-value]
            except Exception:  # anything unusual: the general code below decides, and words any error
                pass
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise FieldTypeError(f"object ({cls.__name__})", src_dict)
        d = src_dict
        _bigquery_table = d.get("bigqueryTable", None)
        if type(_bigquery_table) is dict:
            try:
                bigquery_table = BigqueryTableIdentifier.from_dict(_bigquery_table)
            except FieldTypeError as field_error:
                raise field_error.inside("bigqueryTable")
        else:
            bigquery_table = coerce("bigqueryTable", "object", _bigquery_table, required=True)

        identifier_bigquery_table = cls(
            bigquery_table,
        )

        return identifier_bigquery_table


def _decode_identifier_bigquery_table(d: Mapping[str, Any]) -> IdentifierBigqueryTable:
    """from_dict's fast path (scripts/codegen/fast_decoder.py); raises for a body of an unusual shape."""
    o = IdentifierBigqueryTable.__new__(IdentifierBigqueryTable)
    get = d.get
    v = get("bigqueryTable")
    if not (type(v) is dict):
        raise _Unusual
    v = _decode_bigquery_table_identifier(v)
    o.bigquery_table = v
    return o


from synq_coalesce_core.json_fields import Unusual as _Unusual  # noqa: E402

# Imported after the class on purpose: models may reference each other in cycles (e.g. a recursive oneOf), and every
# model module defines its class before importing any other model, so any import order resolves.
from ..models.bigquery_table_identifier import (
    BigqueryTableIdentifier,  # noqa: E402
    _decode_bigquery_table_identifier,  # noqa: E402
)
