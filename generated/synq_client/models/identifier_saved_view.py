# Code generated from openapi/synq.yaml + overlays/synq.overlay.yaml by "make generate". DO NOT EDIT.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from synq_coalesce_core.json_fields import (
    FieldTypeError,
    coerce,
)

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
        if cls is IdentifierSavedView and type(src_dict) is dict:
            try:
                return _decode_identifier_saved_view(src_dict)  # type: ignore[return-value]
            except Exception:  # anything unusual: the general code below decides, and words any error
                pass
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise FieldTypeError(f"object ({cls.__name__})", src_dict)
        d = src_dict
        _saved_view = d.get("savedView", None)
        if type(_saved_view) is dict:
            try:
                saved_view = SavedViewIdentifier.from_dict(_saved_view)
            except FieldTypeError as field_error:
                raise field_error.inside("savedView")
        else:
            saved_view = coerce("savedView", "object", _saved_view, required=True)

        identifier_saved_view = cls(
            saved_view,
        )

        return identifier_saved_view


def _decode_identifier_saved_view(d: Mapping[str, Any]) -> IdentifierSavedView:
    """from_dict's fast path (scripts/codegen/fast_decoder.py); raises for a body of an unusual shape."""
    o = IdentifierSavedView.__new__(IdentifierSavedView)
    get = d.get
    v = get("savedView")
    if not (type(v) is dict):
        raise _Unusual
    v = _decode_saved_view_identifier(v)
    o.saved_view = v
    return o


from synq_coalesce_core.json_fields import Unusual as _Unusual  # noqa: E402

# Imported after the class on purpose: models may reference each other in cycles (e.g. a recursive oneOf), and every
# model module defines its class before importing any other model, so any import order resolves.
from ..models.saved_view_identifier import (
    SavedViewIdentifier,  # noqa: E402
    _decode_saved_view_identifier,  # noqa: E402
)
