# Code generated from openapi/synq.yaml + overlays/synq.overlay.yaml by "make generate". DO NOT EDIT.
from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from synq_coalesce_core.json_fields import (
    FieldTypeError,
    coerce,
    failing_item,
    rfc3339,
    timestamp,
)

from ..types import (  # ruff drops the names a model does not use
    UnknownVariant,
)

T = TypeVar("T", bound="GetExecutionsSummaryRequest")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "entityIds",
        "executionStartedAfter",
        "executionStartedBefore",
    }
)
"""The JSON names of the declared properties; any other key of a body goes to `additional_properties`."""


@_attrs_define
class GetExecutionsSummaryRequest:
    """GetExecutionsSummaryRequest requests summary statistics for entities.

    Attributes:
        entity_ids (list[IdentifierAirflowDag | IdentifierAirflowTask | IdentifierAthenaTable | IdentifierBigqueryTable
            | IdentifierClickhouseTable | IdentifierCustom | IdentifierDatabricksTable | IdentifierDataproduct |
            IdentifierDbtCloudNode | IdentifierDbtCoreNode | IdentifierFabricTable | IdentifierMonitor |
            IdentifierMssqlTable | IdentifierMysqlTable | IdentifierOracleTable | IdentifierPostgresTable |
            IdentifierRedshiftTable | IdentifierSavedView | IdentifierSnowflakeTable | IdentifierSqlMeshAudit |
            IdentifierSqlMeshModel | IdentifierSynqPath | IdentifierTrinoTable | UnknownVariant]): Entity identifiers to get
            summary for.
        execution_started_after (datetime.datetime | None): Return executions that started after this timestamp. If not
            provided, defaults to 30 days before execution_started_before.
        execution_started_before (datetime.datetime | None): Return executions that started before this timestamp. If
            not provided, defaults to now().
    """

    entity_ids: list[
        IdentifierAirflowDag
        | IdentifierAirflowTask
        | IdentifierAthenaTable
        | IdentifierBigqueryTable
        | IdentifierClickhouseTable
        | IdentifierCustom
        | IdentifierDatabricksTable
        | IdentifierDataproduct
        | IdentifierDbtCloudNode
        | IdentifierDbtCoreNode
        | IdentifierFabricTable
        | IdentifierMonitor
        | IdentifierMssqlTable
        | IdentifierMysqlTable
        | IdentifierOracleTable
        | IdentifierPostgresTable
        | IdentifierRedshiftTable
        | IdentifierSavedView
        | IdentifierSnowflakeTable
        | IdentifierSqlMeshAudit
        | IdentifierSqlMeshModel
        | IdentifierSynqPath
        | IdentifierTrinoTable
        | UnknownVariant
    ]
    execution_started_after: datetime.datetime | None = None
    execution_started_before: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity_ids = []
        for entity_ids_item_data in self.entity_ids:
            entity_ids_item = entity_ids_item_data.to_dict()
            entity_ids.append(entity_ids_item)

        execution_started_after: str | None = None
        if self.execution_started_after is not None:
            execution_started_after = rfc3339(self.execution_started_after)

        execution_started_before: str | None = None
        if self.execution_started_before is not None:
            execution_started_before = rfc3339(self.execution_started_before)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entityIds": entity_ids,
            }
        )
        if execution_started_after is not None:
            field_dict["executionStartedAfter"] = execution_started_after
        if execution_started_before is not None:
            field_dict["executionStartedBefore"] = execution_started_before

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is GetExecutionsSummaryRequest and type(src_dict) is dict:
            try:
                return _decode_get_executions_summary_request(src_dict)  # type: ignore[return-value]
            except Exception:  # anything unusual: the general code below decides, and words any error
                pass
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise FieldTypeError(f"object ({cls.__name__})", src_dict)
        d = src_dict
        absent = 0
        _entity_ids = d.get("entityIds", None)
        if type(_entity_ids) is list:
            try:
                entity_ids = list(map(_parse_entity_ids_item, _entity_ids))
            except FieldTypeError:
                raise failing_item("entityIds", _parse_entity_ids_item, enumerate(_entity_ids)) from None
        else:
            entity_ids = coerce("entityIds", "array", _entity_ids, required=True)

        _execution_started_after = d.get("executionStartedAfter", None)
        execution_started_after: datetime.datetime | None = None
        if type(_execution_started_after) is str:
            execution_started_after = timestamp("executionStartedAfter", _execution_started_after)
        elif _execution_started_after is None:
            absent += 1
        else:
            execution_started_after = coerce("executionStartedAfter", "string", _execution_started_after)

        _execution_started_before = d.get("executionStartedBefore", None)
        execution_started_before: datetime.datetime | None = None
        if type(_execution_started_before) is str:
            execution_started_before = timestamp("executionStartedBefore", _execution_started_before)
        elif _execution_started_before is None:
            absent += 1
        else:
            execution_started_before = coerce("executionStartedBefore", "string", _execution_started_before)

        get_executions_summary_request = cls(
            entity_ids,
            execution_started_after,
            execution_started_before,
        )

        if len(src_dict) + absent > 3:  # only a body with a key no property declares
            get_executions_summary_request.additional_properties = {
                prop_name: prop_dict for prop_name, prop_dict in src_dict.items() if prop_name not in _KNOWN_KEYS
            }

        return get_executions_summary_request

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


