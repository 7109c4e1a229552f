# Code generated from openapi/synq.yaml + overlays/synq.overlay.yaml by "make generate". DO NOT EDIT.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from synq_coalesce_core.json_fields import (
    FieldTypeError,
    coerce,
)

T = TypeVar("T", bound="IdentifierPostgresTable")


@_attrs_define
class IdentifierPostgresTable:
    """Postgres table identifier

    Attributes:
        postgres_table (PostgresTableIdentifier): Postgres table identifier
    """

    postgres_table: PostgresTableIdentifier

    def to_dict(self) -> dict[str, Any]:
        postgres_table = self.postgres_table.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "postgresTable": postgres_table,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is IdentifierPostgresTable and type(src_dict) is dict:
            try:
                return _decode_identifier_postgres_table(src_dict)  # type: ignore[return-value]
            except Exception:  # anything unusual: the general code below decides, and words any error
                pass
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise FieldTypeError(f"object ({cls.__name__})", src_dict)
        d = src_dict
        _postgres_table = d.get("postgresTable", None)
        if type(_postgres_table) is dict:
            try:
                postgres_table = PostgresTableIdentifier.from_dict(_postgres_table)
            except FieldTypeError as field_error:
                raise field_error.inside("postgresTable")
        else:
            postgres_table = coerce("postgresTable", "object", _postgres_table, required=True)

        identifier_postgres_table = cls(
            postgres_table,
        )

        return identifier_postgres_table


def _decode_identifier_postgres_table(d: Mapping[str, Any]) -> IdentifierPostgresTable:
    """from_dict's fast path (scripts/codegen/fast_decoder.py); raises for a body of an unusual shape."""
    o = IdentifierPostgresTable.__new__(IdentifierPostgresTable)
    get = d.get
    v = get("postgresTable")
    if not (type(v) is dict):
        raise _Unusual
    v = _decode_postgres_table_identifier(v)
    o.postgres_table = v
    return o


from synq_coalesce_core.json_fields import Unusual as _Unusual  # noqa: E402

# Imported after the class on purpose: models may reference each other in cycles (e.g. a recursive oneOf), and every
# model module defines its class before importing any other model, so any import order resolves.
from ..models.postgres_table_identifier import (
    PostgresTableIdentifier,  # noqa: E402
    _decode_postgres_table_identifier,  # noqa: E402
)
