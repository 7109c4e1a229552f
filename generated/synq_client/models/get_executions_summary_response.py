# Code generated from openapi/synq.yaml + overlays/synq.overlay.yaml by "make generate". DO NOT EDIT.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from synq_coalesce_core.json_fields import (
    FieldTypeError,
    coerce,
    failing_item,
    rfc3339,
    timestamp,
)

T = TypeVar("T", bound="GetExecutionsSummaryResponse")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "totalExecutions",
        "executionTypeCounts",
        "statusCounts",
        "earliestExecution",
        "latestExecution",
        "latestByEntity",
    }
)
"""The JSON names of the declared properties; any other key of a body goes to `additional_properties`."""


@_attrs_define
class GetExecutionsSummaryResponse:
    """GetExecutionsSummaryResponse contains aggregated execution statistics.

    Attributes:
        total_executions (str | None): A protobuf int64 in proto3 JSON, a decimal string.
        execution_type_counts (list[ExecutionTypeCount] | None): Count of executions by type.
        status_counts (list[ExecutionStatusCount] | None): Count of executions by status.
        earliest_execution (datetime.datetime | None): Time range of available executions (the earliest).
        latest_execution (datetime.datetime | None): Time range of available executions (the latest).
        latest_by_entity (GetExecutionsSummaryResponseLatestByEntity | None): Latest execution for each requested
            entity.
    """

    total_executions: str | None = None
    execution_type_counts: list[ExecutionTypeCount] | None = None
    status_counts: list[ExecutionStatusCount] | None = None
    earliest_execution: datetime.datetime | None = None
    latest_execution: datetime.datetime | None = None
    latest_by_entity: GetExecutionsSummaryResponseLatestByEntity | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_executions = self.total_executions

        execution_type_counts: list[dict[str, Any]] | None = None
        if self.execution_type_counts is not None:
            execution_type_counts = []
            for execution_type_counts_item_data in self.execution_type_counts:
                execution_type_counts_item = execution_type_counts_item_data.to_dict()
                execution_type_counts.append(execution_type_counts_item)

        status_counts: list[dict[str, Any]] | None = None
        if self.status_counts is not None:
            status_counts = []
            for status_counts_item_data in self.status_counts:
                status_counts_item = status_counts_item_data.to_dict()
                status_counts.append(status_counts_item)

        earliest_execution: str | None = None
        if self.earliest_execution is not None:
            earliest_execution = rfc3339(self.earliest_execution)

        latest_execution: str | None = None
        if self.latest_execution is not None:
            latest_execution = rfc3339(self.latest_execution)

        latest_by_entity: dict[str, Any] | None = None
        if self.latest_by_entity is not None:
            latest_by_entity = self.latest_by_entity.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_executions is not None:
            field_dict["totalExecutions"] = total_executions
        if execution_type_counts is not None:
            field_dict["executionTypeCounts"] = execution_type_counts
        if status_counts is not None:
            field_dict["statusCounts"] = status_counts
        if earliest_execution is not None:
            field_dict["earliestExecution"] = earliest_execution
        if latest_execution is not None:
            field_dict["latestExecution"] = latest_execution
        if latest_by_entity is not None:
            field_dict["latestByEntity"] = latest_by_entity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is GetExecutionsSummaryResponse and type(src_dict) is dict:
            try:
                return _decode_get_executions_summary_response(src_dict)  # type: ignore[return-value]
            except Exception:  # anything unusual: the general code below decides, and words any error
                pass
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise FieldTypeError(f"object ({cls.__name__})", src_dict)
        d = src_dict
        absent = 0
        total_executions = d.get("totalExecutions", None)
        if type(total_executions) is not str:
            if total_executions is None:
                absent += 1
            else:
                total_executions = coerce("totalExecutions", "string", total_executions)

        _execution_type_counts = d.get("executionTypeCounts", None)
        execution_type_counts: list[ExecutionTypeCount] | None = None
        if type(_execution_type_counts) is list:
            try:
                execution_type_counts = list(map(ExecutionTypeCount.from_dict, _execution_type_counts))
            except FieldTypeError:
                raise failing_item(
                    "executionTypeCounts", ExecutionTypeCount.from_dict, enumerate(_execution_type_counts)
                ) from None
        elif _execution_type_counts is None:
            absent += 1
        else:
            execution_type_counts = coerce("executionTypeCounts", "array", _execution_type_counts)

        _status_counts = d.get("statusCounts", None)
        status_counts: list[ExecutionStatusCount] | None = None
        if type(_status_counts) is list:
            try:
                status_counts = list(map(ExecutionStatusCount.from_dict, _status_counts))
            except FieldTypeError:
                raise failing_item("statusCounts", ExecutionStatusCount.from_dict, enumerate(_status_counts)) from None
        elif _status_counts is None:
            absent += 1
        else:
            status_counts = coerce("statusCounts", "array", _status_counts)

        _earliest_execution = d.get("earliestExecution", None)
        earliest_execution: datetime.datetime | None = None
        if type(_earliest_execution) is str:
            earliest_execution = timestamp("earliestExecution", _earliest_execution)
        elif _earliest_execution is None:
            absent += 1
        else:
            earliest_execution = coerce("earliestExecution", "string", _earliest_execution)

        _latest_execution = d.get("latestExecution", None)
        latest_execution: datetime.datetime | None = None
        if type(_latest_execution) is str:
            latest_execution = timestamp("latestExecution", _latest_execution)
        elif _latest_execution is None:
            absent += 1
        else:
            latest_execution = coerce("latestExecution", "string", _latest_execution)

        _latest_by_entity = d.get("latestByEntity", None)
        latest_by_entity: GetExecutionsSummaryResponseLatestByEntity | None = None
        if type(_latest_by_entity) is dict:
            try:
                latest_by_entity = GetExecutionsSummaryResponseLatestByEntity.from_dict(_latest_by_entity)
            except FieldTypeError as field_error:
                raise field_error.inside("latestByEntity")
        elif _latest_by_entity is None:
            absent += 1
        else:
            latest_by_entity = coerce("latestByEntity", "object", _latest_by_entity)

        get_executions_summary_response = cls(
            total_executions,
            execution_type_counts,
            status_counts,
            earliest_execution,
            latest_execution,
            latest_by_entity,
        )

        if len(src_dict) + absent > 6:  # only a body with a key no property declares
            get_executions_summary_response.additional_properties = {
                prop_name: prop_dict for prop_name, prop_dict in src_dict.items() if prop_name not in _KNOWN_KEYS
            }

        return get_executions_summary_response

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


