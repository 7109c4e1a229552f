# Code generated from openapi/synq.yaml + overlays/synq.overlay.yaml by "make generate". DO NOT EDIT.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from synq_coalesce_core.json_fields import (
    FieldTypeError,
    coerce,
)

T = TypeVar("T", bound="IdentifierDatabricksTable")


@_attrs_define
class IdentifierDatabricksTable:
    """Databricks table identifier

    Attributes:
        databricks_table (DatabricksTableIdentifier): Databricks table identifier
    """

    databricks_table: DatabricksTableIdentifier

    def to_dict(self) -> dict[str, Any]:
        databricks_table = self.databricks_table.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "databricksTable": databricks_table,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is IdentifierDatabricksTable and type(src_dict) is dict:
            try:
                return _decode_identifier_databricks_table(src_dict)  # type: ignore[return-value]
            except Exception:  # anything unusual: the general code below decides, and words any error
                pass
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise FieldTypeError(f"object ({cls.__name__})", src_dict)
        d = src_dict
        _databricks_table = d.get("databricksTable", None)
        if type(_databricks_table) is dict:
            try:
                databricks_table = DatabricksTableIdentifier.from_dict(_databricks_table)
            except FieldTypeError as field_error:
                raise field_error.inside("databricksTable")
        else:
            databricks_table = coerce("databricksTable", "object", _databricks_table, required=True)

        identifier_databricks_table = cls(
            databricks_table,
        )

        return identifier_databricks_table


def _decode_identifier_databricks_table(d: Mapping[str, Any]) -> IdentifierDatabricksTable:
    """from_dict's fast path (scripts/codegen/fast_decoder.py); raises for a body of an unusual shape."""
    o = IdentifierDatabricksTable.__new__(IdentifierDatabricksTable)
    get = d.get
    v = get("databricksTable")
    if not (type(v) is dict):
        raise _Unusual
    v = _decode_databricks_table_identifier(v)
    o.databricks_table = v
    return o


from synq_coalesce_core.json_fields import Unusual as _Unusual  # noqa: E402

# Imported after the class on purpose: models may reference each other in cycles (e.g. a recursive oneOf), and every
# model module defines its class before importing any other model, so any import order resolves.
from ..models.databricks_table_identifier import (
    DatabricksTableIdentifier,  # noqa: E402
    _decode_databricks_table_identifier,  # noqa: E402
)
