# Code generated from openapi/synq.yaml + overlays/synq.overlay.yaml by "make generate". DO NOT EDIT.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.mssql_table_identifier import MssqlTableIdentifier


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
        from ..models.mssql_table_identifier import MssqlTableIdentifier  # noqa: PLC0415

        d = dict(src_dict)
        mssql_table = MssqlTableIdentifier.from_dict(d.pop("mssqlTable"))

        identifier_mssql_table = cls(
            mssql_table=mssql_table,
        )

        return identifier_mssql_table
