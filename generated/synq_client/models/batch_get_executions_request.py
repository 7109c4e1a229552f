# Code generated from openapi/synq.yaml + overlays/synq.overlay.yaml by "make generate". DO NOT EDIT.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from synq_coalesce_core.json_fields import (
    FieldTypeError,
    all_of,
    json_array,
    list_items,
)
from synq_coalesce_core.sequences import SequenceNotStr

T = TypeVar("T", bound="BatchGetExecutionsRequest")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "executionIds",
    }
)
"""The JSON names of the declared properties; any other key of a body goes to `additional_properties`."""


@_attrs_define
class BatchGetExecutionsRequest:
    """BatchGetExecutionsRequest requests specific executions by ID.

    Attributes:
        execution_ids (SequenceNotStr[str]): Execution IDs to retrieve.
    """

    execution_ids: SequenceNotStr[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        execution_ids = json_array(self.execution_ids)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "executionIds": execution_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is BatchGetExecutionsRequest and type(src_dict) is dict:
            try:
                return _decode_batch_get_executions_request(src_dict)  # type: ignore[return-value]
            except Exception:  # anything unusual: the general code below decides, and words any error
                pass
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise FieldTypeError(f"object ({cls.__name__})", src_dict)
        d = src_dict
        execution_ids: list[str] = d.get("executionIds", None)
        if type(execution_ids) is not list or not all_of(str, execution_ids):
            execution_ids = list_items("executionIds", "string", execution_ids, required=True)

        batch_get_executions_request = cls(
            execution_ids,
        )

        if len(src_dict) > 1:  # only a body with a key no property declares
            batch_get_executions_request.additional_properties = {
                prop_name: prop_dict for prop_name, prop_dict in src_dict.items() if prop_name not in _KNOWN_KEYS
            }

        return batch_get_executions_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _decode_batch_get_executions_request(d: Mapping[str, Any]) -> BatchGetExecutionsRequest:
    """from_dict's fast path (scripts/codegen/fast_decoder.py); raises for a body of an unusual shape."""
    o = BatchGetExecutionsRequest.__new__(BatchGetExecutionsRequest)
    get = d.get
    v = get("executionIds")
    if not (type(v) is list):
        raise _Unusual
    for item in v:
        if type(item) is not str:
            raise _Unusual
    o.execution_ids = v
    o.additional_properties = {}
    if len(d) > 1:
        o.additional_properties = {key: item for key, item in d.items() if key not in _KNOWN_KEYS}
    return o


from synq_coalesce_core.json_fields import Unusual as _Unusual  # noqa: E402
