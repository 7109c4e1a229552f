# Code generated from openapi/synq.yaml + overlays/synq.overlay.yaml by "make generate". DO NOT EDIT.
from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from synq_coalesce_core.json_fields import (
    FieldTypeError,
    failing_item,
)

T = TypeVar("T", bound="GetExecutionsSummaryResponseLatestByEntity")


@_attrs_define(eq=False)  # == is Mapping's: equal to any mapping (a dict too) with the same items
class GetExecutionsSummaryResponseLatestByEntity(Mapping[str, "EntityExecution"]):
    """Latest execution for each requested entity."""

    additional_properties: dict[str, EntityExecution] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is GetExecutionsSummaryResponseLatestByEntity and type(src_dict) is dict:
            try:
                return _decode_get_executions_summary_response_latest_by_entity(src_dict)  # type: ignore[return-value]
            except Exception:  # anything unusual: the general code below decides, and words any error
                pass
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise FieldTypeError(f"object ({cls.__name__})", src_dict)
        get_executions_summary_response_latest_by_entity = cls()

        try:
            get_executions_summary_response_latest_by_entity.additional_properties = {
                prop_name: EntityExecution.from_dict(prop_dict) for prop_name, prop_dict in src_dict.items()
            }
        except FieldTypeError:
            raise failing_item(None, EntityExecution.from_dict, src_dict.items()) from None

        return get_executions_summary_response_latest_by_entity

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> EntityExecution:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: EntityExecution) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: object) -> bool:
        return key in self.additional_properties

    def __iter__(self) -> Iterator[str]:
        return iter(self.additional_properties)

    def __len__(self) -> int:
        return len(self.additional_properties)


def _decode_get_executions_summary_response_latest_by_entity(
    d: Mapping[str, Any],
) -> GetExecutionsSummaryResponseLatestByEntity:
    """from_dict's fast path (scripts/codegen/fast_decoder.py); raises for a body of an unusual shape."""
    o = GetExecutionsSummaryResponseLatestByEntity.__new__(GetExecutionsSummaryResponseLatestByEntity)
    o.additional_properties = {key: _decode_entity_execution(item) for key, item in d.items()}
    return o


# Imported after the class on purpose: models may reference each other in cycles (e.g. a recursive oneOf), and every
# model module defines its class before importing any other model, so any import order resolves.
from ..models.entity_execution import (
    EntityExecution,  # noqa: E402
    _decode_entity_execution,  # noqa: E402
)
