# Code generated from openapi/synq.yaml + overlays/synq.overlay.yaml by "make generate". DO NOT EDIT.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from synq_coalesce_core.json_fields import (
    FieldTypeError,
    coerce,
)

T = TypeVar("T", bound="IdentifierClickhouseTable")


@_attrs_define
class IdentifierClickhouseTable:
    """Clickhouse table identifier

    Attributes:
        clickhouse_table (ClickhouseTableIdentifier): Clickhouse table identifier
    """

    clickhouse_table: ClickhouseTableIdentifier

    def to_dict(self) -> dict[str, Any]:
        clickhouse_table = self.clickhouse_table.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "clickhouseTable": clickhouse_table,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is IdentifierClickhouseTable and type(src_dict) is dict:
            try:
                return _decode_identifier_clickhouse_table(src_dict)  # type: ignore[return-value]
            except Exception:  # anything unusual: the general code below decides, and words any error
                pass
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise FieldTypeError(f"object ({cls.__name__})", src_dict)
        d = src_dict
        _clickhouse_table = d.get("clickhouseTable", None)
        if type(_clickhouse_table) is dict:
            try:
                clickhouse_table = ClickhouseTableIdentifier.from_dict(_clickhouse_table)
            except FieldTypeError as field_error:
                raise field_error.inside("clickhouseTable")
        else:
            clickhouse_table = coerce("clickhouseTable", "object", _clickhouse_table, required=True)

        identifier_clickhouse_table = cls(
            clickhouse_table,
        )

        return identifier_clickhouse_table


def _decode_identifier_clickhouse_table(d: Mapping[str, Any]) -> IdentifierClickhouseTable:
    """from_dict's fast path (scripts/codegen/fast_decoder.py); raises for a body of an unusual shape."""
    o = IdentifierClickhouseTable.__new__(IdentifierClickhouseTable)
    get = d.get
    v = get("clickhouseTable")
    if not (type(v) is dict):
        raise _Unusual
    v = _decode_clickhouse_table_identifier(v)
    o.clickhouse_table = v
    return o


from synq_coalesce_core.json_fields import Unusual as _Unusual  # noqa: E402

# Imported after the class on purpose: models may reference each other in cycles (e.g. a recursive oneOf), and every
# model module defines its class before importing any other model, so any import order resolves.
from ..models.clickhouse_table_identifier import (
    ClickhouseTableIdentifier,  # noqa: E402
    _decode_clickhouse_table_identifier,  # noqa: E402
)
