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

T = TypeVar("T", bound="MssqlTableIdentifier")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "host",
        "database",
        "schema",
        "table",
    }
)
"""The JSON names of the declared properties; any other key of a body goes to `additional_properties`."""


@_attrs_define
class MssqlTableIdentifier:
    """SQL Server table identifier

    Attributes:
        host (str | None): Hostname of the SQL Server instance
        database (str | None): SQL Server database
        schema (str | None): SQL Server schema (e.g. "dbo")
        table (str | None): SQL Server table or view
    """

    host: str | None = None
    database: str | None = None
    schema: str | None = None
    table: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        host = self.host

        database = self.database

        schema = self.schema

        table = self.table

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if host is not None:
            field_dict["host"] = host
        if database is not None:
            field_dict["database"] = database
        if schema is not None:
            field_dict["schema"] = schema
        if table is not None:
            field_dict["table"] = table

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is MssqlTableIdentifier and type(src_dict) is dict:
            try:
                return _decode_mssql_table_identifier(src_dict)  # type: ignore[return-value]
            except Exception:  # anything unusual: the general code below decides, and words any error
                pass
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise FieldTypeError(f"object ({cls.__name__})", src_dict)
        d = src_dict
        absent = 0
        host = d.get("host", None)
        if type(host) is not str:
            if host is None:
                absent += 1
            else:
                host = coerce("host", "string", host)

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

        mssql_table_identifier = cls(
            host,
            database,
            schema,
            table,
        )

        if len(src_dict) + absent > 4:  # only a body with a key no property declares
            mssql_table_identifier.additional_properties = {
                prop_name: prop_dict for prop_name, prop_dict in src_dict.items() if prop_name not in _KNOWN_KEYS
            }

        return mssql_table_identifier

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


def _decode_mssql_table_identifier(d: Mapping[str, Any]) -> MssqlTableIdentifier:
    """from_dict's fast path (scripts/codegen/fast_decoder.py); raises for a body of an unusual shape."""
    o = MssqlTableIdentifier.__new__(MssqlTableIdentifier)
    get = d.get
    absent = 0
    v = get("host")
    if type(v) is str:
        pass
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.host = v
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
    o.additional_properties = {}
    if len(d) + absent > 4:
        o.additional_properties = {key: item for key, item in d.items() if key not in _KNOWN_KEYS}
    return o


from synq_coalesce_core.json_fields import Unusual as _Unusual  # noqa: E402
