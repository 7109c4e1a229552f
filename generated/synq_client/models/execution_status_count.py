# Code generated from openapi/synq.yaml + overlays/synq.overlay.yaml by "make generate". DO NOT EDIT.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from synq_coalesce_core.json_fields import (
    FieldTypeError,
    coerce,
    enum_member,
)

from ..models.execution_status import ExecutionStatus
from ..types import (  # ruff drops the names a model does not use
    UnknownValue,
)

T = TypeVar("T", bound="ExecutionStatusCount")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "status",
        "count",
    }
)
"""The JSON names of the declared properties; any other key of a body goes to `additional_properties`."""


@_attrs_define
class ExecutionStatusCount:
    """ExecutionStatusCount represents the count of executions by status.

    Attributes:
        status (ExecutionStatus | UnknownValue | None): ExecutionStatus represents the outcome of an execution. Status
            of the execution.
        count (str | None): A protobuf int64 in proto3 JSON, a decimal string.
    """

    status: ExecutionStatus | UnknownValue | None = None
    count: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str | int | None = None
        if self.status is not None:
            status = self.status.raw

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not None:
            field_dict["status"] = status
        if count is not None:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is ExecutionStatusCount and type(src_dict) is dict:
            try:
                return _decode_execution_status_count(src_dict)  # type: ignore[return-value]
            except Exception:  # anything unusual: the general code below decides, and words any error
                pass
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise FieldTypeError(f"object ({cls.__name__})", src_dict)
        d = src_dict
        absent = 0
        _status = d.get("status", None)
        status: ExecutionStatus | UnknownValue | None = None
        if type(_status) is str:
            status = ExecutionStatus.from_value(_status)
        elif _status is None:
            absent += 1
        else:
            status = enum_member("status", ExecutionStatus.from_value, _status)

        count = d.get("count", None)
        if type(count) is not str:
            if count is None:
                absent += 1
            else:
                count = coerce("count", "string", count)

        execution_status_count = cls(
            status,
            count,
        )

        if len(src_dict) + absent > 2:  # only a body with a key no property declares
            execution_status_count.additional_properties = {
                prop_name: prop_dict for prop_name, prop_dict in src_dict.items() if prop_name not in _KNOWN_KEYS
            }

        return execution_status_count

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


def _decode_execution_status_count(d: Mapping[str, Any]) -> ExecutionStatusCount:
    """from_dict's fast path (scripts/codegen/fast_decoder.py); raises for a body of an unusual shape."""
    o = ExecutionStatusCount.__new__(ExecutionStatusCount)
    get = d.get
    absent = 0
    v = get("status")
    if type(v) is str:
        v = _ExecutionStatus_MEMBERS[v] if v in _ExecutionStatus_MEMBERS else ExecutionStatus.from_value(v)
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.status = v
    v = get("count")
    if type(v) is str:
        pass
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.count = v
    o.additional_properties = {}
    if len(d) + absent > 2:
        o.additional_properties = {key: item for key, item in d.items() if key not in _KNOWN_KEYS}
    return o


from synq_coalesce_core.json_fields import Unusual as _Unusual  # noqa: E402

_ExecutionStatus_MEMBERS: dict[str, ExecutionStatus] = {member.value: member for member in ExecutionStatus}