def _decode_get_executions_summary_response(d: Mapping[str, Any]) -> GetExecutionsSummaryResponse:
    """from_dict's fast path (scripts/codegen/fast_decoder.py); raises for a body of an unusual shape."""
    o = GetExecutionsSummaryResponse.__new__(GetExecutionsSummaryResponse)
    get = d.get
    absent = 0
    v = get("totalExecutions")
    if type(v) is str:
        pass
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.total_executions = v
    v = get("executionTypeCounts")
    if type(v) is list:
        v = [_decode_execution_type_count(item) for item in v]
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.execution_type_counts = v
    v = get("statusCounts")
    if type(v) is list:
        v = [_decode_execution_status_count(item) for item in v]
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.status_counts = v
    v = get("earliestExecution")
    if type(v) is str:
        t = _fromisoformat(v)
        n = len(v)
        # json_fields.timestamp's canonical form, which a plain datetime writes back unchanged
        if (
            v[-1] == "Z"
            and v[4:17:3] == "--T::"
            and (n == 20 or ((n == 24 or n == 27) and v[19] == "." and v[-4:-1] != "000"))
        ):
            v = t
        else:
            v = _Timestamp.parse(v)
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.earliest_execution = v
    v = get("latestExecution")
    if type(v) is str:
        t = _fromisoformat(v)
        n = len(v)
        # json_fields.timestamp's canonical form, which a plain datetime writes back unchanged
        if (
            v[-1] == "Z"
            and v[4:17:3] == "--T::"
            and (n == 20 or ((n == 24 or n == 27) and v[19] == "." and v[-4:-1] != "000"))
        ):
            v = t
        else:
            v = _Timestamp.parse(v)
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.latest_execution = v
    v = get("latestByEntity")
    if type(v) is dict:
        v = _decode_get_executions_summary_response_latest_by_entity(v)
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.latest_by_entity = v
    o.additional_properties = {}
    if len(d) + absent > 6:
        o.additional_properties = {key: item for key, item in d.items() if key not in _KNOWN_KEYS}
    return o


from datetime import datetime as _datetime  # noqa: E402

from synq_coalesce_core.json_fields import Timestamp as _Timestamp  # noqa: E402
from synq_coalesce_core.json_fields import Unusual as _Unusual  # noqa: E402

_fromisoformat = _datetime.fromisoformat
# Imported after the class on purpose: models may reference each other in cycles (e.g. a recursive oneOf), and every
# model module defines its class before importing any other model, so any import order resolves.
from ..models.execution_status_count import (
    ExecutionStatusCount,  # noqa: E402
    _decode_execution_status_count,  # noqa: E402
)
from ..models.execution_type_count import (
    ExecutionTypeCount,  # noqa: E402
    _decode_execution_type_count,  # noqa: E402
)
from ..models.get_executions_summary_response_latest_by_entity import (
    GetExecutionsSummaryResponseLatestByEntity,  # noqa: E402
    _decode_get_executions_summary_response_latest_by_entity,  # noqa: E402
)
