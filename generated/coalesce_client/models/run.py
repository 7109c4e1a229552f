# Code generated from openapi/coalesce.yaml + overlays/coalesce.overlay.yaml by "make generate". DO NOT EDIT.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_status import RunStatus
from ..models.run_type import RunType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deploy_run_details import DeployRunDetails
    from ..models.refresh_run_details import RefreshRunDetails
    from ..models.run_time_parameters import RunTimeParameters
    from ..models.snowflake_user_credentials import SnowflakeUserCredentials


T = TypeVar("T", bound="Run")


@_attrs_define
class Run:
    """The full details of a run, without the run results.

    Attributes:
        id (int): The run ID. The same number as `runCounter` from the scheduler endpoints and as the `{runID}` path
            segment. Clients should tolerate a numeric string here.
        run_details (DeployRunDetails | RefreshRunDetails): Detailed information about a run.
        run_status (RunStatus): The status of the run. Terminal statuses are `completed`, `failed` and `canceled`;
            clients should be prepared for new values to appear.
        run_time_parameters (RunTimeParameters): The default Environment parameters. Parameters changed during deploy
            will not show here.
        run_type (RunType):
        re_run_id (str | Unset): If this is a re-run, the ID of the original operation.
        run_end_time (datetime.datetime | Unset): The datetime when the run ended. Absent while the run is still in
            progress.
        run_history (list[int] | Unset): Not documented by the vendor (semantics unknown); a list of integers.
        run_start_time (datetime.datetime | Unset): The datetime the run started.
        user_credentials (SnowflakeUserCredentials | Unset): Information about the Snowflake account used to perform a
            run.
        user_id (str | Unset):
        version (int | Unset): Not documented by the vendor (opaque integer).
    """

    id: int
    run_details: DeployRunDetails | RefreshRunDetails
    run_status: RunStatus
    run_time_parameters: RunTimeParameters
    run_type: RunType
    re_run_id: str | Unset = UNSET
    run_end_time: datetime.datetime | Unset = UNSET
    run_history: list[int] | Unset = UNSET
    run_start_time: datetime.datetime | Unset = UNSET
    user_credentials: SnowflakeUserCredentials | Unset = UNSET
    user_id: str | Unset = UNSET
    version: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.deploy_run_details import DeployRunDetails  # noqa: PLC0415

        id = self.id

        run_details: dict[str, Any]
        if isinstance(self.run_details, DeployRunDetails):
            run_details = self.run_details.to_dict()
        else:
            run_details = self.run_details.to_dict()

        run_status = self.run_status.value

        run_time_parameters = self.run_time_parameters.to_dict()

        run_type = self.run_type.value

        re_run_id = self.re_run_id

        run_end_time: str | Unset = UNSET
        if not isinstance(self.run_end_time, Unset):
            run_end_time = self.run_end_time.isoformat()

        run_history: list[int] | Unset = UNSET
        if not isinstance(self.run_history, Unset):
            run_history = self.run_history

        run_start_time: str | Unset = UNSET
        if not isinstance(self.run_start_time, Unset):
            run_start_time = self.run_start_time.isoformat()

        user_credentials: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_credentials, Unset):
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
        if re_run_id is not UNSET:
            field_dict["reRunID"] = re_run_id
        if run_end_time is not UNSET:
            field_dict["runEndTime"] = run_end_time
        if run_history is not UNSET:
            field_dict["runHistory"] = run_history
        if run_start_time is not UNSET:
            field_dict["runStartTime"] = run_start_time
        if user_credentials is not UNSET:
            field_dict["userCredentials"] = user_credentials
        if user_id is not UNSET:
            field_dict["userID"] = user_id
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.deploy_run_details import DeployRunDetails  # noqa: PLC0415
        from ..models.refresh_run_details import RefreshRunDetails  # noqa: PLC0415
        from ..models.run_time_parameters import RunTimeParameters  # noqa: PLC0415
        from ..models.snowflake_user_credentials import SnowflakeUserCredentials  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_run_details(data: object) -> DeployRunDetails | RefreshRunDetails:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                run_details_type_0 = DeployRunDetails.from_dict(data)

                return run_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            run_details_type_1 = RefreshRunDetails.from_dict(data)

            return run_details_type_1

        run_details = _parse_run_details(d.pop("runDetails"))

        run_status = RunStatus(d.pop("runStatus"))

        run_time_parameters = RunTimeParameters.from_dict(d.pop("runTimeParameters"))

        run_type = RunType(d.pop("runType"))

        re_run_id = d.pop("reRunID", UNSET)

        _run_end_time = d.pop("runEndTime", UNSET)
        run_end_time: datetime.datetime | Unset
        if isinstance(_run_end_time, Unset):
            run_end_time = UNSET
        else:
            run_end_time = datetime.datetime.fromisoformat(_run_end_time)

        run_history = cast(list[int], d.pop("runHistory", UNSET))

        _run_start_time = d.pop("runStartTime", UNSET)
        run_start_time: datetime.datetime | Unset
        if isinstance(_run_start_time, Unset):
            run_start_time = UNSET
        else:
            run_start_time = datetime.datetime.fromisoformat(_run_start_time)

        _user_credentials = d.pop("userCredentials", UNSET)
        user_credentials: SnowflakeUserCredentials | Unset
        if isinstance(_user_credentials, Unset):
            user_credentials = UNSET
        else:
            user_credentials = SnowflakeUserCredentials.from_dict(_user_credentials)

        user_id = d.pop("userID", UNSET)

        version = d.pop("version", UNSET)

        run = cls(
            id=id,
            run_details=run_details,
            run_status=run_status,
            run_time_parameters=run_time_parameters,
            run_type=run_type,
            re_run_id=re_run_id,
            run_end_time=run_end_time,
            run_history=run_history,
            run_start_time=run_start_time,
            user_credentials=user_credentials,
            user_id=user_id,
            version=version,
        )

        run.additional_properties = d
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
