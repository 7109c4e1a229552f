# Code generated from openapi/synq.yaml + overlays/synq.overlay.yaml by "make generate". DO NOT EDIT.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.redshift_table_identifier import RedshiftTableIdentifier


T = TypeVar("T", bound="IdentifierRedshiftTable")


@_attrs_define
class IdentifierRedshiftTable:
    """Redshift table identifier

    Attributes:
        redshift_table (RedshiftTableIdentifier): Redshift table identifier
    """

    redshift_table: RedshiftTableIdentifier

    def to_dict(self) -> dict[str, Any]:
        redshift_table = self.redshift_table.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "redshiftTable": redshift_table,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.redshift_table_identifier import RedshiftTableIdentifier  # noqa: PLC0415

        d = dict(src_dict)
        redshift_table = RedshiftTableIdentifier.from_dict(d.pop("redshiftTable"))

        identifier_redshift_table = cls(
            redshift_table=redshift_table,
        )

        return identifier_redshift_table
