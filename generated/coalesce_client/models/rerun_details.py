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

T = TypeVar("T", bound="RerunDetails")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "runID",
        "forceIgnoreWorkspaceStatus",
    }
)
"""The JSON names of the declared properties; any other key of a body goes to `additional_properties`."""


@_attrs_define
class RerunDetails:
    """Contains the runID to be re-run.

    Attributes:
        run_id (str): The number of the run you want to be retried.
        force_ignore_workspace_status (bool | None): Allows refreshing an environment even if the last deployment on
            that environment failed. Use with caution as this can put your environment into an even worse state.
    """

    run_id: str
    force_ignore_workspace_status: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        run_id = self.run_id

        force_ignore_workspace_status = self.force_ignore_workspace_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "runID": run_id,
            }
        )
        if force_ignore_workspace_status is not None:
            field_dict["forceIgnoreWorkspaceStatus"] = force_ignore_workspace_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is RerunDetails and type(src_dict) is dict:
            try:
                return _decode_rerun_details(src_dict)  # type: ignore[return-value]
            except Exception:  # anything unusual: the general code below decides, and words any error
                pass
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise FieldTypeError(f"object ({cls.__name__})", src_dict)
        d = src_dict
        absent = 0
        run_id = d.get("runID", None)
        if type(run_id) is not str:
            run_id = coerce("runID", "string", run_id, required=True)

        force_ignore_workspace_status = d.get("forceIgnoreWorkspaceStatus", None)
        if type(force_ignore_workspace_status) is not bool:
            if force_ignore_workspace_status is None:
                absent += 1
            else:
                force_ignore_workspace_status = coerce(
                    "forceIgnoreWorkspaceStatus", "boolean", force_ignore_workspace_status
                )

        rerun_details = cls(
            run_id,
            force_ignore_workspace_status,
        )

        if len(src_dict) + absent > 2:  # only a body with a key no property declares
            rerun_details.additional_properties = {
                prop_name: prop_dict for prop_name, prop_dict in src_dict.items() if prop_name not in _KNOWN_KEYS
            }

        return rerun_details

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


def _decode_rerun_details(d: Mapping[str, Any]) -> RerunDetails:
    """from_dict's fast path (scripts/codegen/fast_decoder.py); raises for a body of an unusual shape."""
    o = RerunDetails.__new__(RerunDetails)
    get = d.get
    absent = 0
    v = get("runID")
    if not (type(v) is str):
        raise _Unusual
    o.run_id = v
    v = get("forceIgnoreWorkspaceStatus")
    if type(v) is bool:
        pass
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.force_ignore_workspace_status = v
    o.additional_properties = {}
    if len(d) + absent > 2:
        o.additional_properties = {key: item for key, item in d.items() if key not in _KNOWN_KEYS}
    return o


from synq_coalesce_core.json_fields import Unusual as _Unusual  # noqa: E402
