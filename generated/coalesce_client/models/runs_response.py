# Code generated from openapi/coalesce.yaml + overlays/coalesce.overlay.yaml by "make generate". DO NOT EDIT.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from synq_coalesce_core.json_fields import (
    FieldTypeError,
    coerce,
    enum_member,
    failing_item,
)

from ..models.order_by_direction import OrderByDirection
from ..models.runs_order_by import RunsOrderBy
from ..types import (  # ruff drops the names a model does not use
    UnknownValue,
)

T = TypeVar("T", bound="RunsResponse")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "data",
        "limit",
        "orderBy",
        "orderByDirection",
    }
)
"""The JSON names of the declared properties; any other key of a body goes to `additional_properties`."""


@_attrs_define
class RunsResponse:
    """A collection of runs.

    Attributes:
        data (list[RunSummary]):
        limit (int): The maximum number of runs returned by this query.
        order_by (RunsOrderBy | UnknownValue): The field used to sort query results.
        order_by_direction (OrderByDirection | UnknownValue): The sort order for query results.
    """

    data: list[RunSummary]
    limit: int
    order_by: RunsOrderBy | UnknownValue
    order_by_direction: OrderByDirection | UnknownValue
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        limit = self.limit

        order_by = self.order_by.raw

        order_by_direction = self.order_by_direction.raw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "limit": limit,
                "orderBy": order_by,
                "orderByDirection": order_by_direction,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is RunsResponse and type(src_dict) is dict:
            try:
                return _decode_runs_response(src_dict)  # type: ignore[return-value]
            except Exception:  # anything unusual: the general code below decides, and words any error
                pass
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise FieldTypeError(f"object ({cls.__name__})", src_dict)
        d = src_dict
        _data = d.get("data", None)
        if type(_data) is list:
            try:
                data = list(map(RunSummary.from_dict, _data))
            except FieldTypeError:
                raise failing_item("data", RunSummary.from_dict, enumerate(_data)) from None
        else:
            data = coerce("data", "array", _data, required=True)

        limit = d.get("limit", None)
        if type(limit) is not int:
            limit = coerce("limit", "integer", limit, required=True)

        _order_by = d.get("orderBy", None)
        if type(_order_by) is str:
            order_by = RunsOrderBy.from_value(_order_by)
        else:
            order_by = enum_member("orderBy", RunsOrderBy.from_value, _order_by, required=True)

        _order_by_direction = d.get("orderByDirection", None)
        if type(_order_by_direction) is str:
            order_by_direction = OrderByDirection.from_value(_order_by_direction)
        else:
            order_by_direction = enum_member(
                "orderByDirection", OrderByDirection.from_value, _order_by_direction, required=True
            )

        runs_response = cls(
            data,
            limit,
            order_by,
            order_by_direction,
        )

        if len(src_dict) > 4:  # only a body with a key no property declares
            runs_response.additional_properties = {
                prop_name: prop_dict for prop_name, prop_dict in src_dict.items() if prop_name not in _KNOWN_KEYS
            }

        return runs_response

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


def _decode_runs_response(d: Mapping[str, Any]) -> RunsResponse:
    """from_dict's fast path (scripts/codegen/fast_decoder.py); raises for a body of an unusual shape."""
    o = RunsResponse.__new__(RunsResponse)
    get = d.get
    v = get("data")
    if not (type(v) is list):
        raise _Unusual
    v = [RunSummary.from_dict(item) for item in v]
    o.data = v
    v = get("limit")
    if not (type(v) is int):
        raise _Unusual
    o.limit = v
    v = get("orderBy")
    if not (type(v) is str):
        raise _Unusual
    v = _RunsOrderBy_MEMBERS[v] if v in _RunsOrderBy_MEMBERS else RunsOrderBy.from_value(v)
    o.order_by = v
    v = get("orderByDirection")
    if not (type(v) is str):
        raise _Unusual
    v = _OrderByDirection_MEMBERS[v] if v in _OrderByDirection_MEMBERS else OrderByDirection.from_value(v)
    o.order_by_direction = v
    o.additional_properties = {}
    if len(d) > 4:
        o.additional_properties = {key: item for key, item in d.items() if key not in _KNOWN_KEYS}
    return o


from synq_coalesce_core.json_fields import Unusual as _Unusual  # noqa: E402

_RunsOrderBy_MEMBERS: dict[str, RunsOrderBy] = {member.value: member for member in RunsOrderBy}
_OrderByDirection_MEMBERS: dict[str, OrderByDirection] = {member.value: member for member in OrderByDirection}


# Imported after the class on purpose: models may reference each other in cycles (e.g. a recursive oneOf), and every
# model module defines its class before importing any other model, so any import order resolves.
from ..models.run_summary import RunSummary  # noqa: E402
