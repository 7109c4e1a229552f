# Code generated from openapi/synq.yaml + overlays/synq.overlay.yaml by "make generate". DO NOT EDIT.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.databricks_table_identifier import DatabricksTableIdentifier


T = TypeVar("T", bound="IdentifierDatabricksTable")


@_attrs_define
class IdentifierDatabricksTable:
    """Databricks table identifier

    Attributes:
        databricks_table (DatabricksTableIdentifier): Databricks table identifier
    """

    databricks_table: DatabricksTableIdentifier

    def to_dict(self) -> dict[str, Any]:
        databricks_table = self.databricks_table.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "databricksTable": databricks_table,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.databricks_table_identifier import DatabricksTableIdentifier  # noqa: PLC0415

        d = dict(src_dict)
        databricks_table = DatabricksTableIdentifier.from_dict(d.pop("databricksTable"))

        identifier_databricks_table = cls(
            databricks_table=databricks_table,
        )

        return identifier_databricks_table
