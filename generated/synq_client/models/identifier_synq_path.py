# Code generated from openapi/synq.yaml + overlays/synq.overlay.yaml by "make generate". DO NOT EDIT.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from synq_coalesce_core.json_fields import (
    FieldTypeError,
    coerce,
)

T = TypeVar("T", bound="IdentifierSynqPath")


@_attrs_define
class IdentifierSynqPath:
    """SynqPath identifier

    Attributes:
        synq_path (SynqPathIdentifier): SynqPath identifier
    """

    synq_path: SynqPathIdentifier

    def to_dict(self) -> dict[str, Any]:
        synq_path = self.synq_path.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "synqPath": synq_path,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is IdentifierSynqPath and type(src_dict) is dict:
            try:
                return _decode_identifier_synq_path(src_dict)  # type: ignore[return-value]
            except Exception:  # anything unusual: the general code below decides, and words any error
                pass
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise FieldTypeError(f"object ({cls.__name__})", src_dict)
        d = src_dict
        _synq_path = d.get("synqPath", None)
        if type(_synq_path) is dict:
            try:
                synq_path = SynqPathIdentifier.from_dict(_synq_path)
            except FieldTypeError as field_error:
                raise field_error.inside("synqPath")
        else:
            synq_path = coerce("synqPath", "object", _synq_path, required=True)

        identifier_synq_path = cls(
            synq_path,
        )

        return identifier_synq_path


def _decode_identifier_synq_path(d: Mapping[str, Any]) -> IdentifierSynqPath:
    """from_dict's fast path (scripts/codegen/fast_decoder.py); raises for a body of an unusual shape."""
    o = IdentifierSynqPath.__new__(IdentifierSynqPath)
    get = d.get
    v = get("synqPath")
    if not (type(v) is dict):
        raise _Unusual
    v = _decode_synq_path_identifier(v)
    o.synq_path = v
    return o


from synq_coalesce_core.json_fields import Unusual as _Unusual  # noqa: E402

# Imported after the class on purpose: models may reference each other in cycles (e.g. a recursive oneOf), and every
# model module defines its class before importing any other model, so any import order resolves.
from ..models.synq_path_identifier import (
    SynqPathIdentifier,  # noqa: E402
    _decode_synq_path_identifier,  # noqa: E402
)
