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

T = TypeVar("T", bound="RedshiftTableIdentifier")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "cluster",
        "database",
        "schema",
        "table",
    }
)
"""The JSON names of the declared properties; any other key of a body goes to `additional_properties`."""


@_attrs_define
class RedshiftTableIdentifier:
    """Redshift table identifier

    Attributes:
        cluster (str | None): Redshift cluster
        database (str | None): Redshift database
        schema (str | None): Redshift schema
        table (str | None): Redshift table
    """

    cluster: str | None = None
    database: str | None = None
    schema: str | None = None
    table: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cluster = self.cluster

        database = self.database

        schema = self.schema

        table = self.table

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cluster is not None:
            field_dict["cluster"] = cluster
        if database is not None:
            field_dict["database"] = database
        if schema is not None:
            field_dict["schema"] = schema
        if table is not None:
            field_dict["table"] = table

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is RedshiftTableIdentifier and type(src_dict) is dict:
            try:
                return _decode_redshift_table_identifier(src_dict)  # type: ignore[return-value]
            except Exception:  # anything unusual: the general code below decides, and words any error
                pass
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise FieldTypeError(f"object ({cls.__name__})", src_dict)
        d = src_dict
        absent = 0
        cluster = d.get("cluster", None)
        if type(cluster) is not str:
            if cluster is None:
                absent += 1
            else:
                cluster = coerce("cluster", "string", cluster)

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

        redshift_table_identifier = cls(
            cluster,
            database,
            schema,
            table,
        )

        if len(src_dict) + absent > 4:  # only a body with a key no property declares
            redshift_table_identifier.additional_properties = {
                prop_name: prop_dict for prop_name, prop_dict in src_dict.items() if prop_name not in _KNOWN_KEYS
            }

        return redshift_table_identifier

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


def _decode_redshift_table_identifier(d: Mapping[str, Any]) -> RedshiftTableIdentifier:
    """from_dict's fast path (scripts/codegen/fast_decoder.py); raises for a body of an unusual shape."""
    o = RedshiftTableIdentifier.__new__(RedshiftTableIdentifier)
    get = d.get
    absent = 0
    v = get("cluster")
    if type(v) is str:
        pass
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.cluster = v
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
