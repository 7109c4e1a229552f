# Code generated from openapi/synq.yaml + overlays/synq.overlay.yaml by "make generate". DO NOT EDIT.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.identifier_airflow_dag import IdentifierAirflowDag
    from ..models.identifier_airflow_task import IdentifierAirflowTask
    from ..models.identifier_athena_table import IdentifierAthenaTable
    from ..models.identifier_bigquery_table import IdentifierBigqueryTable
    from ..models.identifier_clickhouse_table import IdentifierClickhouseTable
    from ..models.identifier_custom import IdentifierCustom
    from ..models.identifier_databricks_table import IdentifierDatabricksTable
    from ..models.identifier_dataproduct import IdentifierDataproduct
    from ..models.identifier_dbt_cloud_node import IdentifierDbtCloudNode
    from ..models.identifier_dbt_core_node import IdentifierDbtCoreNode
    from ..models.identifier_fabric_table import IdentifierFabricTable
    from ..models.identifier_monitor import IdentifierMonitor
    from ..models.identifier_mssql_table import IdentifierMssqlTable
    from ..models.identifier_mysql_table import IdentifierMysqlTable
    from ..models.identifier_oracle_table import IdentifierOracleTable
    from ..models.identifier_postgres_table import IdentifierPostgresTable
    from ..models.identifier_redshift_table import IdentifierRedshiftTable
    from ..models.identifier_saved_view import IdentifierSavedView
    from ..models.identifier_snowflake_table import IdentifierSnowflakeTable
    from ..models.identifier_sql_mesh_audit import IdentifierSqlMeshAudit
    from ..models.identifier_sql_mesh_model import IdentifierSqlMeshModel
    from ..models.identifier_synq_path import IdentifierSynqPath
    from ..models.identifier_trino_table import IdentifierTrinoTable


T = TypeVar("T", bound="MonitorIdentifier")


