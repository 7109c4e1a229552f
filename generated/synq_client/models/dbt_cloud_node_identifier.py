# Code generated from openapi/synq.yaml + overlays/synq.overlay.yaml by "make generate". DO NOT EDIT.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from synq_coalesce_core.json_fields import (
    FieldTypeError,
    coerce,
)

T = TypeVar("T", bound="DbtCloudNodeIdentifier")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "projectId",
        "accountId",
        "nodeId",
    }
)
"""The JSON names of the declared properties; any other key of a body goes to `additional_properties`."""


@_attrs_define
class DbtCloudNodeIdentifier:
    """Dbt node that identifies one of dbt DAG nodes (model, test, etc) in dbt Cloud project

    Attributes:
        project_id (str | None): Your dbt Cloud project id
        account_id (str | None): Your dbt Cloud account id
        node_id (str | None): Dbt node_id that identifies one of dbt DAG nodes (model, test, etc)
    """

    project_id: str | None = None
    account_id: str | None = None
    node_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        account_id = self.account_id

        node_id = self.node_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if project_id is not None:
            field_dict["projectId"] = project_id
        if account_id is not None:
            field_dict["accountId"] = account_id
        if node_id is not None:
            field_dict["nodeId"] = node_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is DbtCloudNodeIdentifier and type(src_dict) is dict:
            try:
                return _decode_dbt_cloud_node_identifier(src_dict)  # type: ignore[return-value]
            except Exception:  # anything unusual: the general code below decides, and words any error
                pass
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise FieldTypeError(f"object ({cls.__name__})", src_dict)
        d = src_dict
        absent = 0
        project_id = d.get("projectId", None)
        if type(project_id) is not str:
            if project_id is None:
                absent += 1
            else:
                project_id = coerce("projectId", "string", project_id)

        account_id = d.get("accountId", None)
        if type(account_id) is not str:
            if account_id is None:
                absent += 1
            else:
                account_id = coerce("accountId", "string", account_id)

        node_id = d.get("nodeId", None)
        if type(node_id) is not str:
            if node_id is None:
                absent += 1
            else:
                node_id = coerce("nodeId", "string", node_id)

        dbt_cloud_node_identifier = cls(
            project_id,
            account_id,
            node_id,
        )

        if len(src_dict) + absent > 3:  # only a body with a key no property declares
            dbt_cloud_node_identifier.additional_properties = {
                prop_name: prop_dict for prop_name, prop_dict in src_dict.items() if prop_name not in _KNOWN_KEYS
            }

        return dbt_cloud_node_identifier

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


def _decode_dbt_cloud_node_identifier(d: Mapping[str, Any]) -> DbtCloudNodeIdentifier:
    """from_dict's fast path (scripts/codegen/fast_decoder.py); raises for a body of an unusual shape."""
    o = DbtCloudNodeIdentifier.__new__(DbtCloudNodeIdentifier)
    get = d.get
    absent = 0
    v = get("projectId")
    if type(v) is str:
        pass
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.project_id = v
    v = get("accountId")
    if type(v) is str:
        pass
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.account_id = v
    v = get("nodeId")
    if type(v) is str:
        pass
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.node_id = v
    o.additional_properties = {}
    if len(d) + absent > 3:
        o.additional_properties = {key: item for key, item in d.items() if key not in _KNOWN_KEYS}
    return o


from synq_coalesce_core.json_fields import Unusual as _Unusual  # noqa: E402
