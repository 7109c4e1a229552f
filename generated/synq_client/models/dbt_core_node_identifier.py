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

T = TypeVar("T", bound="DbtCoreNodeIdentifier")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "integrationId",
        "nodeId",
    }
)
"""The JSON names of the declared properties; any other key of a body goes to `additional_properties`."""


@_attrs_define
class DbtCoreNodeIdentifier:
    """Dbt node that identifies one of dbt DAG nodes (model, test, etc) in dbt Core project

    Attributes:
        integration_id (str | None): Opaque identifier of the dbt Core project. Usually the Coalesce Quality
            integration id (a UUID), but may also be the dbt project name from manifest.json when the integration is
            configured to identify assets by project name. Treat it as an opaque string, not a UUID.
        node_id (str | None): Dbt node_id that identifies one of dbt DAG nodes (model, test, etc)
    """

    integration_id: str | None = None
    node_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        integration_id = self.integration_id

        node_id = self.node_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if integration_id is not None:
            field_dict["integrationId"] = integration_id
        if node_id is not None:
            field_dict["nodeId"] = node_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is DbtCoreNodeIdentifier and type(src_dict) is dict:
            try:
                return _decode_dbt_core_node_identifier(src_dict)  # type: ignore[return-value]
            except Exception:  # anything unusual: the general code below decides, and words any error
                pass
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise FieldTypeError(f"object ({cls.__name__})", src_dict)
        d = src_dict
        absent = 0
        integration_id = d.get("integrationId", None)
        if type(integration_id) is not str:
            if integration_id is None:
                absent += 1
            else:
                integration_id = coerce("integrationId", "string", integration_id)

        node_id = d.get("nodeId", None)
        if type(node_id) is not str:
            if node_id is None:
                absent += 1
            else:
                node_id = coerce("nodeId", "string", node_id)

        dbt_core_node_identifier = cls(
            integration_id,
            node_id,
        )

        if len(src_dict) + absent > 2:  # only a body with a key no property declares
            dbt_core_node_identifier.additional_properties = {
                prop_name: prop_dict for prop_name, prop_dict in src_dict.items() if prop_name not in _KNOWN_KEYS
            }

        return dbt_core_node_identifier

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


def _decode_dbt_core_node_identifier(d: Mapping[str, Any]) -> DbtCoreNodeIdentifier:
    """from_dict's fast path (scripts/codegen/fast_decoder.py); raises for a body of an unusual shape."""
    o = DbtCoreNodeIdentifier.__new__(DbtCoreNodeIdentifier)
    get = d.get
    absent = 0
    v = get("integrationId")
    if type(v) is str:
        pass
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.integration_id = v
    v = get("nodeId")
    if type(v) is str:
        pass
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.node_id = v
    o.additional_properties = {}
    if len(d) + absent > 2:
        o.additional_properties = {key: item for key, item in d.items() if key not in _KNOWN_KEYS}
    return o


from synq_coalesce_core.json_fields import Unusual as _Unusual  # noqa: E402
