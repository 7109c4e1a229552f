# Code generated from openapi/synq.yaml + overlays/synq.overlay.yaml by "make generate". DO NOT EDIT.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.execution_status import ExecutionStatus
from ..models.execution_type import ExecutionType
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


T = TypeVar("T", bound="EntityExecution")


@_attrs_define
class EntityExecution:
    """EntityExecution represents a single execution event on an entity. This is a public representation of internal Run
    data, excluding sensitive metadata.

        Attributes:
            id (str | Unset): Unique identifier for this execution.
            entities (list[IdentifierAirflowDag | IdentifierAirflowTask | IdentifierAthenaTable | IdentifierBigqueryTable |
                IdentifierClickhouseTable | IdentifierCustom | IdentifierDatabricksTable | IdentifierDataproduct |
                IdentifierDbtCloudNode | IdentifierDbtCoreNode | IdentifierFabricTable | IdentifierMonitor |
                IdentifierMssqlTable | IdentifierMysqlTable | IdentifierOracleTable | IdentifierPostgresTable |
                IdentifierRedshiftTable | IdentifierSavedView | IdentifierSnowflakeTable | IdentifierSqlMeshAudit |
                IdentifierSqlMeshModel | IdentifierSynqPath | IdentifierTrinoTable] | Unset): Primary entities affected by this
                execution. These are the main entities this execution ran on or modified.
            entities_synq_paths (list[str] | Unset): Coalesce Quality paths of primary entities affected by this execution.
            targets (list[IdentifierAirflowDag | IdentifierAirflowTask | IdentifierAthenaTable | IdentifierBigqueryTable |
                IdentifierClickhouseTable | IdentifierCustom | IdentifierDatabricksTable | IdentifierDataproduct |
                IdentifierDbtCloudNode | IdentifierDbtCoreNode | IdentifierFabricTable | IdentifierMonitor |
                IdentifierMssqlTable | IdentifierMysqlTable | IdentifierOracleTable | IdentifierPostgresTable |
                IdentifierRedshiftTable | IdentifierSavedView | IdentifierSnowflakeTable | IdentifierSqlMeshAudit |
                IdentifierSqlMeshModel | IdentifierSynqPath | IdentifierTrinoTable] | Unset): Target entities referenced by this
                execution. These are secondary entities that were targets of the execution.
            targets_synq_paths (list[str] | Unset): Coalesce Quality paths of target entities referenced by this execution.
            extra_references (list[IdentifierAirflowDag | IdentifierAirflowTask | IdentifierAthenaTable |
                IdentifierBigqueryTable | IdentifierClickhouseTable | IdentifierCustom | IdentifierDatabricksTable |
                IdentifierDataproduct | IdentifierDbtCloudNode | IdentifierDbtCoreNode | IdentifierFabricTable |
                IdentifierMonitor | IdentifierMssqlTable | IdentifierMysqlTable | IdentifierOracleTable |
                IdentifierPostgresTable | IdentifierRedshiftTable | IdentifierSavedView | IdentifierSnowflakeTable |
                IdentifierSqlMeshAudit | IdentifierSqlMeshModel | IdentifierSynqPath | IdentifierTrinoTable] | Unset):
                Additional entity references. These are other entities referenced during the execution.
            extra_references_synq_paths (list[str] | Unset): Coalesce Quality paths of additional entity references.
            execution_type (ExecutionType | Unset): Type of execution (e.g., query, job, test run).
            status (ExecutionStatus | Unset): ExecutionStatus represents the outcome of an execution. Status of the
                execution.
            skipped (bool | Unset): Whether this execution was skipped.
            message (str | Unset): Human-readable message describing the execution result. This typically contains error
                messages, warnings, or success information.
            created_at (datetime.datetime | Unset): When the execution record was created in Coalesce Quality.
            started_at (datetime.datetime | Unset): When the execution actually started.
            finished_at (datetime.datetime | Unset): When the execution finished.
            parent_execution_ids (list[str] | Unset): IDs of parent executions, if this is a nested execution. For example,
                a task execution might have a parent DAG execution.
            duration_seconds (float | Unset): Duration of the execution in seconds. Only populated if both started_at and
                finished_at are present.
    """

    id: str | Unset = UNSET
    entities: (
        list[
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
        ]
        | Unset
    ) = UNSET
    entities_synq_paths: list[str] | Unset = UNSET
    targets: (
        list[
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
        ]
        | Unset
    ) = UNSET
    targets_synq_paths: list[str] | Unset = UNSET
    extra_references: (
        list[
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
        ]
        | Unset
    ) = UNSET
    extra_references_synq_paths: list[str] | Unset = UNSET
    execution_type: ExecutionType | Unset = UNSET
    status: ExecutionStatus | Unset = UNSET
    skipped: bool | Unset = UNSET
    message: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    started_at: datetime.datetime | Unset = UNSET
    finished_at: datetime.datetime | Unset = UNSET
    parent_execution_ids: list[str] | Unset = UNSET
    duration_seconds: float | Unset = UNSET
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

        id = self.id

        entities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.entities, Unset):
            entities = []
            for entities_item_data in self.entities:
                entities_item: dict[str, Any]
                if isinstance(entities_item_data, IdentifierDbtCoreNode):
                    entities_item = entities_item_data.to_dict()
                elif isinstance(entities_item_data, IdentifierDbtCloudNode):
                    entities_item = entities_item_data.to_dict()
                elif isinstance(entities_item_data, IdentifierBigqueryTable):
                    entities_item = entities_item_data.to_dict()
                elif isinstance(entities_item_data, IdentifierSnowflakeTable):
                    entities_item = entities_item_data.to_dict()
                elif isinstance(entities_item_data, IdentifierRedshiftTable):
                    entities_item = entities_item_data.to_dict()
                elif isinstance(entities_item_data, IdentifierPostgresTable):
                    entities_item = entities_item_data.to_dict()
                elif isinstance(entities_item_data, IdentifierMysqlTable):
                    entities_item = entities_item_data.to_dict()
                elif isinstance(entities_item_data, IdentifierClickhouseTable):
                    entities_item = entities_item_data.to_dict()
                elif isinstance(entities_item_data, IdentifierAirflowDag):
                    entities_item = entities_item_data.to_dict()
                elif isinstance(entities_item_data, IdentifierAirflowTask):
                    entities_item = entities_item_data.to_dict()
                elif isinstance(entities_item_data, IdentifierCustom):
                    entities_item = entities_item_data.to_dict()
                elif isinstance(entities_item_data, IdentifierDataproduct):
                    entities_item = entities_item_data.to_dict()
                elif isinstance(entities_item_data, IdentifierSynqPath):
                    entities_item = entities_item_data.to_dict()
                elif isinstance(entities_item_data, IdentifierDatabricksTable):
                    entities_item = entities_item_data.to_dict()
                elif isinstance(entities_item_data, IdentifierTrinoTable):
                    entities_item = entities_item_data.to_dict()
                elif isinstance(entities_item_data, IdentifierSqlMeshModel):
                    entities_item = entities_item_data.to_dict()
                elif isinstance(entities_item_data, IdentifierSqlMeshAudit):
                    entities_item = entities_item_data.to_dict()
                elif isinstance(entities_item_data, IdentifierMonitor):
                    entities_item = entities_item_data.to_dict()
                elif isinstance(entities_item_data, IdentifierMssqlTable):
                    entities_item = entities_item_data.to_dict()
                elif isinstance(entities_item_data, IdentifierOracleTable):
                    entities_item = entities_item_data.to_dict()
                elif isinstance(entities_item_data, IdentifierAthenaTable):
                    entities_item = entities_item_data.to_dict()
                elif isinstance(entities_item_data, IdentifierSavedView):
                    entities_item = entities_item_data.to_dict()
                else:
                    entities_item = entities_item_data.to_dict()

                entities.append(entities_item)

        entities_synq_paths: list[str] | Unset = UNSET
        if not isinstance(self.entities_synq_paths, Unset):
            entities_synq_paths = self.entities_synq_paths

        targets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.targets, Unset):
            targets = []
            for targets_item_data in self.targets:
                targets_item: dict[str, Any]
                if isinstance(targets_item_data, IdentifierDbtCoreNode):
                    targets_item = targets_item_data.to_dict()
                elif isinstance(targets_item_data, IdentifierDbtCloudNode):
                    targets_item = targets_item_data.to_dict()
                elif isinstance(targets_item_data, IdentifierBigqueryTable):
                    targets_item = targets_item_data.to_dict()
                elif isinstance(targets_item_data, IdentifierSnowflakeTable):
                    targets_item = targets_item_data.to_dict()
                elif isinstance(targets_item_data, IdentifierRedshiftTable):
                    targets_item = targets_item_data.to_dict()
                elif isinstance(targets_item_data, IdentifierPostgresTable):
                    targets_item = targets_item_data.to_dict()
                elif isinstance(targets_item_data, IdentifierMysqlTable):
                    targets_item = targets_item_data.to_dict()
                elif isinstance(targets_item_data, IdentifierClickhouseTable):
                    targets_item = targets_item_data.to_dict()
                elif isinstance(targets_item_data, IdentifierAirflowDag):
                    targets_item = targets_item_data.to_dict()
                elif isinstance(targets_item_data, IdentifierAirflowTask):
                    targets_item = targets_item_data.to_dict()
                elif isinstance(targets_item_data, IdentifierCustom):
                    targets_item = targets_item_data.to_dict()
                elif isinstance(targets_item_data, IdentifierDataproduct):
                    targets_item = targets_item_data.to_dict()
                elif isinstance(targets_item_data, IdentifierSynqPath):
                    targets_item = targets_item_data.to_dict()
                elif isinstance(targets_item_data, IdentifierDatabricksTable):
                    targets_item = targets_item_data.to_dict()
                elif isinstance(targets_item_data, IdentifierTrinoTable):
                    targets_item = targets_item_data.to_dict()
                elif isinstance(targets_item_data, IdentifierSqlMeshModel):
                    targets_item = targets_item_data.to_dict()
                elif isinstance(targets_item_data, IdentifierSqlMeshAudit):
                    targets_item = targets_item_data.to_dict()
                elif isinstance(targets_item_data, IdentifierMonitor):
                    targets_item = targets_item_data.to_dict()
                elif isinstance(targets_item_data, IdentifierMssqlTable):
                    targets_item = targets_item_data.to_dict()
                elif isinstance(targets_item_data, IdentifierOracleTable):
                    targets_item = targets_item_data.to_dict()
                elif isinstance(targets_item_data, IdentifierAthenaTable):
                    targets_item = targets_item_data.to_dict()
                elif isinstance(targets_item_data, IdentifierSavedView):
                    targets_item = targets_item_data.to_dict()
                else:
                    targets_item = targets_item_data.to_dict()

                targets.append(targets_item)

        targets_synq_paths: list[str] | Unset = UNSET
        if not isinstance(self.targets_synq_paths, Unset):
            targets_synq_paths = self.targets_synq_paths

        extra_references: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.extra_references, Unset):
            extra_references = []
            for extra_references_item_data in self.extra_references:
                extra_references_item: dict[str, Any]
                if isinstance(extra_references_item_data, IdentifierDbtCoreNode):
                    extra_references_item = extra_references_item_data.to_dict()
                elif isinstance(extra_references_item_data, IdentifierDbtCloudNode):
                    extra_references_item = extra_references_item_data.to_dict()
                elif isinstance(extra_references_item_data, IdentifierBigqueryTable):
                    extra_references_item = extra_references_item_data.to_dict()
                elif isinstance(extra_references_item_data, IdentifierSnowflakeTable):
                    extra_references_item = extra_references_item_data.to_dict()
                elif isinstance(extra_references_item_data, IdentifierRedshiftTable):
                    extra_references_item = extra_references_item_data.to_dict()
                elif isinstance(extra_references_item_data, IdentifierPostgresTable):
                    extra_references_item = extra_references_item_data.to_dict()
                elif isinstance(extra_references_item_data, IdentifierMysqlTable):
                    extra_references_item = extra_references_item_data.to_dict()
                elif isinstance(extra_references_item_data, IdentifierClickhouseTable):
                    extra_references_item = extra_references_item_data.to_dict()
                elif isinstance(extra_references_item_data, IdentifierAirflowDag):
                    extra_references_item = extra_references_item_data.to_dict()
                elif isinstance(extra_references_item_data, IdentifierAirflowTask):
                    extra_references_item = extra_references_item_data.to_dict()
                elif isinstance(extra_references_item_data, IdentifierCustom):
                    extra_references_item = extra_references_item_data.to_dict()
                elif isinstance(extra_references_item_data, IdentifierDataproduct):
                    extra_references_item = extra_references_item_data.to_dict()
                elif isinstance(extra_references_item_data, IdentifierSynqPath):
                    extra_references_item = extra_references_item_data.to_dict()
                elif isinstance(extra_references_item_data, IdentifierDatabricksTable):
                    extra_references_item = extra_references_item_data.to_dict()
                elif isinstance(extra_references_item_data, IdentifierTrinoTable):
                    extra_references_item = extra_references_item_data.to_dict()
                elif isinstance(extra_references_item_data, IdentifierSqlMeshModel):
                    extra_references_item = extra_references_item_data.to_dict()
                elif isinstance(extra_references_item_data, IdentifierSqlMeshAudit):
                    extra_references_item = extra_references_item_data.to_dict()
                elif isinstance(extra_references_item_data, IdentifierMonitor):
                    extra_references_item = extra_references_item_data.to_dict()
                elif isinstance(extra_references_item_data, IdentifierMssqlTable):
                    extra_references_item = extra_references_item_data.to_dict()
                elif isinstance(extra_references_item_data, IdentifierOracleTable):
                    extra_references_item = extra_references_item_data.to_dict()
                elif isinstance(extra_references_item_data, IdentifierAthenaTable):
                    extra_references_item = extra_references_item_data.to_dict()
                elif isinstance(extra_references_item_data, IdentifierSavedView):
                    extra_references_item = extra_references_item_data.to_dict()
                else:
                    extra_references_item = extra_references_item_data.to_dict()

                extra_references.append(extra_references_item)

        extra_references_synq_paths: list[str] | Unset = UNSET
        if not isinstance(self.extra_references_synq_paths, Unset):
            extra_references_synq_paths = self.extra_references_synq_paths

        execution_type: str | Unset = UNSET
        if not isinstance(self.execution_type, Unset):
            execution_type = self.execution_type.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        skipped = self.skipped

        message = self.message

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        started_at: str | Unset = UNSET
        if not isinstance(self.started_at, Unset):
            started_at = self.started_at.isoformat()

        finished_at: str | Unset = UNSET
        if not isinstance(self.finished_at, Unset):
            finished_at = self.finished_at.isoformat()

        parent_execution_ids: list[str] | Unset = UNSET
        if not isinstance(self.parent_execution_ids, Unset):
            parent_execution_ids = self.parent_execution_ids

        duration_seconds = self.duration_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if entities is not UNSET:
            field_dict["entities"] = entities
        if entities_synq_paths is not UNSET:
            field_dict["entitiesSynqPaths"] = entities_synq_paths
        if targets is not UNSET:
            field_dict["targets"] = targets
        if targets_synq_paths is not UNSET:
            field_dict["targetsSynqPaths"] = targets_synq_paths
        if extra_references is not UNSET:
            field_dict["extraReferences"] = extra_references
        if extra_references_synq_paths is not UNSET:
            field_dict["extraReferencesSynqPaths"] = extra_references_synq_paths
        if execution_type is not UNSET:
            field_dict["executionType"] = execution_type
        if status is not UNSET:
            field_dict["status"] = status
        if skipped is not UNSET:
            field_dict["skipped"] = skipped
        if message is not UNSET:
            field_dict["message"] = message
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if started_at is not UNSET:
            field_dict["startedAt"] = started_at
        if finished_at is not UNSET:
            field_dict["finishedAt"] = finished_at
        if parent_execution_ids is not UNSET:
            field_dict["parentExecutionIds"] = parent_execution_ids
        if duration_seconds is not UNSET:
            field_dict["durationSeconds"] = duration_seconds

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
        id = d.pop("id", UNSET)

        _entities = d.pop("entities", UNSET)
        entities: (
            list[
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
            ]
            | Unset
        ) = UNSET
        if _entities is not UNSET:
            entities = []
            for entities_item_data in _entities:

                def _parse_entities_item(
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
                ):
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

                entities_item = _parse_entities_item(entities_item_data)

                entities.append(entities_item)

        entities_synq_paths = cast(list[str], d.pop("entitiesSynqPaths", UNSET))

        _targets = d.pop("targets", UNSET)
        targets: (
            list[
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
            ]
            | Unset
        ) = UNSET
        if _targets is not UNSET:
            targets = []
            for targets_item_data in _targets:

                def _parse_targets_item(
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
                ):
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

                targets_item = _parse_targets_item(targets_item_data)

                targets.append(targets_item)

        targets_synq_paths = cast(list[str], d.pop("targetsSynqPaths", UNSET))

        _extra_references = d.pop("extraReferences", UNSET)
        extra_references: (
            list[
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
            ]
            | Unset
        ) = UNSET
        if _extra_references is not UNSET:
            extra_references = []
            for extra_references_item_data in _extra_references:

                def _parse_extra_references_item(
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
                ):
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

                extra_references_item = _parse_extra_references_item(extra_references_item_data)

                extra_references.append(extra_references_item)

        extra_references_synq_paths = cast(list[str], d.pop("extraReferencesSynqPaths", UNSET))

        _execution_type = d.pop("executionType", UNSET)
        execution_type: ExecutionType | Unset
        if isinstance(_execution_type, Unset):
            execution_type = UNSET
        else:
            execution_type = ExecutionType(_execution_type)

        _status = d.pop("status", UNSET)
        status: ExecutionStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ExecutionStatus(_status)

        skipped = d.pop("skipped", UNSET)

        message = d.pop("message", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _started_at = d.pop("startedAt", UNSET)
        started_at: datetime.datetime | Unset
        if isinstance(_started_at, Unset):
            started_at = UNSET
        else:
            started_at = datetime.datetime.fromisoformat(_started_at)

        _finished_at = d.pop("finishedAt", UNSET)
        finished_at: datetime.datetime | Unset
        if isinstance(_finished_at, Unset):
            finished_at = UNSET
        else:
            finished_at = datetime.datetime.fromisoformat(_finished_at)

        parent_execution_ids = cast(list[str], d.pop("parentExecutionIds", UNSET))

        duration_seconds = d.pop("durationSeconds", UNSET)

        entity_execution = cls(
            id=id,
            entities=entities,
            entities_synq_paths=entities_synq_paths,
            targets=targets,
            targets_synq_paths=targets_synq_paths,
            extra_references=extra_references,
            extra_references_synq_paths=extra_references_synq_paths,
            execution_type=execution_type,
            status=status,
            skipped=skipped,
            message=message,
            created_at=created_at,
            started_at=started_at,
            finished_at=finished_at,
            parent_execution_ids=parent_execution_ids,
            duration_seconds=duration_seconds,
        )

        entity_execution.additional_properties = d
        return entity_execution

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
