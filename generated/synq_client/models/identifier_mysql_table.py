# Code generated from openapi/synq.yaml + overlays/synq.overlay.yaml by "make generate". DO NOT EDIT.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.mysql_table_identifier import MysqlTableIdentifier


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
        from ..models.mysql_table_identifier import MysqlTableIdentifier  # noqa: PLC0415

        d = dict(src_dict)
        mysql_table = MysqlTableIdentifier.from_dict(d.pop("mysqlTable"))

        identifier_mysql_table = cls(
            mysql_table=mysql_table,
        )

        return identifier_mysql_table
