# Code generated from openapi/synq.yaml + overlays/synq.overlay.yaml by "make generate". DO NOT EDIT.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.sql_mesh_model_identifier import SqlMeshModelIdentifier


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
        from ..models.sql_mesh_model_identifier import SqlMeshModelIdentifier  # noqa: PLC0415

        d = dict(src_dict)
        sql_mesh_model = SqlMeshModelIdentifier.from_dict(d.pop("sqlMeshModel"))

        identifier_sql_mesh_model = cls(
            sql_mesh_model=sql_mesh_model,
        )

        return identifier_sql_mesh_model
