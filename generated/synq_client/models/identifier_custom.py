# Code generated from openapi/synq.yaml + overlays/synq.overlay.yaml by "make generate". DO NOT EDIT.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.custom_identifier import CustomIdentifier


T = TypeVar("T", bound="IdentifierCustom")


@_attrs_define
class IdentifierCustom:
    """Custom identifier to be used with all custom created entities

    Attributes:
        custom (CustomIdentifier): Custom identifier to be used with all custom created entities
    """

    custom: CustomIdentifier

    def to_dict(self) -> dict[str, Any]:
        custom = self.custom.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "custom": custom,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_identifier import CustomIdentifier  # noqa: PLC0415

        d = dict(src_dict)
        custom = CustomIdentifier.from_dict(d.pop("custom"))

        identifier_custom = cls(
            custom=custom,
        )

        return identifier_custom
