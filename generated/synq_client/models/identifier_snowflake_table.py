# Code generated from openapi/synq.yaml + overlays/synq.overlay.yaml by "make generate". DO NOT EDIT.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from synq_coalesce_core.json_fields import (
    FieldTypeError,
    coerce,
)

T = TypeVar("T", bound="IdentifierSnowflakeTable")


@_attrs_define
class IdentifierSnowflakeTable:
    """Snowflake table identifier

    Attributes:
        snowflake_table (SnowflakeTableIdentifier): Snowflake table identifier
    """

    snowflake_table: SnowflakeTableIdentifier

    def to_dict(self) -> dict[str, Any]:
        snowflake_table = self.snowflake_table.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "snowflakeTable": snowflake_table,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is IdentifierSnowflakeTable and type(src_dict) is dict:
            try:
                return _decode_identifier_snowflake_table(src_dict)  # type: ignore[return-value]
            except Exception:  # anything unusual: the general code below decides, and words any error
                pass
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise FieldTypeError(f"object ({cls.__name__})", src_dict)
        d = src_dict
        _snowflake_table = d.get("snowflakeTable", None)
        if type(_snowflake_table) is dict:
            try:
                snowflake_table = SnowflakeTableIdentifier.from_dict(_snowflake_table)
            except FieldTypeError as field_error:
                raise field_error.inside("snowflakeTable")
        else:
            snowflake_table = coerce("snowflakeTable", "object", _snowflake_table, required=True)

        identifier_snowflake_table = cls(
            snowflake_table,
        )

        return identifier_snowflake_table


def _decode_identifier_snowflake_table(d: Mapping[str, Any]) -> IdentifierSnowflakeTable:
    """from_dict's fast path (scripts/codegen/fast_decoder.py); raises for a body of an unusual shape."""
    o = IdentifierSnowflakeTable.__new__(IdentifierSnowflakeTable)
    get = d.get
    v = get("snowflakeTable")
    if not (type(v) is dict):
        raise _Unusual
    v = _decode_snowflake_table_identifier(v)
    o.snowflake_table = v
    return o


from synq_coalesce_core.json_fields import Unusual as _Unusual  # noqa: E402

# Imported after the class on purpose: models may reference each other in cycles (e.g. a recursive oneOf), and every
# model module defines its class before importing any other model, so any import order resolves.
from ..models.snowflake_table_identifier import (
    SnowflakeTableIdentifier,  # noqa: E402
    _decode_snowflake_table_identifier,  # noqa: E402
)
