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

T = TypeVar("T", bound="FabricTableIdentifier")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "instance",
        "database",
        "schema",
        "table",
        "workspaceId",
        "tenantId",
    }
)
"""The JSON names of the declared properties; any other key of a body goes to `additional_properties`."""


@_attrs_define
class FabricTableIdentifier:
    """Microsoft Fabric warehouse/lakehouse table identifier. Fabric is workspace-scoped with cross-database three-part
    [database].[schema].[table] T-SQL names.

        Attributes:
            instance (str | None): Workspace SQL analytics endpoint host, e.g. "<workspace-
                id>.datawarehouse.fabric.microsoft.com".
            database (str | None): Fabric warehouse / lakehouse (database).
            schema (str | None): Schema within the database.
            table (str | None): Table or view name.
            workspace_id (str | None): Fabric workspace GUID, decoded from the endpoint host in `instance`. Optional and
                informational: the table is addressed by instance/database/schema/table, so leave it empty if you don't have it
                — it does not affect how the identifier resolves.
            tenant_id (str | None): Entra (Azure AD) tenant GUID, decoded from the endpoint host in `instance`. Optional
                and informational, like workspace_id.
    """

    instance: str | None = None
    database: str | None = None
    schema: str | None = None
    table: str | None = None
    workspace_id: str | None = None
    tenant_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instance = self.instance

        database = self.database

        schema = self.schema

        table = self.table

        workspace_id = self.workspace_id

        tenant_id = self.tenant_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if instance is not None:
            field_dict["instance"] = instance
        if database is not None:
            field_dict["database"] = database
        if schema is not None:
            field_dict["schema"] = schema
        if table is not None:
            field_dict["table"] = table
        if workspace_id is not None:
            field_dict["workspaceId"] = workspace_id
        if tenant_id is not None:
            field_dict["tenantId"] = tenant_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is FabricTableIdentifier and type(src_dict) is dict:
            try:
                return _decode_fabric_table_identifier(src_dict)  # type: ignore[return-value]
            except Exception:  # anything unusual: the general code below decides, and words any error
                pass
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise FieldTypeError(f"object ({cls.__name__})", src_dict)
        d = src_dict
        absent = 0
        instance = d.get("instance", None)
        if type(instance) is not str:
            if instance is None:
                absent += 1
            else:
                instance = coerce("instance", "string", instance)

        database = d.get("database", None)
        if type(database) is not str:
            if database is None:
                absent += 1
            else:
                database = coerce("database", "string", database)

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

        workspace_id = d.get("workspaceId", None)
        if type(workspace_id) is not str:
            if workspace_id is None:
                absent += 1
            else:
                workspace_id = coerce("workspaceId", "string", workspace_id)

        tenant_id = d.get("tenantId", None)
        if type(tenant_id) is not str:
            if tenant_id is None:
                absent += 1
            else:
                tenant_id = coerce("tenantId", "string", tenant_id)

        fabric_table_identifier = cls(
            instance,
            database,
            schema,
            table,
            workspace_id,
            tenant_id,
        )

        if len(src_dict) + absent > 6:  # only a body with a key no property declares
            fabric_table_identifier.additional_properties = {
                prop_name: prop_dict for prop_name, prop_dict in src_dict.items() if prop_name not in _KNOWN_KEYS
            }

        return fabric_table_identifier

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


def _decode_fabric_table_identifier(d: Mapping[str, Any]) -> FabricTableIdentifier:
    """from_dict's fast path (scripts/codegen/fast_decoder.py); raises for a body of an unusual shape."""
    o = FabricTableIdentifier.__new__(FabricTableIdentifier)
    get = d.get
    absent = 0
    v = get("instance")
    if type(v) is str:
        pass
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.instance = v
    v = get("database")
    if type(v) is str:
        pass
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.database = v
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
    v = get("workspaceId")
    if type(v) is str:
        pass
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.workspace_id = v
    v = get("tenantId")
    if type(v) is str:
        pass
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.tenant_id = v
    o.additional_properties = {}
    if len(d) + absent > 6:
        o.additional_properties = {key: item for key, item in d.items() if key not in _KNOWN_KEYS}
    return o


from synq_coalesce_core.json_fields import Unusual as _Unusual  # noqa: E402
