# Code generated from openapi/synq.yaml + overlays/synq.overlay.yaml by "make generate". DO NOT EDIT.
from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from synq_coalesce_core.json_fields import (
    FieldTypeError,
    coerce,
)

from ..types import (  # ruff drops the names a model does not use
    UnknownVariant,
)

T = TypeVar("T", bound="MonitorIdentifier")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "monitoredId",
        "monitorId",
        "segment",
        "integrationId",
    }
)
"""The JSON names of the declared properties; any other key of a body goes to `additional_properties`."""


@_attrs_define
class MonitorIdentifier:
    """Monitor identifier

    Attributes:
        monitored_id (IdentifierAirflowDag | IdentifierAirflowTask | IdentifierAthenaTable | IdentifierBigqueryTable |
            IdentifierClickhouseTable | IdentifierCustom | IdentifierDatabricksTable | IdentifierDataproduct |
            IdentifierDbtCloudNode | IdentifierDbtCoreNode | IdentifierFabricTable | IdentifierMonitor |
            IdentifierMssqlTable | IdentifierMysqlTable | IdentifierOracleTable | IdentifierPostgresTable |
            IdentifierRedshiftTable | IdentifierSavedView | IdentifierSnowflakeTable | IdentifierSqlMeshAudit |
            IdentifierSqlMeshModel | IdentifierSynqPath | IdentifierTrinoTable | UnknownVariant | None): Identifier of the
            monitored entity
        monitor_id (str | None): Identifier of the monitor
        segment (str | None): Optional monitor segmentation identifier
        integration_id (str | None): Coalesce Quality integration_id of the monitored identifier
    """

    monitored_id: (
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
        | None
    ) = None
    monitor_id: str | None = None
    segment: str | None = None
    integration_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        monitored_id: dict[str, Any] | None = None
        if self.monitored_id is not None:
            monitored_id = self.monitored_id.to_dict()

        monitor_id = self.monitor_id

        segment = self.segment

        integration_id = self.integration_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if monitored_id is not None:
            field_dict["monitoredId"] = monitored_id
        if monitor_id is not None:
            field_dict["monitorId"] = monitor_id
        if segment is not None:
            field_dict["segment"] = segment
        if integration_id is not None:
            field_dict["integrationId"] = integration_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise FieldTypeError(f"object ({cls.__name__})", src_dict)
        d = src_dict
        absent = 0
        _monitored_id = d.get("monitoredId", None)
        monitored_id: (
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
            | None
        ) = None
        if type(_monitored_id) is dict:
            try:
                monitored_id = _parse_monitored_id(_monitored_id)
            except FieldTypeError as field_error:
                raise field_error.inside("monitoredId")
        elif _monitored_id is None:
            absent += 1
        else:
            monitored_id = coerce("monitoredId", "object", _monitored_id)

        monitor_id = d.get("monitorId", None)
        if type(monitor_id) is not str:
            if monitor_id is None:
                absent += 1
            else:
                monitor_id = coerce("monitorId", "string", monitor_id)

        segment = d.get("segment", None)
        if type(segment) is not str:
            if segment is None:
                absent += 1
            else:
                segment = coerce("segment", "string", segment)

        integration_id = d.get("integrationId", None)
        if type(integration_id) is not str:
            if integration_id is None:
                absent += 1
            else:
                integration_id = coerce("integrationId", "string", integration_id)

        monitor_identifier = cls(
            monitored_id,
            monitor_id,
            segment,
            integration_id,
        )

        if len(src_dict) + absent > 4:  # only a body with a key no property declares
            monitor_identifier.additional_properties = {
                prop_name: prop_dict for prop_name, prop_dict in src_dict.items() if prop_name not in _KNOWN_KEYS
            }

        return monitor_identifier

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

_monitored_id_by_required_key: dict[
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


def _parse_monitored_id(
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
        parse = _monitored_id_by_required_key.get(key)
        if parse is not None and data[key] is not None:  # {"monitor": null}: no kind is set (proto3 null = unset)
            return parse(data)
    return UnknownVariant.from_dict(data)
