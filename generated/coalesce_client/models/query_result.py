# Code generated from openapi/coalesce.yaml + overlays/coalesce.overlay.yaml by "make generate". DO NOT EDIT.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from synq_coalesce_core.json_fields import (
    FieldTypeError,
    coerce,
    rfc3339,
    timestamp,
)

T = TypeVar("T", bound="QueryResult")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "isRunning",
        "name",
        "sql",
        "status",
        "success",
        "endTime",
        "error",
        "queryID",
        "rowsDeleted",
        "rowsInserted",
        "rowsUpdated",
        "startTime",
        "warehouse",
    }
)
"""The JSON names of the declared properties; any other key of a body goes to `additional_properties`."""


@_attrs_define
class QueryResult:
    """
    Attributes:
        is_running (bool):
        name (str):
        sql (str):
        status (str):
        success (bool):
        end_time (datetime.datetime | None):
        error (Error | None):
        query_id (str | None):
        rows_deleted (int | None):
        rows_inserted (int | None):
        rows_updated (int | None):
        start_time (datetime.datetime | None):
        warehouse (str | None):
    """

    is_running: bool
    name: str
    sql: str
    status: str
    success: bool
    end_time: datetime.datetime | None = None
    error: Error | None = None
    query_id: str | None = None
    rows_deleted: int | None = None
    rows_inserted: int | None = None
    rows_updated: int | None = None
    start_time: datetime.datetime | None = None
    warehouse: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_running = self.is_running

        name = self.name

        sql = self.sql

        status = self.status

        success = self.success

        end_time: str | None = None
        if self.end_time is not None:
            end_time = rfc3339(self.end_time)

        error: dict[str, Any] | None = None
        if self.error is not None:
            error = self.error.to_dict()

        query_id = self.query_id

        rows_deleted = self.rows_deleted

        rows_inserted = self.rows_inserted

        rows_updated = self.rows_updated

        start_time: str | None = None
        if self.start_time is not None:
            start_time = rfc3339(self.start_time)

        warehouse = self.warehouse

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "isRunning": is_running,
                "name": name,
                "sql": sql,
                "status": status,
                "success": success,
            }
        )
        if end_time is not None:
            field_dict["endTime"] = end_time
        if error is not None:
            field_dict["error"] = error
        if query_id is not None:
            field_dict["queryID"] = query_id
        if rows_deleted is not None:
            field_dict["rowsDeleted"] = rows_deleted
        if rows_inserted is not None:
            field_dict["rowsInserted"] = rows_inserted
        if rows_updated is not None:
            field_dict["rowsUpdated"] = rows_updated
        if start_time is not None:
            field_dict["startTime"] = start_time
        if warehouse is not None:
            field_dict["warehouse"] = warehouse

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is QueryResult and type(src_dict) is dict:
            try:
                return _decode_query_result(src_dict)  # type: ignore[return-value]
            except Exception:  # anything unusual: the general code below decides, and words any error
                pass
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise FieldTypeError(f"object ({cls.__name__})", src_dict)
        d = src_dict
        absent = 0
        is_running = d.get("isRunning", None)
        if type(is_running) is not bool:
            is_running = coerce("isRunning", "boolean", is_running, required=True)

        name = d.get("name", None)
        if type(name) is not str:
            name = coerce("name", "string", name, required=True)

        sql = d.get("sql", None)
        if type(sql) is not str:
            sql = coerce("sql", "string", sql, required=True)

        status = d.get("status", None)
        if type(status) is not str:
            status = coerce("status", "string", status, required=True)

        success = d.get("success", None)
        if type(success) is not bool:
            success = coerce("success", "boolean", success, required=True)

        _end_time = d.get("endTime", None)
        end_time: datetime.datetime | None = None
        if type(_end_time) is str:
            end_time = timestamp("endTime", _end_time)
        elif _end_time is None:
            absent += 1
        else:
            end_time = coerce("endTime", "string", _end_time)

        _error = d.get("error", None)
        error: Error | None = None
        if type(_error) is dict:
            try:
                error = Error.from_dict(_error)
            except FieldTypeError as field_error:
                raise field_error.inside("error")
        elif _error is None:
            absent += 1
        else:
            error = coerce("error", "object", _error)

        query_id = d.get("queryID", None)
        if type(query_id) is not str:
            if query_id is None:
                absent += 1
            else:
                query_id = coerce("queryID", "string", query_id)

        rows_deleted = d.get("rowsDeleted", None)
        if type(rows_deleted) is not int:
            if rows_deleted is None:
                absent += 1
            else:
                rows_deleted = coerce("rowsDeleted", "integer", rows_deleted)

        rows_inserted = d.get("rowsInserted", None)
        if type(rows_inserted) is not int:
            if rows_inserted is None:
                absent += 1
            else:
                rows_inserted = coerce("rowsInserted", "integer", rows_inserted)

        rows_updated = d.get("rowsUpdated", None)
        if type(rows_updated) is not int:
            if rows_updated is None:
                absent += 1
            else:
                rows_updated = coerce("rowsUpdated", "integer", rows_updated)

        _start_time = d.get("startTime", None)
        start_time: datetime.datetime | None = None
        if type(_start_time) is str:
            start_time = timestamp("startTime", _start_time)
        elif _start_time is None:
            absent += 1
        else:
            start_time = coerce("startTime", "string", _start_time)

        warehouse = d.get("warehouse", None)
        if type(warehouse) is not str:
            if warehouse is None:
                absent += 1
            else:
                warehouse = coerce("warehouse", "string", warehouse)

        query_result = cls(
            is_running,
            name,
            sql,
            status,
            success,
            end_time,
            error,
            query_id,
            rows_deleted,
            rows_inserted,
            rows_updated,
            start_time,
            warehouse,
        )

        if len(src_dict) + absent > 13:  # only a body with a key no property declares
            query_result.additional_properties = {
                prop_name: prop_dict for prop_name, prop_dict in src_dict.items() if prop_name not in _KNOWN_KEYS
            }

        return query_result

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


