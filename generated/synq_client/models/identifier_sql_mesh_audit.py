# Code generated from openapi/synq.yaml + overlays/synq.overlay.yaml by "make generate". DO NOT EDIT.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.sql_mesh_audit_identifier import SqlMeshAuditIdentifier


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
        from ..models.sql_mesh_audit_identifier import SqlMeshAuditIdentifier  # noqa: PLC0415

        d = dict(src_dict)
        sql_mesh_audit = SqlMeshAuditIdentifier.from_dict(d.pop("sqlMeshAudit"))

        identifier_sql_mesh_audit = cls(
            sql_mesh_audit=sql_mesh_audit,
        )

        return identifier_sql_mesh_audit
