# Code generated from openapi/synq.yaml + overlays/synq.overlay.yaml by "make generate". DO NOT EDIT.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from synq_coalesce_core.json_fields import (
    FieldTypeError,
    coerce,
)

T = TypeVar("T", bound="IdentifierMysqlTable")


@_attrs_define
class IdentifierMysqlTable:
    """Mysql table identifier

    Attributes:
        mysql_table (MysqlTableIdentifier): Mysql table identifier
    """

    mysql_table: MysqlTableIdentifier

    def to_dict(self) -> dict[str, Any]:
        mysql_table = self.mysql_table.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "mysqlTable": mysql_table,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is IdentifierMysqlTable and type(src_dict) is dict:
            try:
                return _decode_identifier_mysql_table(src_dict)  # type: ignore[return-value]
            except Exception:  # anything unusual: the general code below decides, and words any error
                pass
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise FieldTypeError(f"object ({cls.__name__})", src_dict)
        d = src_dict
        _mysql_table = d.get("mysqlTable", None)
        if type(_mysql_table) is dict:
            try:
                mysql_table = MysqlTableIdentifier.from_dict(_mysql_table)
            except FieldTypeError as field_error:
                raise field_error.inside("mysqlTable")
        else:
            mysql_table = coerce("mysqlTable", "object", _mysql_table, required=True)

        identifier_mysql_table = cls(
            mysql_table,
        )

        return identifier_mysql_table


def _decode_identifier_mysql_table(d: Mapping[str, Any]) -> IdentifierMysqlTable:
    """from_dict's fast path (scripts/codegen/fast_decoder.py); raises for a body of an unusual shape."""
    o = IdentifierMysqlTable.__new__(IdentifierMysqlTable)
    get = d.get
    v = get("mysqlTable")
    if not (type(v) is dict):
        raise _Unusual
    v = _decode_mysql_table_identifier(v)
    o.mysql_table = v
    return o


from synq_coalesce_core.json_fields import Unusual as _Unusual  # noqa: E402

# Imported after the class on purpose: models may reference each other in cycles (e.g. a recursive oneOf), and every
# model module defines its class before importing any other model, so any import order resolves.
from ..models.mysql_table_identifier import (
    MysqlTableIdentifier,  # noqa: E402
    _decode_mysql_table_identifier,  # noqa: E402
)
