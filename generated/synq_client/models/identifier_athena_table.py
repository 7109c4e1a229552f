# Code generated from openapi/synq.yaml + overlays/synq.overlay.yaml by "make generate". DO NOT EDIT.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.athena_table_identifier import AthenaTableIdentifier


T = TypeVar("T", bound="IdentifierAthenaTable")


@_attrs_define
class IdentifierAthenaTable:
    """Amazon Athena (Glue) table identifier

    Attributes:
        athena_table (AthenaTableIdentifier): Amazon Athena (Glue) table identifier
    """

    athena_table: AthenaTableIdentifier

    def to_dict(self) -> dict[str, Any]:
        athena_table = self.athena_table.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "athenaTable": athena_table,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.athena_table_identifier import AthenaTableIdentifier  # noqa: PLC0415

        d = dict(src_dict)
        athena_table = AthenaTableIdentifier.from_dict(d.pop("athenaTable"))

        identifier_athena_table = cls(
            athena_table=athena_table,
        )

        return identifier_athena_table
