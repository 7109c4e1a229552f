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
)

from ..models.run_status import RunStatus
from ..models.run_type import RunType
from ..types import (  # ruff drops the names a model does not use
    UnknownValue,
)

T = TypeVar("T", bound="RunStatusResponse")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "runStatus",
        "runType",
        "runLink",
    }
)
"""The JSON names of the declared properties; any other key of a body goes to `additional_properties`."""


@_attrs_define
class RunStatusResponse:
    """
    Attributes:
        run_status (RunStatus | UnknownValue | None): The status of the run. Terminal statuses are `completed`,
            `failed` and `canceled`; clients should be prepared for new values to appear.
        run_type (RunType | UnknownValue | None):
        run_link (str | None): A link to the run in the Coalesce app.
    """

    run_status: RunStatus | UnknownValue | None = None
    run_type: RunType | UnknownValue | None = None
    run_link: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        run_status: str | int | None = None
        if self.run_status is not None:
            run_status = self.run_status.raw

        run_type: str | int | None = None
        if self.run_type is not None:
            run_type = self.run_type.raw

        run_link = self.run_link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if run_status is not None:
            field_dict["runStatus"] = run_status
        if run_type is not None:
            field_dict["runType"] = run_type
        if run_link is not None:
            field_dict["runLink"] = run_link

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is RunStatusResponse and type(src_dict) is dict:
            try:
                return _decode_run_status_response(src_dict)  # type: ignore[return-value]
            except Exception:  # anything unusual: the general code below decides, and words any error
                pass
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise FieldTypeError(f"object ({cls.__name__})", src_dict)
        d = src_dict
        absent = 0
        _run_status = d.get("runStatus", None)
        run_status: RunStatus | UnknownValue | None = None
        if type(_run_status) is str:
            run_status = RunStatus.from_value(_run_status)
        elif _run_status is None:
            absent += 1
        else:
            run_status = enum_member("runStatus", RunStatus.from_value, _run_status)

        _run_type = d.get("runType", None)
        run_type: RunType | UnknownValue | None = None
        if type(_run_type) is str:
            run_type = RunType.from_value(_run_type)
        elif _run_type is None:
            absent += 1
        else:
            run_type = enum_member("runType", RunType.from_value, _run_type)

        run_link = d.get("runLink", None)
        if type(run_link) is not str:
            if run_link is None:
                absent += 1
            else:
                run_link = coerce("runLink", "string", run_link)

        run_status_response = cls(
            run_status,
            run_type,
            run_link,
        )

        if len(src_dict) + absent > 3:  # only a body with a key no property declares
            run_status_response.additional_properties = {
                prop_name: prop_dict for prop_name, prop_dict in src_dict.items() if prop_name not in _KNOWN_KEYS
            }

        return run_status_response

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


def _decode_run_status_response(d: Mapping[str, Any]) -> RunStatusResponse:
    """from_dict's fast path (scripts/codegen/fast_decoder.py); raises for a body of an unusual shape."""
    o = RunStatusResponse.__new__(RunStatusResponse)
    get = d.get
    absent = 0
    v = get("runStatus")
    if type(v) is str:
        v = _RunStatus_MEMBERS[v] if v in _RunStatus_MEMBERS else RunStatus.from_value(v)
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.run_status = v
    v = get("runType")
    if type(v) is str:
        v = _RunType_MEMBERS[v] if v in _RunType_MEMBERS else RunType.from_value(v)
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.run_type = v
    v = get("runLink")
    if type(v) is str:
        pass
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.run_link = v
    o.additional_properties = {}
    if len(d) + absent > 3:
        o.additional_properties = {key: item for key, item in d.items() if key not in _KNOWN_KEYS}
    return o


from synq_coalesce_core.json_fields import Unusual as _Unusual  # noqa: E402

_RunStatus_MEMBERS: dict[str, RunStatus] = {member.value: member for member in RunStatus}
_RunType_MEMBERS: dict[str, RunType] = {member.value: member for member in RunType}
