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

T = TypeVar("T", bound="BigqueryTableIdentifier")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "project",
        "dataset",
        "table",
    }
)
"""The JSON names of the declared properties; any other key of a body goes to `additional_properties`."""


@_attrs_define
class BigqueryTableIdentifier:
    """BigQuery table identifier

    Attributes:
        project (str | None): BigQuery project
        dataset (str | None): BigQuery dataset id
        table (str | None): BigQuery table name
    """

    project: str | None = None
    dataset: str | None = None
    table: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project = self.project

        dataset = self.dataset

        table = self.table

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if project is not None:
            field_dict["project"] = project
        if dataset is not None:
            field_dict["dataset"] = dataset
        if table is not None:
            field_dict["table"] = table

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is BigqueryTableIdentifier and type(src_dict) is dict:
            try:
                return _decode_bigquery_table_identifier(src_dict)  # type: ignore[return-value]
            except Exception:  # anything unusual: the general code below decides, and words any error
                pass
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise FieldTypeError(f"object ({cls.__name__})", src_dict)
        d = src_dict
        absent = 0
        project = d.get("project", None)
        if type(project) is not str:
            if project is None:
                absent += 1
            else:
                project = coerce("project", "string", project)

        dataset = d.get("dataset", None)
        if type(dataset) is not str:
            if dataset is None:
                absent += 1
            else:
                dataset = coerce("dataset", "string", dataset)

        table = d.get("table", None)
        if type(table) is not str:
            if table is None:
                absent += 1
            else:
                table = coerce("table", "string", table)

        bigquery_table_identifier = cls(
            project,
            dataset,
            table,
        )

        if len(src_dict) + absent > 3:  # only a body with a key no property declares
            bigquery_table_identifier.additional_properties = {
                prop_name: prop_dict for prop_name, prop_dict in src_dict.items() if prop_name not in _KNOWN_KEYS
            }

        return bigquery_table_identifier

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


def _decode_bigquery_table_identifier(d: Mapping[str, Any]) -> BigqueryTableIdentifier:
    """from_dict's fast path (scripts/codegen/fast_decoder.py); raises for a body of an unusual shape."""
    o = BigqueryTableIdentifier.__new__(BigqueryTableIdentifier)
    get = d.get
    absent = 0
    v = get("project")
    if type(v) is str:
        pass
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.project = v
    v = get("dataset")
    if type(v) is str:
        pass
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.dataset = v
    v = get("table")
    if type(v) is str:
        pass
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.table = v
    o.additional_properties = {}
    if len(d) + absent > 3:
        o.additional_properties = {key: item for key, item in d.items() if key not in _KNOWN_KEYS}
    return o


from synq_coalesce_core.json_fields import Unusual as _Unusual  # noqa: E402
