# Code generated from openapi/coalesce.yaml + overlays/coalesce.overlay.yaml by "make generate". DO NOT EDIT.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from synq_coalesce_core.json_fields import (
    FieldTypeError,
    coerce,
)

T = TypeVar("T", bound="SchedulerError")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "errorString",
        "errorDetail",
    }
)
"""The JSON names of the declared properties; any other key of a body goes to `additional_properties`."""


@_attrs_define
class SchedulerError:
    """
    Attributes:
        error_string (str | None): The error message.
        error_detail (str | None): Additional detail about the error.
    """

    error_string: str | None = None
    error_detail: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_string = self.error_string

        error_detail = self.error_detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error_string is not None:
            field_dict["errorString"] = error_string
        if error_detail is not None:
            field_dict["errorDetail"] = error_detail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is SchedulerError and type(src_dict) is dict:
            try:
                return _decode_scheduler_error(src_dict)  # type: ignore[return-value]
            except Exception:  # anything unusual: the general code below decides, and words any error
                pass
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise FieldTypeError(f"object ({cls.__name__})", src_dict)
        d = src_dict
        absent = 0
        error_string = d.get("errorString", None)
        if type(error_string) is not str:
            if error_string is None:
                absent += 1
            else:
                error_string = coerce("errorString", "string", error_string)

        error_detail = d.get("errorDetail", None)
        if type(error_detail) is not str:
            if error_detail is None:
                absent += 1
            else:
                error_detail = coerce("errorDetail", "string", error_detail)

        scheduler_error = cls(
            error_string,
            error_detail,
        )

        if len(src_dict) + absent > 2:  # only a body with a key no property declares
            scheduler_error.additional_properties = {
                prop_name: prop_dict for prop_name, prop_dict in src_dict.items() if prop_name not in _KNOWN_KEYS
            }

        return scheduler_error

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


def _decode_scheduler_error(d: Mapping[str, Any]) -> SchedulerError:
    """from_dict's fast path (scripts/codegen/fast_decoder.py); raises for a body of an unusual shape."""
    o = SchedulerError.__new__(SchedulerError)
    get = d.get
    absent = 0
    v = get("errorString")
    if type(v) is str:
        pass
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.error_string = v
    v = get("errorDetail")
    if type(v) is str:
        pass
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.error_detail = v
    o.additional_properties = {}
    if len(d) + absent > 2:
        o.additional_properties = {key: item for key, item in d.items() if key not in _KNOWN_KEYS}
    return o


from synq_coalesce_core.json_fields import Unusual as _Unusual  # noqa: E402
