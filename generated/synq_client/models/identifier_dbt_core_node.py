# Code generated from openapi/synq.yaml + overlays/synq.overlay.yaml by "make generate". DO NOT EDIT.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.dbt_core_node_identifier import DbtCoreNodeIdentifier


T = TypeVar("T", bound="IdentifierDbtCoreNode")


@_attrs_define
class IdentifierDbtCoreNode:
    """Dbt node that identifies one of dbt DAG nodes (model, test, etc) in dbt Core project

    Attributes:
        dbt_core_node (DbtCoreNodeIdentifier): Dbt node that identifies one of dbt DAG nodes (model, test, etc) in dbt
            Core project
    """

    dbt_core_node: DbtCoreNodeIdentifier

    def to_dict(self) -> dict[str, Any]:
        dbt_core_node = self.dbt_core_node.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "dbtCoreNode": dbt_core_node,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dbt_core_node_identifier import DbtCoreNodeIdentifier  # noqa: PLC0415

        d = dict(src_dict)
        dbt_core_node = DbtCoreNodeIdentifier.from_dict(d.pop("dbtCoreNode"))

        identifier_dbt_core_node = cls(
            dbt_core_node=dbt_core_node,
        )

        return identifier_dbt_core_node