@_attrs_define
class MonitorIdentifier:
    """Monitor identifier

    Attributes:
        monitored_id (IdentifierAirflowDag | IdentifierAirflowTask | IdentifierAthenaTable | IdentifierBigqueryTable |
            IdentifierClickhouseTable | IdentifierCustom | IdentifierDatabricksTable | IdentifierDataproduct |
            IdentifierDbtCloudNode | IdentifierDbtCoreNode | IdentifierFabricTable | IdentifierMonitor |
            IdentifierMssqlTable | IdentifierMysqlTable | IdentifierOracleTable | IdentifierPostgresTable |
            IdentifierRedshiftTable | IdentifierSavedView | IdentifierSnowflakeTable | IdentifierSqlMeshAudit |
            IdentifierSqlMeshModel | IdentifierSynqPath | IdentifierTrinoTable | Unset): Identifier is a unique reference to
            an entity in Coalesce Quality system. Entity identifiers are designed to closely mimic identifiers used by data
            platforms and tools. To construct an identifier, you need to know the kind of the entity and the ids that you
            would normally use to identify it in the data platform or tool. For example, to identify a table in BigQuery,
            you would need to know the project, dataset, and table names.
        monitor_id (str | Unset): Identifier of the monitor
        segment (str | Unset): Optional monitor segmentation identifier
        integration_id (str | Unset): Coalesce Quality integration_id of the monitored identifier
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
        | Unset
    ) = UNSET
    monitor_id: str | Unset = UNSET
    segment: str | Unset = UNSET
    integration_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.identifier_airflow_dag import IdentifierAirflowDag  # noqa: PLC0415
        from ..models.identifier_airflow_task import IdentifierAirflowTask  # noqa: PLC0415
        from ..models.identifier_athena_table import IdentifierAthenaTable  # noqa: PLC0415
        from ..models.identifier_bigquery_table import IdentifierBigqueryTable  # noqa: PLC0415
        from ..models.identifier_clickhouse_table import IdentifierClickhouseTable  # noqa: PLC0415
        from ..models.identifier_custom import IdentifierCustom  # noqa: PLC0415
        from ..models.identifier_databricks_table import IdentifierDatabricksTable  # noqa: PLC0415
        from ..models.identifier_dataproduct import IdentifierDataproduct  # noqa: PLC0415
        from ..models.identifier_dbt_cloud_node import IdentifierDbtCloudNode  # noqa: PLC0415
        from ..models.identifier_dbt_core_node import IdentifierDbtCoreNode  # noqa: PLC0415
        from ..models.identifier_monitor import IdentifierMonitor  # noqa: PLC0415
        from ..models.identifier_mssql_table import IdentifierMssqlTable  # noqa: PLC0415
        from ..models.identifier_mysql_table import IdentifierMysqlTable  # noqa: PLC0415
        from ..models.identifier_oracle_table import IdentifierOracleTable  # noqa: PLC0415
        from ..models.identifier_postgres_table import IdentifierPostgresTable  # noqa: PLC0415
        from ..models.identifier_redshift_table import IdentifierRedshiftTable  # noqa: PLC0415
        from ..models.identifier_saved_view import IdentifierSavedView  # noqa: PLC0415
        from ..models.identifier_snowflake_table import IdentifierSnowflakeTable  # noqa: PLC0415
        from ..models.identifier_sql_mesh_audit import IdentifierSqlMeshAudit  # noqa: PLC0415
        from ..models.identifier_sql_mesh_model import IdentifierSqlMeshModel  # noqa: PLC0415
        from ..models.identifier_synq_path import IdentifierSynqPath  # noqa: PLC0415
        from ..models.identifier_trino_table import IdentifierTrinoTable  # noqa: PLC0415

        monitored_id: dict[str, Any] | Unset
        if isinstance(self.monitored_id, Unset):
            monitored_id = UNSET
        elif isinstance(self.monitored_id, IdentifierDbtCoreNode):
            monitored_id = self.monitored_id.to_dict()
        elif isinstance(self.monitored_id, IdentifierDbtCloudNode):
            monitored_id = self.monitored_id.to_dict()
        elif isinstance(self.monitored_id, IdentifierBigqueryTable):
            monitored_id = self.monitored_id.to_dict()
        elif isinstance(self.monitored_id, IdentifierSnowflakeTable):
            monitored_id = self.monitored_id.to_dict()
        elif isinstance(self.monitored_id, IdentifierRedshiftTable):
            monitored_id = self.monitored_id.to_dict()
        elif isinstance(self.monitored_id, IdentifierPostgresTable):
            monitored_id = self.monitored_id.to_dict()
        elif isinstance(self.monitored_id, IdentifierMysqlTable):
            monitored_id = self.monitored_id.to_dict()
        elif isinstance(self.monitored_id, IdentifierClickhouseTable):
            monitored_id = self.monitored_id.to_dict()
        elif isinstance(self.monitored_id, IdentifierAirflowDag):
            monitored_id = self.monitored_id.to_dict()
        elif isinstance(self.monitored_id, IdentifierAirflowTask):
            monitored_id = self.monitored_id.to_dict()
        elif isinstance(self.monitored_id, IdentifierCustom):
            monitored_id = self.monitored_id.to_dict()
        elif isinstance(self.monitored_id, IdentifierDataproduct):
            monitored_id = self.monitored_id.to_dict()
        elif isinstance(self.monitored_id, IdentifierSynqPath):
            monitored_id = self.monitored_id.to_dict()
        elif isinstance(self.monitored_id, IdentifierDatabricksTable):
            monitored_id = self.monitored_id.to_dict()
        elif isinstance(self.monitored_id, IdentifierTrinoTable):
            monitored_id = self.monitored_id.to_dict()
        elif isinstance(self.monitored_id, IdentifierSqlMeshModel):
            monitored_id = self.monitored_id.to_dict()
        elif isinstance(self.monitored_id, IdentifierSqlMeshAudit):
            monitored_id = self.monitored_id.to_dict()
        elif isinstance(self.monitored_id, IdentifierMonitor):
            monitored_id = self.monitored_id.to_dict()
        elif isinstance(self.monitored_id, IdentifierMssqlTable):
            monitored_id = self.monitored_id.to_dict()
        elif isinstance(self.monitored_id, IdentifierOracleTable):
            monitored_id = self.monitored_id.to_dict()
        elif isinstance(self.monitored_id, IdentifierAthenaTable):
            monitored_id = self.monitored_id.to_dict()
        elif isinstance(self.monitored_id, IdentifierSavedView):
            monitored_id = self.monitored_id.to_dict()
        else:
            monitored_id = self.monitored_id.to_dict()

        monitor_id = self.monitor_id

        segment = self.segment

        integration_id = self.integration_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if monitored_id is not UNSET:
            field_dict["monitoredId"] = monitored_id
        if monitor_id is not UNSET:
            field_dict["monitorId"] = monitor_id
        if segment is not UNSET:
            field_dict["segment"] = segment
        if integration_id is not UNSET:
            field_dict["integrationId"] = integration_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.identifier_airflow_dag import IdentifierAirflowDag  # noqa: PLC0415
        from ..models.identifier_airflow_task import IdentifierAirflowTask  # noqa: PLC0415
        from ..models.identifier_athena_table import IdentifierAthenaTable  # noqa: PLC0415
        from ..models.identifier_bigquery_table import IdentifierBigqueryTable  # noqa: PLC0415
        from ..models.identifier_clickhouse_table import IdentifierClickhouseTable  # noqa: PLC0415
        from ..models.identifier_custom import IdentifierCustom  # noqa: PLC0415
        from ..models.identifier_databricks_table import IdentifierDatabricksTable  # noqa: PLC0415
        from ..models.identifier_dataproduct import IdentifierDataproduct  # noqa: PLC0415
        from ..models.identifier_dbt_cloud_node import IdentifierDbtCloudNode  # noqa: PLC0415
        from ..models.identifier_dbt_core_node import IdentifierDbtCoreNode  # noqa: PLC0415
        from ..models.identifier_fabric_table import IdentifierFabricTable  # noqa: PLC0415
        from ..models.identifier_monitor import IdentifierMonitor  # noqa: PLC0415
        from ..models.identifier_mssql_table import IdentifierMssqlTable  # noqa: PLC0415
        from ..models.identifier_mysql_table import IdentifierMysqlTable  # noqa: PLC0415
        from ..models.identifier_oracle_table import IdentifierOracleTable  # noqa: PLC0415
        from ..models.identifier_postgres_table import IdentifierPostgresTable  # noqa: PLC0415
        from ..models.identifier_redshift_table import IdentifierRedshiftTable  # noqa: PLC0415
        from ..models.identifier_saved_view import IdentifierSavedView  # noqa: PLC0415
        from ..models.identifier_snowflake_table import IdentifierSnowflakeTable  # noqa: PLC0415
        from ..models.identifier_sql_mesh_audit import IdentifierSqlMeshAudit  # noqa: PLC0415
        from ..models.identifier_sql_mesh_model import IdentifierSqlMeshModel  # noqa: PLC0415
        from ..models.identifier_synq_path import IdentifierSynqPath  # noqa: PLC0415
        from ..models.identifier_trino_table import IdentifierTrinoTable  # noqa: PLC0415

        d = dict(src_dict)

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
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_identifier_type_0 = IdentifierDbtCoreNode.from_dict(data)

                return componentsschemas_identifier_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_identifier_type_1 = IdentifierDbtCloudNode.from_dict(data)

                return componentsschemas_identifier_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_identifier_type_2 = IdentifierBigqueryTable.from_dict(data)

                return componentsschemas_identifier_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_identifier_type_3 = IdentifierSnowflakeTable.from_dict(data)

                return componentsschemas_identifier_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_identifier_type_4 = IdentifierRedshiftTable.from_dict(data)

                return componentsschemas_identifier_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_identifier_type_5 = IdentifierPostgresTable.from_dict(data)

                return componentsschemas_identifier_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_identifier_type_6 = IdentifierMysqlTable.from_dict(data)

                return componentsschemas_identifier_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_identifier_type_7 = IdentifierClickhouseTable.from_dict(data)

                return componentsschemas_identifier_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_identifier_type_8 = IdentifierAirflowDag.from_dict(data)

                return componentsschemas_identifier_type_8
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_identifier_type_9 = IdentifierAirflowTask.from_dict(data)

                return componentsschemas_identifier_type_9
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_identifier_type_10 = IdentifierCustom.from_dict(data)

                return componentsschemas_identifier_type_10
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_identifier_type_11 = IdentifierDataproduct.from_dict(data)

                return componentsschemas_identifier_type_11
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_identifier_type_12 = IdentifierSynqPath.from_dict(data)

                return componentsschemas_identifier_type_12
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_identifier_type_13 = IdentifierDatabricksTable.from_dict(data)

                return componentsschemas_identifier_type_13
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_identifier_type_14 = IdentifierTrinoTable.from_dict(data)

                return componentsschemas_identifier_type_14
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_identifier_type_15 = IdentifierSqlMeshModel.from_dict(data)

                return componentsschemas_identifier_type_15
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_identifier_type_16 = IdentifierSqlMeshAudit.from_dict(data)

                return componentsschemas_identifier_type_16
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_identifier_type_17 = IdentifierMonitor.from_dict(data)

                return componentsschemas_identifier_type_17
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_identifier_type_18 = IdentifierMssqlTable.from_dict(data)

                return componentsschemas_identifier_type_18
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_identifier_type_19 = IdentifierOracleTable.from_dict(data)

                return componentsschemas_identifier_type_19
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_identifier_type_20 = IdentifierAthenaTable.from_dict(data)

                return componentsschemas_identifier_type_20
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_identifier_type_21 = IdentifierSavedView.from_dict(data)

                return componentsschemas_identifier_type_21
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_identifier_type_22 = IdentifierFabricTable.from_dict(data)

            return componentsschemas_identifier_type_22

        monitored_id = _parse_monitored_id(d.pop("monitoredId", UNSET))

        monitor_id = d.pop("monitorId", UNSET)

        segment = d.pop("segment", UNSET)

        integration_id = d.pop("integrationId", UNSET)

        monitor_identifier = cls(
            monitored_id=monitored_id,
            monitor_id=monitor_id,
            segment=segment,
            integration_id=integration_id,
        )

        monitor_identifier.additional_properties = d
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
