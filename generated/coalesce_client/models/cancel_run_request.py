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

T = TypeVar("T", bound="CancelRunRequest")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "runID",
        "orgID",
        "environmentID",
    }
)
"""The JSON names of the declared properties; any other key of a body goes to `additional_properties`."""


@_attrs_define
class CancelRunRequest:
    """
    Attributes:
        run_id (int): The ID of the run the user would like to cancel.
        org_id (str | None): The organization's ID of the run the user would like to cancel.
        environment_id (str | None): The environment ID of the run the user would like to cancel.
    """

    run_id: int
    org_id: str | None = None
    environment_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        run_id = self.run_id

        org_id = self.org_id

        environment_id = self.environment_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "runID": run_id,
            }
        )
        if org_id is not None:
            field_dict["orgID"] = org_id
        if environment_id is not None:
            field_dict["environmentID"] = environment_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is CancelRunRequest and type(src_dict) is dict:
            try:
                return _decode_cancel_run_request(src_dict)  # type: ignore[return-value]
            except Exception:  # anything unusual: the general code below decides, and words any error
                pass
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise FieldTypeError(f"object ({cls.__name__})", src_dict)
        d = src_dict
        absent = 0
        run_id = d.get("runID", None)
        if type(run_id) is not int:
            run_id = coerce("runID", "integer", run_id, required=True)

        org_id = d.get("orgID", None)
        if type(org_id) is not str:
            if org_id is None:
                absent += 1
            else:
                org_id = coerce("orgID", "string", org_id)

        environment_id = d.get("environmentID", None)
        if type(environment_id) is not str:
            if environment_id is None:
                absent += 1
            else:
                environment_id = coerce("environmentID", "string", environment_id)

        cancel_run_request = cls(
            run_id,
            org_id,
            environment_id,
        )

        if len(src_dict) + absent > 3:  # only a body with a key no property declares
            cancel_run_request.additional_properties = {
                prop_name: prop_dict for prop_name, prop_dict in src_dict.items() if prop_name not in _KNOWN_KEYS
            }

        return cancel_run_request

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


def _decode_cancel_run_request(d: Mapping[str, Any]) -> CancelRunRequest:
    """from_dict's fast path (scripts/codegen/fast_decoder.py); raises for a body of an unusual shape."""
    o = CancelRunRequest.__new__(CancelRunRequest)
    get = d.get
    absent = 0
    v = get("runID")
    if not (type(v) is int):
        raise _Unusual
    o.run_id = v
    v = get("orgID")
    if type(v) is str:
        pass
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.org_id = v
    v = get("environmentID")
    if type(v) is str:
        pass
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.environment_id = v
    o.additional_properties = {}
    if len(d) + absent > 3:
        o.additional_properties = {key: item for key, item in d.items() if key not in _KNOWN_KEYS}
    return o


from synq_coalesce_core.json_fields import Unusual as _Unusual  # noqa: E402
