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

T = TypeVar("T", bound="RefreshRunDetails")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "environmentID",
        "canceled",
        "excludeNodesSelector",
        "includeNodesSelector",
        "jobID",
        "parallelism",
        "jobName",
        "nodesInRun",
    }
)
"""The JSON names of the declared properties; any other key of a body goes to `additional_properties`."""


@_attrs_define
class RefreshRunDetails:
    """Refresh run details.

    Attributes:
        environment_id (str): The Environment ID for this run.
        canceled (bool | None): If the run was canceled.
        exclude_nodes_selector (str | None): A selector string of nodes to exclude.
        include_nodes_selector (str | None): A selector string of nodes to include.
        job_id (int | str | None): The Job ID. Documented as an integer in the 2024 response schema; may be returned as
            a string (it is a string in the startRun request).
        parallelism (int | None): The parallelism parameter determines how many nodes are processed simultaneously (in
            parallel) by the Snowflake compute warehouse.
        job_name (str | None): The Job name.
        nodes_in_run (int | None): The number of Nodes deployed.
    """

    environment_id: str
    canceled: bool | None = None
    exclude_nodes_selector: str | None = None
    include_nodes_selector: str | None = None
    job_id: int | str | None = None
    parallelism: int | None = None
    job_name: str | None = None
    nodes_in_run: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        environment_id = self.environment_id

        canceled = self.canceled

        exclude_nodes_selector = self.exclude_nodes_selector

        include_nodes_selector = self.include_nodes_selector

        job_id: int | str | None = self.job_id

        parallelism = self.parallelism

        job_name = self.job_name

        nodes_in_run = self.nodes_in_run

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "environmentID": environment_id,
            }
        )
        if canceled is not None:
            field_dict["canceled"] = canceled
        if exclude_nodes_selector is not None:
            field_dict["excludeNodesSelector"] = exclude_nodes_selector
        if include_nodes_selector is not None:
            field_dict["includeNodesSelector"] = include_nodes_selector
        if job_id is not None:
            field_dict["jobID"] = job_id
        if parallelism is not None:
            field_dict["parallelism"] = parallelism
        if job_name is not None:
            field_dict["jobName"] = job_name
        if nodes_in_run is not None:
            field_dict["nodesInRun"] = nodes_in_run

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is RefreshRunDetails and type(src_dict) is dict:
            try:
                return _decode_refresh_run_details(src_dict)  # type: ignore[return-value]
            except Exception:  # anything unusual: the general code below decides, and words any error
                pass
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise FieldTypeError(f"object ({cls.__name__})", src_dict)
        d = src_dict
        absent = 0
        environment_id = d.get("environmentID", None)
        if type(environment_id) is not str:
            environment_id = coerce("environmentID", "string", environment_id, required=True)

        canceled = d.get("canceled", None)
        if type(canceled) is not bool:
            if canceled is None:
                absent += 1
            else:
                canceled = coerce("canceled", "boolean", canceled)

        exclude_nodes_selector = d.get("excludeNodesSelector", None)
        if type(exclude_nodes_selector) is not str:
            if exclude_nodes_selector is None:
                absent += 1
            else:
                exclude_nodes_selector = coerce("excludeNodesSelector", "string", exclude_nodes_selector)

        include_nodes_selector = d.get("includeNodesSelector", None)
        if type(include_nodes_selector) is not str:
            if include_nodes_selector is None:
                absent += 1
            else:
                include_nodes_selector = coerce("includeNodesSelector", "string", include_nodes_selector)

        job_id = d.get("jobID", None)
        if type(job_id) is not int and type(job_id) is not str:
            if job_id is None:
                absent += 1
            else:
                job_id = coerce("jobID", "integer or string", job_id)

        parallelism = d.get("parallelism", None)
        if type(parallelism) is not int:
            if parallelism is None:
                absent += 1
            else:
                parallelism = coerce("parallelism", "integer", parallelism)

        job_name = d.get("jobName", None)
        if type(job_name) is not str:
            if job_name is None:
                absent += 1
            else:
                job_name = coerce("jobName", "string", job_name)

        nodes_in_run = d.get("nodesInRun", None)
        if type(nodes_in_run) is not int:
            if nodes_in_run is None:
                absent += 1
            else:
                nodes_in_run = coerce("nodesInRun", "integer", nodes_in_run)

        refresh_run_details = cls(
            environment_id,
            canceled,
            exclude_nodes_selector,
            include_nodes_selector,
            job_id,
            parallelism,
            job_name,
            nodes_in_run,
        )

        if len(src_dict) + absent > 8:  # only a body with a key no property declares
            refresh_run_details.additional_properties = {
                prop_name: prop_dict for prop_name, prop_dict in src_dict.items() if prop_name not in _KNOWN_KEYS
            }

        return refresh_run_details

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


def _decode_refresh_run_details(d: Mapping[str, Any]) -> RefreshRunDetails:
    """from_dict's fast path (scripts/codegen/fast_decoder.py); raises for a body of an unusual shape."""
    o = RefreshRunDetails.__new__(RefreshRunDetails)
    get = d.get
    absent = 0
    v = get("environmentID")
    if not (type(v) is str):
        raise _Unusual
    o.environment_id = v
    v = get("canceled")
    if type(v) is bool:
        pass
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.canceled = v
    v = get("excludeNodesSelector")
    if type(v) is str:
        pass
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.exclude_nodes_selector = v
    v = get("includeNodesSelector")
    if type(v) is str:
        pass
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.include_nodes_selector = v
    v = get("jobID")
    if type(v) is int or type(v) is str:
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
    v = get("jobName")
    if type(v) is str:
        pass
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.job_name = v
    v = get("nodesInRun")
    if type(v) is int:
        pass
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.nodes_in_run = v
    o.additional_properties = {}
    if len(d) + absent > 8:
        o.additional_properties = {key: item for key, item in d.items() if key not in _KNOWN_KEYS}
    return o


from synq_coalesce_core.json_fields import Unusual as _Unusual  # noqa: E402
