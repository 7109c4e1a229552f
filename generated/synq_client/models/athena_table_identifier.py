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

T = TypeVar("T", bound="AthenaTableIdentifier")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "instance",
        "catalog",
        "database",
        "table",
    }
)
"""The JSON names of the declared properties; any other key of a body goes to `additional_properties`."""


@_attrs_define
class AthenaTableIdentifier:
    """Amazon Athena (Glue) table identifier

    Attributes:
        instance (str | None): AWS account and region the Athena workgroup runs in, formatted as "<account-
            id>.<region>" (e.g. "123456789012.eu-west-1"). Auto-derived from sts:GetCallerIdentity at integration setup
            time.
        catalog (str | None): Glue Data Catalog name. Almost always "AwsDataCatalog" — the default catalog for Athena
            unless the customer registered a federated catalog.
        database (str | None): Glue database (the namespace users typically filter on).
        table (str | None): Glue table or view name.
    """

    instance: str | None = None
    catalog: str | None = None
    database: str | None = None
    table: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instance = self.instance

        catalog = self.catalog

        database = self.database

        table = self.table

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if instance is not None:
            field_dict["instance"] = instance
        if catalog is not None:
            field_dict["catalog"] = catalog
        if database is not None:
            field_dict["database"] = database
        if table is not None:
            field_dict["table"] = table

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is AthenaTableIdentifier and type(src_dict) is dict:
            try:
                return _decode_athena_table_identifier(src_dict)  # type: ignore[return-value]
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

        catalog = d.get("catalog", None)
        if type(catalog) is not str:
            if catalog is None:
                absent += 1
            else:
                catalog = coerce("catalog", "string", catalog)

        database = d.get("database", None)
        if type(database) is not str:
            if database is None:
                absent += 1
            else:
                database = coerce("database", "string", database)

        table = d.get("table", None)
        if type(table) is not str:
            if table is None:
                absent += 1
            else:
                table = coerce("table", "string", table)

        athena_table_identifier = cls(
            instance,
            catalog,
            database,
            table,
        )

        if len(src_dict) + absent > 4:  # only a body with a key no property declares
            athena_table_identifier.additional_properties = {
                prop_name: prop_dict for prop_name, prop_dict in src_dict.items() if prop_name not in _KNOWN_KEYS
            }

        return athena_table_identifier

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


def _decode_athena_table_identifier(d: Mapping[str, Any]) -> AthenaTableIdentifier:
    """from_dict's fast path (scripts/codegen/fast_decoder.py); raises for a body of an unusual shape."""
    o = AthenaTableIdentifier.__new__(AthenaTableIdentifier)
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
    v = get("catalog")
    if type(v) is str:
        pass
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.catalog = v
    v = get("database")
    if type(v) is str:
        pass
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.database = v
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
