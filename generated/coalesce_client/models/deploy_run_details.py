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

T = TypeVar("T", bound="DeployRunDetails")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "deployCommit",
        "environmentID",
        "canceled",
        "deployCommitMessage",
        "parallelism",
        "nodesInRun",
    }
)
"""The JSON names of the declared properties; any other key of a body goes to `additional_properties`."""


@_attrs_define
class DeployRunDetails:
    """Deployment run details.

    Attributes:
        deploy_commit (str): The full commit hash.
        environment_id (str): The Environment ID for this run.
        canceled (bool | None): If the run was canceled.
        deploy_commit_message (str | None): The commit message.
        parallelism (int | None): The parallelism parameter determines how many nodes are processed simultaneously (in
            parallel) by the Snowflake compute warehouse.
        nodes_in_run (int | None): The number of Nodes deployed.
    """

    deploy_commit: str
    environment_id: str
    canceled: bool | None = None
    deploy_commit_message: str | None = None
    parallelism: int | None = None
    nodes_in_run: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deploy_commit = self.deploy_commit

        environment_id = self.environment_id

        canceled = self.canceled

        deploy_commit_message = self.deploy_commit_message

        parallelism = self.parallelism

        nodes_in_run = self.nodes_in_run

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deployCommit": deploy_commit,
                "environmentID": environment_id,
            }
        )
        if canceled is not None:
            field_dict["canceled"] = canceled
        if deploy_commit_message is not None:
            field_dict["deployCommitMessage"] = deploy_commit_message
        if parallelism is not None:
            field_dict["parallelism"] = parallelism
        if nodes_in_run is not None:
            field_dict["nodesInRun"] = nodes_in_run

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is DeployRunDetails and type(src_dict) is dict:
            try:
                return _decode_deploy_run_details(src_dict)  # type: ignore[return-value]
            except Exception:  # anything unusual: the general code below decides, and words any error
                pass
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise FieldTypeError(f"object ({cls.__name__})", src_dict)
        d = src_dict
        absent = 0
        deploy_commit = d.get("deployCommit", None)
        if type(deploy_commit) is not str:
            deploy_commit = coerce("deployCommit", "string", deploy_commit, required=True)

        environment_id = d.get("environmentID", None)
        if type(environment_id) is not str:
            environment_id = coerce("environmentID", "string", environment_id, required=True)

        canceled = d.get("canceled", None)
        if type(canceled) is not bool:
            if canceled is None:
                absent += 1
            else:
                canceled = coerce("canceled", "boolean", canceled)

        deploy_commit_message = d.get("deployCommitMessage", None)
        if type(deploy_commit_message) is not str:
            if deploy_commit_message is None:
                absent += 1
            else:
                deploy_commit_message = coerce("deployCommitMessage", "string", deploy_commit_message)

        parallelism = d.get("parallelism", None)
        if type(parallelism) is not int:
            if parallelism is None:
                absent += 1
            else:
                parallelism = coerce("parallelism", "integer", parallelism)

        nodes_in_run = d.get("nodesInRun", None)
        if type(nodes_in_run) is not int:
            if nodes_in_run is None:
                absent += 1
            else:
                nodes_in_run = coerce("nodesInRun", "integer", nodes_in_run)

        deploy_run_details = cls(
            deploy_commit,
            environment_id,
            canceled,
            deploy_commit_message,
            parallelism,
            nodes_in_run,
        )

        if len(src_dict) + absent > 6:  # only a body with a key no property declares
            deploy_run_details.additional_properties = {
                prop_name: prop_dict for prop_name, prop_dict in src_dict.items() if prop_name not in _KNOWN_KEYS
            }

        return deploy_run_details

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


def _decode_deploy_run_details(d: Mapping[str, Any]) -> DeployRunDetails:
    """from_dict's fast path (scripts/codegen/fast_decoder.py); raises for a body of an unusual shape."""
    o = DeployRunDetails.__new__(DeployRunDetails)
    get = d.get
    absent = 0
    v = get("deployCommit")
    if not (type(v) is str):
        raise _Unusual
    o.deploy_commit = v
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
    v = get("deployCommitMessage")
    if type(v) is str:
        pass
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.deploy_commit_message = v
    v = get("parallelism")
    if type(v) is int:
        pass
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.parallelism = v
    v = get("nodesInRun")
    if type(v) is int:
        pass
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.nodes_in_run = v
    o.additional_properties = {}
    if len(d) + absent > 6:
        o.additional_properties = {key: item for key, item in d.items() if key not in _KNOWN_KEYS}
    return o


from synq_coalesce_core.json_fields import Unusual as _Unusual  # noqa: E402
