# Code generated from openapi/synq.yaml + overlays/synq.overlay.yaml by "make generate". DO NOT EDIT.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.dbt_cloud_node_identifier import DbtCloudNodeIdentifier


T = TypeVar("T", bound="IdentifierDbtCloudNode")


@_attrs_define
class IdentifierDbtCloudNode:
    """Dbt node that identifies one of dbt DAG nodes (model, test, etc) in dbt Cloud project

    Attributes:
        dbt_cloud_node (DbtCloudNodeIdentifier): Dbt node that identifies one of dbt DAG nodes (model, test, etc) in dbt
            Cloud project
    """

    dbt_cloud_node: DbtCloudNodeIdentifier

    def to_dict(self) -> dict[str, Any]:
        dbt_cloud_node = self.dbt_cloud_node.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "dbtCloudNode": dbt_cloud_node,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dbt_cloud_node_identifier import DbtCloudNodeIdentifier  # noqa: PLC0415

        d = dict(src_dict)
        dbt_cloud_node = DbtCloudNodeIdentifier.from_dict(d.pop("dbtCloudNode"))

        identifier_dbt_cloud_node = cls(
            dbt_cloud_node=dbt_cloud_node,
        )

        return identifier_dbt_cloud_node