def _decode_query_result(d: Mapping[str, Any]) -> QueryResult:
    """from_dict's fast path (scripts/codegen/fast_decoder.py); raises for a body of an unusual shape."""
    o = QueryResult.__new__(QueryResult)
    get = d.get
    absent = 0
    v = get("isRunning")
    if not (type(v) is bool):
        raise _Unusual
    o.is_running = v
    v = get("name")
    if not (type(v) is str):
        raise _Unusual
    o.name = v
    v = get("sql")
    if not (type(v) is str):
        raise _Unusual
    o.sql = v
    v = get("status")
    if not (type(v) is str):
        raise _Unusual
    o.status = v
    v = get("success")
    if not (type(v) is bool):
        raise _Unusual
    o.success = v
    v = get("endTime")
    if type(v) is str:
        t = _fromisoformat(v)
        n = len(v)
        # json_fields.timestamp's canonical form, which a plain datetime writes back unchanged
        if (
            v[-1] == "Z"
            and v[4:17:3] == "--T::"
            and (n == 20 or ((n == 24 or n == 27) and v[19] == "." and v[-4:-1] != "000"))
        ):
            v = t
        else:
            v = _Timestamp.parse(v)
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.end_time = v
    v = get("error")
    if type(v) is dict:
        v = _decode_error(v)
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.error = v
    v = get("queryID")
    if type(v) is str:
        pass
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.query_id = v
    v = get("rowsDeleted")
    if type(v) is int:
        pass
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.rows_deleted = v
    v = get("rowsInserted")
    if type(v) is int:
        pass
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.rows_inserted = v
    v = get("rowsUpdated")
    if type(v) is int:
        pass
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.rows_updated = v
    v = get("startTime")
    if type(v) is str:
        t = _fromisoformat(v)
        n = len(v)
        # json_fields.timestamp's canonical form, which a plain datetime writes back unchanged
        if (
            v[-1] == "Z"
            and v[4:17:3] == "--T::"
            and (n == 20 or ((n == 24 or n == 27) and v[19] == "." and v[-4:-1] != "000"))
        ):
            v = t
        else:
            v = _Timestamp.parse(v)
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.start_time = v
    v = get("warehouse")
    if type(v) is str:
        pass
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.warehouse = v
    o.additional_properties = {}
    if len(d) + absent > 13:
        o.additional_properties = {key: item for key, item in d.items() if key not in _KNOWN_KEYS}
    return o


from datetime import datetime as _datetime  # noqa: E402

from synq_coalesce_core.json_fields import Timestamp as _Timestamp  # noqa: E402
from synq_coalesce_core.json_fields import Unusual as _Unusual  # noqa: E402

_fromisoformat = _datetime.fromisoformat
# Imported after the class on purpose: models may reference each other in cycles (e.g. a recursive oneOf), and every
# model module defines its class before importing any other model, so any import order resolves.
from ..models.error import (
    Error,  # noqa: E402
    _decode_error,  # noqa: E402
)
