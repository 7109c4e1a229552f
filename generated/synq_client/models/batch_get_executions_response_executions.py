# Code generated from openapi/synq.yaml + overlays/synq.overlay.yaml by "make generate". DO NOT EDIT.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.entity_execution import EntityExecution


T = TypeVar("T", bound="BatchGetExecutionsResponseExecutions")


@_attrs_define
class BatchGetExecutionsResponseExecutions:
    """Map of execution ID to EntityExecution. Only includes executions that were found and accessible: IDs that are
    missing or not accessible are simply absent, there is no per-ID error.

    """

    additional_properties: dict[str, EntityExecution] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.entity_execution import EntityExecution  # noqa: PLC0415

        d = dict(src_dict)
        batch_get_executions_response_executions = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = EntityExecution.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        batch_get_executions_response_executions.additional_properties = additional_properties
        return batch_get_executions_response_executions

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> EntityExecution:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: EntityExecution) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
