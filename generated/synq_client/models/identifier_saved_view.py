# Code generated from openapi/synq.yaml + overlays/synq.overlay.yaml by "make generate". DO NOT EDIT.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.saved_view_identifier import SavedViewIdentifier


T = TypeVar("T", bound="IdentifierSavedView")


@_attrs_define
class IdentifierSavedView:
    """Saved view identifier

    Attributes:
        saved_view (SavedViewIdentifier): Saved view identifier
    """

    saved_view: SavedViewIdentifier

    def to_dict(self) -> dict[str, Any]:
        saved_view = self.saved_view.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "savedView": saved_view,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.saved_view_identifier import SavedViewIdentifier  # noqa: PLC0415

        d = dict(src_dict)
        saved_view = SavedViewIdentifier.from_dict(d.pop("savedView"))

        identifier_saved_view = cls(
            saved_view=saved_view,
        )

        return identifier_saved_view
