# Code generated from openapi/synq.yaml + overlays/synq.overlay.yaml by "make generate". DO NOT EDIT.
from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.execution_status import ExecutionStatus
from ..models.execution_type import ExecutionType
from ..types import (  # ruff drops the names a model does not use
    UNSET,
    UnknownVariant,
    Unset,
)

T = TypeVar("T", bound="EntityExecution")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "entities",
        "entitiesSynqPaths",
        "targets",
        "targetsSynqPaths",
        "extraReferences",
        "extraReferencesSynqPaths",
        "executionType",
        "status",
        "skipped",
        "message",
        "createdAt",
        "startedAt",
        "finishedAt",
        "parentExecutionIds",
        "durationSeconds",
    }
)
"""The JSON names of the declared properties; any other key of a body goes to `additional_properties`."""


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
            | UnknownVariant
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
            | UnknownVariant
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
            | UnknownVariant
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
        id = self.id

        entities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.entities, Unset):
            entities = []
            for entities_item_data in self.entities:
                entities_item = entities_item_data.to_dict()
                entities.append(entities_item)

        entities_synq_paths: list[str] | Unset = UNSET
        if not isinstance(self.entities_synq_paths, Unset):
            entities_synq_paths = self.entities_synq_paths

        targets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.targets, Unset):
            targets = []
            for targets_item_data in self.targets:
                targets_item = targets_item_data.to_dict()
                targets.append(targets_item)

        targets_synq_paths: list[str] | Unset = UNSET
        if not isinstance(self.targets_synq_paths, Unset):
            targets_synq_paths = self.targets_synq_paths

        extra_references: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.extra_references, Unset):
            extra_references = []
            for extra_references_item_data in self.extra_references:
                extra_references_item = extra_references_item_data.to_dict()
                extra_references.append(extra_references_item)

        extra_references_synq_paths: list[str] | Unset = UNSET
        if not isinstance(self.extra_references_synq_paths, Unset):
            extra_references_synq_paths = self.extra_references_synq_paths

        execution_type: str | int | Unset = UNSET
        if not isinstance(self.execution_type, Unset):
            execution_type = self.execution_type.raw

        status: str | int | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.raw

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
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
        d = src_dict
        id = d.get("id", UNSET)

        _entities = d.get("entities", UNSET)
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
                | UnknownVariant
            ]
            | Unset
        ) = UNSET
        if _entities is not UNSET:
            entities = list(map(_parse_entities_item, _entities))

        entities_synq_paths: list[str] | Unset = d.get("entitiesSynqPaths", UNSET)

        _targets = d.get("targets", UNSET)
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
                | UnknownVariant
            ]
            | Unset
        ) = UNSET
        if _targets is not UNSET:
            targets = list(map(_parse_targets_item, _targets))

        targets_synq_paths: list[str] | Unset = d.get("targetsSynqPaths", UNSET)

        _extra_references = d.get("extraReferences", UNSET)
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
                | UnknownVariant
            ]
            | Unset
        ) = UNSET
        if _extra_references is not UNSET:
            extra_references = list(map(_parse_extra_references_item, _extra_references))

        extra_references_synq_paths: list[str] | Unset = d.get("extraReferencesSynqPaths", UNSET)

        _execution_type = d.get("executionType", UNSET)
        execution_type: ExecutionType | Unset = UNSET
        if _execution_type is not UNSET:
            execution_type = ExecutionType.from_value(_execution_type)

        _status = d.get("status", UNSET)
        status: ExecutionStatus | Unset = UNSET
        if _status is not UNSET:
            status = ExecutionStatus.from_value(_status)

        skipped = d.get("skipped", UNSET)

        message = d.get("message", UNSET)

        _created_at = d.get("createdAt", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _started_at = d.get("startedAt", UNSET)
        started_at: datetime.datetime | Unset = UNSET
        if _started_at is not UNSET:
            started_at = datetime.datetime.fromisoformat(_started_at)

        _finished_at = d.get("finishedAt", UNSET)
        finished_at: datetime.datetime | Unset = UNSET
        if _finished_at is not UNSET:
            finished_at = datetime.datetime.fromisoformat(_finished_at)

        parent_execution_ids: list[str] | Unset = d.get("parentExecutionIds", UNSET)

        duration_seconds = d.get("durationSeconds", UNSET)

        entity_execution = cls(
            id,
            entities,
            entities_synq_paths,
            targets,
            targets_synq_paths,
            extra_references,
            extra_references_synq_paths,
            execution_type,
            status,
            skipped,
            message,
            created_at,
            started_at,
            finished_at,
            parent_execution_ids,
            duration_seconds,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):  # only a body with keys no property declares pays for this
            entity_execution.additional_properties = {
                prop_name: prop_dict for prop_name, prop_dict in src_dict.items() if prop_name not in _KNOWN_KEYS
            }

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

_entities_item_by_required_key: dict[
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
    | UnknownVariant
):
    if not isinstance(data, dict):
        raise TypeError(f"expected a JSON object, got {type(data).__name__}")
    for key in data:
        parse = _entities_item_by_required_key.get(key)
        if parse is not None:
            return parse(data)
    return UnknownVariant.from_dict(data)


_parse_targets_item = _parse_entities_item


_parse_extra_references_item = _parse_entities_item
