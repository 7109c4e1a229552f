# Code generated from openapi/coalesce.yaml + overlays/coalesce.overlay.yaml by "make generate". DO NOT EDIT.
from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from synq_coalesce_core.json_fields import (
    FieldTypeError,
    all_of,
    coerce,
    enum_member,
    list_items,
    rfc3339,
    timestamp,
)

from ..models.run_status import RunStatus
from ..models.run_type import RunType
from ..types import (  # ruff drops the names a model does not use
    UnknownValue,
)

T = TypeVar("T", bound="Run")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "runDetails",
        "runStatus",
        "runTimeParameters",
        "runType",
        "reRunID",
        "runEndTime",
        "runHistory",
        "runStartTime",
        "userCredentials",
        "userID",
        "version",
    }
)
"""The JSON names of the declared properties; any other key of a body goes to `additional_properties`."""


@_attrs_define
class Run:
    """The full details of a run, without the run results.

    Attributes:
        id (int): The run ID. The same number as `runCounter` from the scheduler endpoints and as the `{runID}` path
            segment. Clients should tolerate a numeric string here.
        run_details (DeployRunDetails | RefreshRunDetails): Detailed information about a run.
        run_status (RunStatus | UnknownValue): The status of the run. Terminal statuses are `completed`, `failed` and
            `canceled`; clients should be prepared for new values to appear.
        run_time_parameters (RunTimeParameters): The default Environment parameters. Parameters changed during deploy
            will not show here.
        run_type (RunType | UnknownValue):
        re_run_id (str | None): If this is a re-run, the ID of the original operation.
        run_end_time (datetime.datetime | None): The datetime when the run ended. Absent while the run is still in
            progress.
        run_history (list[int] | None): Not documented by the vendor (semantics unknown); a list of integers.
        run_start_time (datetime.datetime | None): The datetime the run started.
        user_credentials (SnowflakeUserCredentials | None): Information about the Snowflake account used to perform a
            run.
        user_id (str | None):
        version (int | None): Not documented by the vendor (opaque integer).
    """

    id: int
    run_details: DeployRunDetails | RefreshRunDetails
    run_status: RunStatus | UnknownValue
    run_time_parameters: RunTimeParameters
    run_type: RunType | UnknownValue
    re_run_id: str | None = None
    run_end_time: datetime.datetime | None = None
    run_history: list[int] | None = None
    run_start_time: datetime.datetime | None = None
    user_credentials: SnowflakeUserCredentials | None = None
    user_id: str | None = None
    version: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        run_details = self.run_details.to_dict()

        run_status = self.run_status.raw

        run_time_parameters = self.run_time_parameters.to_dict()

        run_type = self.run_type.raw

        re_run_id = self.re_run_id

        run_end_time: str | None = None
        if self.run_end_time is not None:
            run_end_time = rfc3339(self.run_end_time)

        run_history: list[int] | None = None
        if self.run_history is not None:
            run_history = self.run_history

        run_start_time: str | None = None
        if self.run_start_time is not None:
            run_start_time = rfc3339(self.run_start_time)

        user_credentials: dict[str, Any] | None = None
        if self.user_credentials is not None:
            user_credentials = self.user_credentials.to_dict()

        user_id = self.user_id

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "runDetails": run_details,
                "runStatus": run_status,
                "runTimeParameters": run_time_parameters,
                "runType": run_type,
            }
        )
        if re_run_id is not None:
            field_dict["reRunID"] = re_run_id
        if run_end_time is not None:
            field_dict["runEndTime"] = run_end_time
        if run_history is not None:
            field_dict["runHistory"] = run_history
        if run_start_time is not None:
            field_dict["runStartTime"] = run_start_time
        if user_credentials is not None:
            field_dict["userCredentials"] = user_credentials
        if user_id is not None:
            field_dict["userID"] = user_id
        if version is not None:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise FieldTypeError(f"object ({cls.__name__})", src_dict)
        d = src_dict
        absent = 0
        id = d.get("id", None)
        if type(id) is not int:
            id = coerce("id", "integer", id, required=True)

        _run_details = d.get("runDetails", None)
        if type(_run_details) is dict:
            try:
                run_details = _parse_run_details(_run_details, src_dict.get("runType"))
            except FieldTypeError as field_error:
                raise field_error.inside("runDetails")
        else:
            run_details = coerce("runDetails", "object", _run_details, required=True)

        _run_status = d.get("runStatus", None)
        if type(_run_status) is str:
            run_status = RunStatus.from_value(_run_status)
        else:
            run_status = enum_member("runStatus", RunStatus.from_value, _run_status, required=True)

        _run_time_parameters = d.get("runTimeParameters", None)
        if type(_run_time_parameters) is dict:
            try:
                run_time_parameters = RunTimeParameters.from_dict(_run_time_parameters)
            except FieldTypeError as field_error:
                raise field_error.inside("runTimeParameters")
        else:
            run_time_parameters = coerce("runTimeParameters", "object", _run_time_parameters, required=True)

        _run_type = d.get("runType", None)
        if type(_run_type) is str:
            run_type = RunType.from_value(_run_type)
        else:
            run_type = enum_member("runType", RunType.from_value, _run_type, required=True)

        re_run_id = d.get("reRunID", None)
        if type(re_run_id) is not str:
            if re_run_id is None:
                absent += 1
            else:
                re_run_id = coerce("reRunID", "string", re_run_id)

        _run_end_time = d.get("runEndTime", None)
        run_end_time: datetime.datetime | None = None
        if type(_run_end_time) is str:
            run_end_time = timestamp("runEndTime", _run_end_time)
        elif _run_end_time is None:
            absent += 1
        else:
            run_end_time = coerce("runEndTime", "string", _run_end_time)

        run_history: list[int] | None = d.get("runHistory", None)
        if type(run_history) is not list or not all_of(int, run_history):
            if run_history is None:
                absent += 1
            else:
                run_history = list_items("runHistory", "integer", run_history)

        _run_start_time = d.get("runStartTime", None)
        run_start_time: datetime.datetime | None = None
        if type(_run_start_time) is str:
            run_start_time = timestamp("runStartTime", _run_start_time)
        elif _run_start_time is None:
            absent += 1
        else:
            run_start_time = coerce("runStartTime", "string", _run_start_time)

        _user_credentials = d.get("userCredentials", None)
        user_credentials: SnowflakeUserCredentials | None = None
        if type(_user_credentials) is dict:
            try:
                user_credentials = SnowflakeUserCredentials.from_dict(_user_credentials)
            except FieldTypeError as field_error:
                raise field_error.inside("userCredentials")
        elif _user_credentials is None:
            absent += 1
        else:
            user_credentials = coerce("userCredentials", "object", _user_credentials)

        user_id = d.get("userID", None)
        if type(user_id) is not str:
            if user_id is None:
                absent += 1
            else:
                user_id = coerce("userID", "string", user_id)

        version = d.get("version", None)
        if type(version) is not int:
            if version is None:
                absent += 1
            else:
                version = coerce("version", "integer", version)

        run = cls(
            id,
            run_details,
            run_status,
            run_time_parameters,
            run_type,
            re_run_id,
            run_end_time,
            run_history,
            run_start_time,
            user_credentials,
            user_id,
            version,
        )

        if len(src_dict) + absent > 12:  # only a body with a key no property declares
            run.additional_properties = {
                prop_name: prop_dict for prop_name, prop_dict in src_dict.items() if prop_name not in _KNOWN_KEYS
            }

        return run

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


