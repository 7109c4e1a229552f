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

T = TypeVar("T", bound="AirflowDagIdentifier")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "integrationId",
        "dagId",
    }
)
"""The JSON names of the declared properties; any other key of a body goes to `additional_properties`."""


@_attrs_define
class AirflowDagIdentifier:
    """Airflow DAG identifier

    Attributes:
        integration_id (str | None): Coalesce Quality integration_id that identifies the Airflow instance
        dag_id (str | None): Airflow dag_id that identifies the DAG
    """

    integration_id: str | None = None
    dag_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        integration_id = self.integration_id

        dag_id = self.dag_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if integration_id is not None:
            field_dict["integrationId"] = integration_id
        if dag_id is not None:
            field_dict["dagId"] = dag_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is AirflowDagIdentifier and type(src_dict) is dict:
            try:
                return _decode_airflow_dag_identifier(src_dict)  # type: ignore[return-value]
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

        dag_id = d.get("dagId", None)
        if type(dag_id) is not str:
            if dag_id is None:
                absent += 1
            else:
                dag_id = coerce("dagId", "string", dag_id)

        airflow_dag_identifier = cls(
            integration_id,
            dag_id,
        )

        if len(src_dict) + absent > 2:  # only a body with a key no property declares
            airflow_dag_identifier.additional_properties = {
                prop_name: prop_dict for prop_name, prop_dict in src_dict.items() if prop_name not in _KNOWN_KEYS
            }

        return airflow_dag_identifier

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


def _decode_airflow_dag_identifier(d: Mapping[str, Any]) -> AirflowDagIdentifier:
    """from_dict's fast path (scripts/codegen/fast_decoder.py); raises for a body of an unusual shape."""
    o = AirflowDagIdentifier.__new__(AirflowDagIdentifier)
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
    v = get("dagId")
    if type(v) is str:
        pass
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.dag_id = v
    o.additional_properties = {}
    if len(d) + absent > 2:
        o.additional_properties = {key: item for key, item in d.items() if key not in _KNOWN_KEYS}
    return o


from synq_coalesce_core.json_fields import Unusual as _Unusual  # noqa: E402
