# Code generated from openapi/synq.yaml + overlays/synq.overlay.yaml by "make generate". DO NOT EDIT.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from synq_coalesce_core.json_fields import (
    FieldTypeError,
    coerce,
)

T = TypeVar("T", bound="IdentifierTrinoTable")


@_attrs_define
class IdentifierTrinoTable:
    """Trino table identifier

    Attributes:
        trino_table (TrinoTableIdentifier): Trino table identifier
    """

    trino_table: TrinoTableIdentifier

    def to_dict(self) -> dict[str, Any]:
        trino_table = self.trino_table.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "trinoTable": trino_table,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is IdentifierTrinoTable and type(src_dict) is dict:
            try:
                return _decode_identifier_trino_table(src_dict)  # type: ignore[return-value]
            except Exception:  # anything unusual: the general code below decides, and words any error
                pass
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise FieldTypeError(f"object ({cls.__name__})", src_dict)
        d = src_dict
        _trino_table = d.get("trinoTable", None)
        if type(_trino_table) is dict:
            try:
                trino_table = TrinoTableIdentifier.from_dict(_trino_table)
            except FieldTypeError as field_error:
                raise field_error.inside("trinoTable")
        else:
            trino_table = coerce("trinoTable", "object", _trino_table, required=True)

        identifier_trino_table = cls(
            trino_table,
        )

        return identifier_trino_table


def _decode_identifier_trino_table(d: Mapping[str, Any]) -> IdentifierTrinoTable:
    """from_dict's fast path (scripts/codegen/fast_decoder.py); raises for a body of an unusual shape."""
    o = IdentifierTrinoTable.__new__(IdentifierTrinoTable)
    get = d.get
    v = get("trinoTable")
    if not (type(v) is dict):
        raise _Unusual
    v = _decode_trino_table_identifier(v)
    o.trino_table = v
    return o


from synq_coalesce_core.json_fields import Unusual as _Unusual  # noqa: E402

# Imported after the class on purpose: models may reference each other in cycles (e.g. a recursive oneOf), and every
# model module defines its class before importing any other model, so any import order resolves.
from ..models.trino_table_identifier import (
    TrinoTableIdentifier,  # noqa: E402
    _decode_trino_table_identifier,  # noqa: E402
)
