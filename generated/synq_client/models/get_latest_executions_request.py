# Code generated from openapi/synq.yaml + overlays/synq.overlay.yaml by "make generate". DO NOT EDIT.
from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from synq_coalesce_core.json_fields import (
    FieldTypeError,
    coerce,
    failing_item,
)

from ..models.execution_status import ExecutionStatus
from ..models.execution_type import ExecutionType
from ..types import (  # ruff drops the names a model does not use
    UnknownValue,
    UnknownVariant,
)

T = TypeVar("T", bound="GetLatestExecutionsRequest")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "entityIds",
        "statuses",
        "executionTypes",
    }
)
"""The JSON names of the declared properties; any other key of a body goes to `additional_properties`."""


@_attrs_define
class GetLatestExecutionsRequest:
    """GetLatestExecutionsRequest requests the latest execution for each entity.

    Attributes:
        entity_ids (list[IdentifierAirflowDag | IdentifierAirflowTask | IdentifierAthenaTable | IdentifierBigqueryTable
            | IdentifierClickhouseTable | IdentifierCustom | IdentifierDatabricksTable | IdentifierDataproduct |
            IdentifierDbtCloudNode | IdentifierDbtCoreNode | IdentifierFabricTable | IdentifierMonitor |
            IdentifierMssqlTable | IdentifierMysqlTable | IdentifierOracleTable | IdentifierPostgresTable |
            IdentifierRedshiftTable | IdentifierSavedView | IdentifierSnowflakeTable | IdentifierSqlMeshAudit |
            IdentifierSqlMeshModel | IdentifierSynqPath | IdentifierTrinoTable | UnknownVariant]): Entity identifiers to get
            latest executions for. Only returns executions where these entities appear in EntityExecution.entities (what
            executed). Examples that WILL return results: monitors, dbt models, airflow tasks, tests. Examples that WON'T
            return results: tables (they don't execute, they are created/updated by models).
        statuses (list[ExecutionStatus | UnknownValue] | None): Filter by execution status. If provided, returns the
            latest execution with one of these statuses. If empty, returns the latest execution regardless of status.
        execution_types (list[ExecutionType | UnknownValue] | None): Filter by execution types. If provided, returns
            the latest execution of one of these types. If empty, returns the latest execution regardless of type.
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
    statuses: list[ExecutionStatus | UnknownValue] | None = None
    execution_types: list[ExecutionType | UnknownValue] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity_ids = []
        for entity_ids_item_data in self.entity_ids:
            entity_ids_item = entity_ids_item_data.to_dict()
            entity_ids.append(entity_ids_item)

        statuses: list[str | int] | None = None
        if self.statuses is not None:
            statuses = []
            for statuses_item_data in self.statuses:
                statuses_item = statuses_item_data.raw
                statuses.append(statuses_item)

        execution_types: list[str | int] | None = None
        if self.execution_types is not None:
            execution_types = []
            for execution_types_item_data in self.execution_types:
                execution_types_item = execution_types_item_data.raw
                execution_types.append(execution_types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entityIds": entity_ids,
            }
        )
        if statuses is not None:
            field_dict["statuses"] = statuses
        if execution_types is not None:
            field_dict["executionTypes"] = execution_types

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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

        _statuses = d.get("statuses", None)
        statuses: list[ExecutionStatus | UnknownValue] | None = None
        if type(_statuses) is list:
            try:
                statuses = list(map(ExecutionStatus.from_value, _statuses))
            except FieldTypeError:
                raise failing_item("statuses", ExecutionStatus.from_value, enumerate(_statuses)) from None
        elif _statuses is None:
            absent += 1
        else:
            statuses = coerce("statuses", "array", _statuses)

        _execution_types = d.get("executionTypes", None)
        execution_types: list[ExecutionType | UnknownValue] | None = None
        if type(_execution_types) is list:
            try:
                execution_types = list(map(ExecutionType.from_value, _execution_types))
            except FieldTypeError:
                raise failing_item("executionTypes", ExecutionType.from_value, enumerate(_execution_types)) from None
        elif _execution_types is None:
            absent += 1
        else:
            execution_types = coerce("executionTypes", "array", _execution_types)

        get_latest_executions_request = cls(
            entity_ids,
            statuses,
            execution_types,
        )

        if len(src_dict) + absent > 3:  # only a body with a key no property declares
            get_latest_executions_request.additional_properties = {
                prop_name: prop_dict for prop_name, prop_dict in src_dict.items() if prop_name not in _KNOWN_KEYS
            }

        return get_latest_executions_request

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
