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

T = TypeVar("T", bound="StartRunDetails")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "environmentID",
        "includeNodesSelector",
        "excludeNodesSelector",
        "jobID",
        "parallelism",
        "forceIgnoreWorkspaceStatus",
    }
)
"""The JSON names of the declared properties; any other key of a body goes to `additional_properties`."""


@_attrs_define
class StartRunDetails:
    """Object containing the necessary target details required to successfully start a refresh.

    Attributes:
        environment_id (str): The environment being refreshed
        include_nodes_selector (str | None): Nodes included for an ad-hoc job
        exclude_nodes_selector (str | None): Nodes excluded for an ad-hoc job.
        job_id (str | None): The ID of a job being run.
        parallelism (int | None): Maximum number of parallel nodes to run. Default: 16.
        force_ignore_workspace_status (bool | None): Allows refreshing an environment even if the last deployment on
            that environment failed. Use with caution as this can put your environment into an even worse state.
    """

    environment_id: str
    include_nodes_selector: str | None = None
    exclude_nodes_selector: str | None = None
    job_id: str | None = None
    parallelism: int | None = 16
    force_ignore_workspace_status: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        environment_id = self.environment_id

        include_nodes_selector = self.include_nodes_selector

        exclude_nodes_selector = self.exclude_nodes_selector

        job_id = self.job_id

        parallelism = self.parallelism

        force_ignore_workspace_status = self.force_ignore_workspace_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "environmentID": environment_id,
            }
        )
        if include_nodes_selector is not None:
            field_dict["includeNodesSelector"] = include_nodes_selector
        if exclude_nodes_selector is not None:
            field_dict["excludeNodesSelector"] = exclude_nodes_selector
        if job_id is not None:
            field_dict["jobID"] = job_id
        if parallelism is not None:
            field_dict["parallelism"] = parallelism
        if force_ignore_workspace_status is not None:
            field_dict["forceIgnoreWorkspaceStatus"] = force_ignore_workspace_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is StartRunDetails and type(src_dict) is dict:
            try:
                return _decode_start_run_details(src_dict)  # type: ignore[return-value]
            except Exception:  # anything unusual: the general code below decides, and words any error
                pass
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise FieldTypeError(f"object ({cls.__name__})", src_dict)
        d = src_dict
        absent = 0
        environment_id = d.get("environmentID", None)
        if type(environment_id) is not str:
            environment_id = coerce("environmentID", "string", environment_id, required=True)

        include_nodes_selector = d.get("includeNodesSelector", None)
        if type(include_nodes_selector) is not str:
            if include_nodes_selector is None:
                absent += 1
            else:
                include_nodes_selector = coerce("includeNodesSelector", "string", include_nodes_selector)

        exclude_nodes_selector = d.get("excludeNodesSelector", None)
        if type(exclude_nodes_selector) is not str:
            if exclude_nodes_selector is None:
                absent += 1
            else:
                exclude_nodes_selector = coerce("excludeNodesSelector", "string", exclude_nodes_selector)

        job_id = d.get("jobID", None)
        if type(job_id) is not str:
            if job_id is None:
                absent += 1
            else:
                job_id = coerce("jobID", "string", job_id)

        parallelism = d.get("parallelism", None)
        if type(parallelism) is not int:
            if parallelism is None:
                absent += 1
            else:
                parallelism = coerce("parallelism", "integer", parallelism)

        force_ignore_workspace_status = d.get("forceIgnoreWorkspaceStatus", None)
        if type(force_ignore_workspace_status) is not bool:
            if force_ignore_workspace_status is None:
                absent += 1
            else:
                force_ignore_workspace_status = coerce(
                    "forceIgnoreWorkspaceStatus", "boolean", force_ignore_workspace_status
                )

        start_run_details = cls(
            environment_id,
            include_nodes_selector,
            exclude_nodes_selector,
            job_id,
            parallelism,
            force_ignore_workspace_status,
        )

        if len(src_dict) + absent > 6:  # only a body with a key no property declares
            start_run_details.additional_properties = {
                prop_name: prop_dict for prop_name, prop_dict in src_dict.items() if prop_name not in _KNOWN_KEYS
            }

        return start_run_details

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


def _decode_start_run_details(d: Mapping[str, Any]) -> StartRunDetails:
    """from_dict's fast path (scripts/codegen/fast_decoder.py); raises for a body of an unusual shape."""
    o = StartRunDetails.__new__(StartRunDetails)
    get = d.get
    absent = 0
    v = get("environmentID")
    if not (type(v) is str):
        raise _Unusual
    o.environment_id = v
    v = get("includeNodesSelector")
    if type(v) is str:
        pass
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.include_nodes_selector = v
    v = get("excludeNodesSelector")
    if type(v) is str:
        pass
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.exclude_nodes_selector = v
    v = get("jobID")
    if type(v) is str:
        pass
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.job_id = v
    v = get("parallelism")
    if type(v) is int:
        pass
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.parallelism = v
    v = get("forceIgnoreWorkspaceStatus")
    if type(v) is bool:
        pass
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.force_ignore_workspace_status = v
    o.additional_properties = {}
    if len(d) + absent > 6:
        o.additional_properties = {key: item for key, item in d.items() if key not in _KNOWN_KEYS}
    return o


from synq_coalesce_core.json_fields import Unusual as _Unusual  # noqa: E402
