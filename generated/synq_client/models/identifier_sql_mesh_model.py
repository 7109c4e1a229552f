# Code generated from openapi/synq.yaml + overlays/synq.overlay.yaml by "make generate". DO NOT EDIT.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from synq_coalesce_core.json_fields import (
    FieldTypeError,
    coerce,
)

T = TypeVar("T", bound="IdentifierSqlMeshModel")


@_attrs_define
class IdentifierSqlMeshModel:
    """SQLMesh Model identifier

    Attributes:
        sql_mesh_model (SqlMeshModelIdentifier): SQLMesh Model identifier
    """

    sql_mesh_model: SqlMeshModelIdentifier

    def to_dict(self) -> dict[str, Any]:
        sql_mesh_model = self.sql_mesh_model.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "sqlMeshModel": sql_mesh_model,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is IdentifierSqlMeshModel and type(src_dict) is dict:
            try:
                return _decode_identifier_sql_mesh_model(src_dict)  # type: ignore[return-value]
            except Exception:  # anything unusual: the general code below decides, and words any error
                pass
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise FieldTypeError(f"object ({cls.__name__})", src_dict)
        d = src_dict
        _sql_mesh_model = d.get("sqlMeshModel", None)
        if type(_sql_mesh_model) is dict:
            try:
                sql_mesh_model = SqlMeshModelIdentifier.from_dict(_sql_mesh_model)
            except FieldTypeError as field_error:
                raise field_error.inside("sqlMeshModel")
        else:
            sql_mesh_model = coerce("sqlMeshModel", "object", _sql_mesh_model, required=True)

        identifier_sql_mesh_model = cls(
            sql_mesh_model,
        )

        return identifier_sql_mesh_model


def _decode_identifier_sql_mesh_model(d: Mapping[str, Any]) -> IdentifierSqlMeshModel:
    """from_dict's fast path (scripts/codegen/fast_decoder.py); raises for a body of an unusual shape."""
    o = IdentifierSqlMeshModel.__new__(IdentifierSqlMeshModel)
    get = d.get
    v = get("sqlMeshModel")
    if not (type(v) is dict):
        raise _Unusual
    v = _decode_sql_mesh_model_identifier(v)
    o.sql_mesh_model = v
    return o


from synq_coalesce_core.json_fields import Unusual as _Unusual  # noqa: E402

# Imported after the class on purpose: models may reference each other in cycles (e.g. a recursive oneOf), and every
# model module defines its class before importing any other model, so any import order resolves.
from ..models.sql_mesh_model_identifier import (
    SqlMeshModelIdentifier,  # noqa: E402
    _decode_sql_mesh_model_identifier,  # noqa: E402
)
