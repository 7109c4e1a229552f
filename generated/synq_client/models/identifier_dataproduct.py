# Code generated from openapi/synq.yaml + overlays/synq.overlay.yaml by "make generate". DO NOT EDIT.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.dataproduct_identifier import DataproductIdentifier


T = TypeVar("T", bound="IdentifierDataproduct")


@_attrs_define
class IdentifierDataproduct:
    """Dataproduct identifier

    Attributes:
        dataproduct (DataproductIdentifier): Dataproduct identifier
    """

    dataproduct: DataproductIdentifier

    def to_dict(self) -> dict[str, Any]:
        dataproduct = self.dataproduct.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "dataproduct": dataproduct,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dataproduct_identifier import DataproductIdentifier  # noqa: PLC0415

        d = dict(src_dict)
        dataproduct = DataproductIdentifier.from_dict(d.pop("dataproduct"))

        identifier_dataproduct = cls(
            dataproduct=dataproduct,
        )

        return identifier_dataproduct
