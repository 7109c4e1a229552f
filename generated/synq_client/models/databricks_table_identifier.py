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

T = TypeVar("T", bound="DatabricksTableIdentifier")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "workspace",
        "catalog",
        "schema",
        "table",
    }
)
"""The JSON names of the declared properties; any other key of a body goes to `additional_properties`."""


@_attrs_define
class DatabricksTableIdentifier:
    """Databricks table identifier

    Attributes:
        workspace (str | None): URL of Databricks workspace
        catalog (str | None): Databricks catalog
        schema (str | None): Databricks schema
        table (str | None): Databricks table or view
    """

    workspace: str | None = None
    catalog: str | None = None
    schema: str | None = None
    table: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workspace = self.workspace

        catalog = self.catalog

        schema = self.schema

        table = self.table

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if workspace is not None:
            field_dict["workspace"] = workspace
        if catalog is not None:
            field_dict["catalog"] = catalog
        if schema is not None:
            field_dict["schema"] = schema
        if table is not None:
            field_dict["table"] = table

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is DatabricksTableIdentifier and type(src_dict) is dict:
            try:
                return _decode_databricks_table_identifier(src_dict)  # type: ignore[return-value]
            except Exception:  # anything unusual: the general code below decides, and words any error
                pass
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise FieldTypeError(f"object ({cls.__name__})", src_dict)
        d = src_dict
        absent = 0
        workspace = d.get("workspace", None)
        if type(workspace) is not str:
            if workspace is None:
                absent += 1
            else:
                workspace = coerce("workspace", "string", workspace)

        catalog = d.get("catalog", None)
        if type(catalog) is not str:
            if catalog is None:
                absent += 1
            else:
                catalog = coerce("catalog", "string", catalog)

        schema = d.get("schema", None)
        if type(schema) is not str:
            if schema is None:
                absent += 1
            else:
                schema = coerce("schema", "string", schema)

        table = d.get("table", None)
        if type(table) is not str:
            if table is None:
                absent += 1
            else:
                table = coerce("table", "string", table)

        databricks_table_identifier = cls(
            workspace,
            catalog,
            schema,
            table,
        )

        if len(src_dict) + absent > 4:  # only a body with a key no property declares
            databricks_table_identifier.additional_properties = {
                prop_name: prop_dict for prop_name, prop_dict in src_dict.items() if prop_name not in _KNOWN_KEYS
            }

        return databricks_table_identifier

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


def _decode_databricks_table_identifier(d: Mapping[str, Any]) -> DatabricksTableIdentifier:
    """from_dict's fast path (scripts/codegen/fast_decoder.py); raises for a body of an unusual shape."""
    o = DatabricksTableIdentifier.__new__(DatabricksTableIdentifier)
    get = d.get
    absent = 0
    v = get("workspace")
    if type(v) is str:
        pass
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.workspace = v
    v = get("catalog")
    if type(v) is str:
        pass
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.catalog = v
    v = get("schema")
    if type(v) is str:
        pass
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.schema = v
    v = get("table")
    if type(v) is str:
        pass
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.table = v
    o.additional_properties = {}
    if len(d) + absent > 4:
        o.additional_properties = {key: item for key, item in d.items() if key not in _KNOWN_KEYS}
    return o


from synq_coalesce_core.json_fields import Unusual as _Unusual  # noqa: E402