# Imported after the class on purpose: models may reference each other in cycles (e.g. a recursive oneOf), and every
# model module defines its class before importing any other model, so any import order resolves.
from ..models.deploy_run_details import DeployRunDetails  # noqa: E402
from ..models.refresh_run_details import RefreshRunDetails  # noqa: E402
from ..models.run_time_parameters import RunTimeParameters  # noqa: E402
from ..models.snowflake_user_credentials import SnowflakeUserCredentials  # noqa: E402

_run_details_by_tag: dict[
    object, tuple[tuple[str, ...], Callable[[Mapping[str, Any]], DeployRunDetails | RefreshRunDetails]]
] = {
    "deploy": (("deployCommit", "environmentID"), DeployRunDetails.from_dict),
    "refresh": (("environmentID",), RefreshRunDetails.from_dict),
}
_run_details_by_required_key: dict[str, Callable[[Mapping[str, Any]], DeployRunDetails | RefreshRunDetails]] = {
    "deployCommit": DeployRunDetails.from_dict,
}
_run_details_by_key: dict[
    str, tuple[tuple[str, ...], Callable[[Mapping[str, Any]], DeployRunDetails | RefreshRunDetails]]
] = {
    "deployCommitMessage": (("deployCommit", "environmentID"), DeployRunDetails.from_dict),
    "excludeNodesSelector": (("environmentID",), RefreshRunDetails.from_dict),
    "includeNodesSelector": (("environmentID",), RefreshRunDetails.from_dict),
    "jobID": (("environmentID",), RefreshRunDetails.from_dict),
    "jobName": (("environmentID",), RefreshRunDetails.from_dict),
}


def _parse_run_details(data: object, tag: object = None) -> DeployRunDetails | RefreshRunDetails:
    if not isinstance(data, dict):
        raise FieldTypeError("object", data)
    entry = _run_details_by_tag.get(tag)
    if entry is not None and all(key in data for key in entry[0]):
        return entry[1](data)
    for key in data:
        parse = _run_details_by_required_key.get(key)
        if parse is not None and data[key] is not None:  # {"monitor": null}: no kind is set (proto3 null = unset)
            return parse(data)
    for key in data:
        entry = _run_details_by_key.get(key)
        if entry is not None and all(required in data for required in entry[0]):
            return entry[1](data)
    return RefreshRunDetails.from_dict(data)
