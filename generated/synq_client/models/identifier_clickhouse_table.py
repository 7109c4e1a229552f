# Code generated from openapi/synq.yaml + overlays/synq.overlay.yaml by "make generate". DO NOT EDIT.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.clickhouse_table_identifier import ClickhouseTableIdentifier


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
        from ..models.clickhouse_table_identifier import ClickhouseTableIdentifier  # noqa: PLC0415

        d = dict(src_dict)
        clickhouse_table = ClickhouseTableIdentifier.from_dict(d.pop("clickhouseTable"))

        identifier_clickhouse_table = cls(
            clickhouse_table=clickhouse_table,
        )

        return identifier_clickhouse_table
