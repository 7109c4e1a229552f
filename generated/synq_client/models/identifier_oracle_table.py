# Code generated from openapi/synq.yaml + overlays/synq.overlay.yaml by "make generate". DO NOT EDIT.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.oracle_table_identifier import OracleTableIdentifier


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
        from ..models.oracle_table_identifier import OracleTableIdentifier  # noqa: PLC0415

        d = dict(src_dict)
        oracle_table = OracleTableIdentifier.from_dict(d.pop("oracleTable"))

        identifier_oracle_table = cls(
            oracle_table=oracle_table,
        )

        return identifier_oracle_table
