# Code generated from openapi/synq.yaml + overlays/synq.overlay.yaml by "make generate". DO NOT EDIT.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from synq_coalesce_core.json_fields import (
    FieldTypeError,
    coerce,
)

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
        if cls is IdentifierAthenaTable and type(src_dict) is dict:
            try:
                return _decode_identifier_athena_table(src_dict)  # type: ignore[return-value]
            except Exception:  # anything unusual: the general code below decides, and words any error
                pass
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise FieldTypeError(f"object ({cls.__name__})", src_dict)
        d = src_dict
        _athena_table = d.get("athenaTable", None)
        if type(_athena_table) is dict:
            try:
                athena_table = AthenaTableIdentifier.from_dict(_athena_table)
            except FieldTypeError as field_error:
                raise field_error.inside("athenaTable")
        else:
            athena_table = coerce("athenaTable", "object", _athena_table, required=True)

        identifier_athena_table = cls(
            athena_table,
        )

        return identifier_athena_table


def _decode_identifier_athena_table(d: Mapping[str, Any]) -> IdentifierAthenaTable:
    """from_dict's fast path (scripts/codegen/fast_decoder.py); raises for a body of an unusual shape."""
    o = IdentifierAthenaTable.__new__(IdentifierAthenaTable)
    get = d.get
    v = get("athenaTable")
    if not (type(v) is dict):
        raise _Unusual
    v = _decode_athena_table_identifier(v)
    o.athena_table = v
    return o


from synq_coalesce_core.json_fields import Unusual as _Unusual  # noqa: E402

# Imported after the class on purpose: models may reference each other in cycles (e.g. a recursive oneOf), and every
# model module defines its class before importing any other model, so any import order resolves.
from ..models.athena_table_identifier import (
    AthenaTableIdentifier,  # noqa: E402
    _decode_athena_table_identifier,  # noqa: E402
)
