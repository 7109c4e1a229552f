# Code generated from openapi/synq.yaml + overlays/synq.overlay.yaml by "make generate". DO NOT EDIT.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from synq_coalesce_core.json_fields import (
    FieldTypeError,
    coerce,
)

T = TypeVar("T", bound="IdentifierSqlMeshAudit")


@_attrs_define
class IdentifierSqlMeshAudit:
    """SQLMesh Audit identifier

    Attributes:
        sql_mesh_audit (SqlMeshAuditIdentifier): SQLMesh Audit identifier
    """

    sql_mesh_audit: SqlMeshAuditIdentifier

    def to_dict(self) -> dict[str, Any]:
        sql_mesh_audit = self.sql_mesh_audit.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "sqlMeshAudit": sql_mesh_audit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is IdentifierSqlMeshAudit and type(src_dict) is dict:
            try:
                return _decode_identifier_sql_mesh_audit(src_dict)  # type: ignore[return-value]
            except Exception:  # anything unusual: the general code below decides, and words any error
                pass
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise FieldTypeError(f"object ({cls.__name__})", src_dict)
        d = src_dict
        _sql_mesh_audit = d.get("sqlMeshAudit", None)
        if type(_sql_mesh_audit) is dict:
            try:
                sql_mesh_audit = SqlMeshAuditIdentifier.from_dict(_sql_mesh_audit)
            except FieldTypeError as field_error:
                raise field_error.inside("sqlMeshAudit")
        else:
            sql_mesh_audit = coerce("sqlMeshAudit", "object", _sql_mesh_audit, required=True)

        identifier_sql_mesh_audit = cls(
            sql_mesh_audit,
        )

        return identifier_sql_mesh_audit


def _decode_identifier_sql_mesh_audit(d: Mapping[str, Any]) -> IdentifierSqlMeshAudit:
    """from_dict's fast path (scripts/codegen/fast_decoder.py); raises for a body of an unusual shape."""
    o = IdentifierSqlMeshAudit.__new__(IdentifierSqlMeshAudit)
    get = d.get
    v = get("sqlMeshAudit")
    if not (type(v) is dict):
        raise _Unusual
    v = _decode_sql_mesh_audit_identifier(v)
    o.sql_mesh_audit = v
    return o


from synq_coalesce_core.json_fields import Unusual as _Unusual  # noqa: E402

# Imported after the class on purpose: models may reference each other in cycles (e.g. a recursive oneOf), and every
# model module defines its class before importing any other model, so any import order resolves.
from ..models.sql_mesh_audit_identifier import (
    SqlMeshAuditIdentifier,  # noqa: E402
    _decode_sql_mesh_audit_identifier,  # noqa: E402
)
