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

from ..models.execution_type import ExecutionType
from ..types import (  # ruff drops the names a model does not use
    UnknownValue,
)

T = TypeVar("T", bound="ExecutionTypeCount")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "executionType",
        "count",
    }
)
"""The JSON names of the declared properties; any other key of a body goes to `additional_properties`."""


@_attrs_define
class ExecutionTypeCount:
    """ExecutionTypeCount represents the count of executions by type.

    Attributes:
        execution_type (ExecutionType | UnknownValue | None): Type of execution (e.g., query, job, test run).
        count (str | None): A protobuf int64 in proto3 JSON, a decimal string.
    """

    execution_type: ExecutionType | UnknownValue | None = None
    count: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        execution_type: str | int | None = None
        if self.execution_type is not None:
            execution_type = self.execution_type.raw

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if execution_type is not None:
            field_dict["executionType"] = execution_type
        if count is not None:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is ExecutionTypeCount and type(src_dict) is dict:
            try:
                return _decode_execution_type_count(src_dict)  # type: ignore[return-value]
            except Exception:  # anything unusual: the general code below decides, and words any error
                pass
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise FieldTypeError(f"object ({cls.__name__})", src_dict)
        d = src_dict
        absent = 0
        _execution_type = d.get("executionType", None)
        execution_type: ExecutionType | UnknownValue | None = None
        if type(_execution_type) is str:
            execution_type = ExecutionType.from_value(_execution_type)
        elif _execution_type is None:
            absent += 1
        else:
            execution_type = enum_member("executionType", ExecutionType.from_value, _execution_type)

        count = d.get("count", None)
        if type(count) is not str:
            if count is None:
                absent += 1
            else:
                count = coerce("count", "string", count)

        execution_type_count = cls(
            execution_type,
            count,
        )

        if len(src_dict) + absent > 2:  # only a body with a key no property declares
            execution_type_count.additional_properties = {
                prop_name: prop_dict for prop_name, prop_dict in src_dict.items() if prop_name not in _KNOWN_KEYS
            }

        return execution_type_count

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


def _decode_execution_type_count(d: Mapping[str, Any]) -> ExecutionTypeCount:
    """from_dict's fast path (scripts/codegen/fast_decoder.py); raises for a body of an unusual shape."""
    o = ExecutionTypeCount.__new__(ExecutionTypeCount)
    get = d.get
    absent = 0
    v = get("executionType")
    if type(v) is str:
        v = _ExecutionType_MEMBERS[v] if v in _ExecutionType_MEMBERS else ExecutionType.from_value(v)
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.execution_type = v
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

_ExecutionType_MEMBERS: dict[str, ExecutionType] = {member.value: member for member in ExecutionType}