def _decode_get_executions_summary_request(d: Mapping[str, Any]) -> GetExecutionsSummaryRequest:
    """from_dict's fast path (scripts/codegen/fast_decoder.py); raises for a body of an unusual shape."""
    o = GetExecutionsSummaryRequest.__new__(GetExecutionsSummaryRequest)
    get = d.get
    absent = 0
    v = get("entityIds")
    if not (type(v) is list):
        raise _Unusual
    v = list(map(_parse_entity_ids_item, v))
    o.entity_ids = v
    v = get("executionStartedAfter")
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
    o.execution_started_after = v
    v = get("executionStartedBefore")
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
    o.execution_started_before = v
    o.additional_properties = {}
    if len(d) + absent > 3:
        o.additional_properties = {key: item for key, item in d.items() if key not in _KNOWN_KEYS}
    return o


from datetime import datetime as _datetime  # noqa: E402

from synq_coalesce_core.json_fields import Timestamp as _Timestamp  # noqa: E402
from synq_coalesce_core.json_fields import Unusual as _Unusual  # noqa: E402

_fromisoformat = _datetime.fromisoformat


# Imported after the class on purpose: models may reference each other in cycles (e.g. a recursive oneOf), and every
# model module defines its class before importing any other model, so any import order resolves.
from ..models.identifier_airflow_dag import IdentifierAirflowDag  # noqa: E402
from ..models.identifier_airflow_task import IdentifierAirflowTask  # noqa: E402
from ..models.identifier_athena_table import IdentifierAthenaTable  # noqa: E402
from ..models.identifier_bigquery_table import IdentifierBigqueryTable  # noqa: E402
from ..models.identifier_clickhouse_table import IdentifierClickhouseTable  # noqa: E402
from ..models.identifier_custom import IdentifierCustom  # noqa: E402
from ..models.identifier_databricks_table import IdentifierDatabricksTable  # noqa: E402
from ..models.identifier_dataproduct import IdentifierDataproduct  # noqa: E402
from ..models.identifier_dbt_cloud_node import IdentifierDbtCloudNode  # noqa: E402
from ..models.identifier_dbt_core_node import IdentifierDbtCoreNode  # noqa: E402
from ..models.identifier_fabric_table import IdentifierFabricTable  # noqa: E402
from ..models.identifier_monitor import IdentifierMonitor  # noqa: E402
from ..models.identifier_mssql_table import IdentifierMssqlTable  # noqa: E402
from ..models.identifier_mysql_table import IdentifierMysqlTable  # noqa: E402
from ..models.identifier_oracle_table import IdentifierOracleTable  # noqa: E402
from ..models.identifier_postgres_table import IdentifierPostgresTable  # noqa: E402
from ..models.identifier_redshift_table import IdentifierRedshiftTable  # noqa: E402
from ..models.identifier_saved_view import IdentifierSavedView  # noqa: E402
from ..models.identifier_snowflake_table import IdentifierSnowflakeTable  # noqa: E402
from ..models.identifier_sql_mesh_audit import IdentifierSqlMeshAudit  # noqa: E402
from ..models.identifier_sql_mesh_model import IdentifierSqlMeshModel  # noqa: E402
from ..models.identifier_synq_path import IdentifierSynqPath  # noqa: E402
from ..models.identifier_trino_table import IdentifierTrinoTable  # noqa: E402

