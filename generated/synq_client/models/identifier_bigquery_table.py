# Code generated from openapi/synq.yaml + overlays/synq.overlay.yaml by "make generate". DO NOT EDIT.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.bigquery_table_identifier import BigqueryTableIdentifier


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
        from ..models.bigquery_table_identifier import BigqueryTableIdentifier  # noqa: PLC0415

        d = dict(src_dict)
        bigquery_table = BigqueryTableIdentifier.from_dict(d.pop("bigqueryTable"))

        identifier_bigquery_table = cls(
            bigquery_table=bigquery_table,
        )

        return identifier_bigquery_table