_entity_ids_item_by_required_key: dict[
    str,
    Callable[
        [Mapping[str, Any]],
        IdentifierAirflowDag
        | IdentifierAirflowTask
        | IdentifierAthenaTable
        | IdentifierBigqueryTable
        | IdentifierClickhouseTable
        | IdentifierCustom
        | IdentifierDatabricksTable
        | IdentifierDataproduct
        | IdentifierDbtCloudNode
        | IdentifierDbtCoreNode
        | IdentifierFabricTable
        | IdentifierMonitor
        | IdentifierMssqlTable
        | IdentifierMysqlTable
        | IdentifierOracleTable
        | IdentifierPostgresTable
        | IdentifierRedshiftTable
        | IdentifierSavedView
        | IdentifierSnowflakeTable
        | IdentifierSqlMeshAudit
        | IdentifierSqlMeshModel
        | IdentifierSynqPath
        | IdentifierTrinoTable
        | UnknownVariant,
    ],
] = {
    "dbtCoreNode": IdentifierDbtCoreNode.from_dict,
    "dbtCloudNode": IdentifierDbtCloudNode.from_dict,
    "bigqueryTable": IdentifierBigqueryTable.from_dict,
    "snowflakeTable": IdentifierSnowflakeTable.from_dict,
    "redshiftTable": IdentifierRedshiftTable.from_dict,
    "postgresTable": IdentifierPostgresTable.from_dict,
    "mysqlTable": IdentifierMysqlTable.from_dict,
    "clickhouseTable": IdentifierClickhouseTable.from_dict,
    "airflowDag": IdentifierAirflowDag.from_dict,
    "airflowTask": IdentifierAirflowTask.from_dict,
    "custom": IdentifierCustom.from_dict,
    "dataproduct": IdentifierDataproduct.from_dict,
    "synqPath": IdentifierSynqPath.from_dict,
    "databricksTable": IdentifierDatabricksTable.from_dict,
    "trinoTable": IdentifierTrinoTable.from_dict,
    "sqlMeshModel": IdentifierSqlMeshModel.from_dict,
    "sqlMeshAudit": IdentifierSqlMeshAudit.from_dict,
    "monitor": IdentifierMonitor.from_dict,
    "mssqlTable": IdentifierMssqlTable.from_dict,
    "oracleTable": IdentifierOracleTable.from_dict,
    "athenaTable": IdentifierAthenaTable.from_dict,
    "savedView": IdentifierSavedView.from_dict,
    "fabricTable": IdentifierFabricTable.from_dict,
}


def _parse_entity_ids_item(
    data: object,
) -> (
    IdentifierAirflowDag
    | IdentifierAirflowTask
    | IdentifierAthenaTable
    | IdentifierBigqueryTable
    | IdentifierClickhouseTable
    | IdentifierCustom
    | IdentifierDatabricksTable
    | IdentifierDataproduct
    | IdentifierDbtCloudNode
    | IdentifierDbtCoreNode
    | IdentifierFabricTable
    | IdentifierMonitor
    | IdentifierMssqlTable
    | IdentifierMysqlTable
    | IdentifierOracleTable
    | IdentifierPostgresTable
    | IdentifierRedshiftTable
    | IdentifierSavedView
    | IdentifierSnowflakeTable
    | IdentifierSqlMeshAudit
    | IdentifierSqlMeshModel
    | IdentifierSynqPath
    | IdentifierTrinoTable
    | UnknownVariant
):
    if not isinstance(data, dict):
        raise FieldTypeError("object", data)
    for key in data:
        parse = _entity_ids_item_by_required_key.get(key)
        if parse is not None and data[key] is not None:  # {"monitor": null}: no kind is set (proto3 null = unset)
            return parse(data)
    return UnknownVariant.from_dict(data)
