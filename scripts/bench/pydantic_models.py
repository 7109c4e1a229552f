"""Pydantic v2 reference models of the same schemas the generated clients parse, written by hand for the benchmark.

Faithful to `generated/synq.openapi.yaml` and `generated/coalesce.openapi.yaml`: every property (camelCase on the
wire through aliases), additional properties kept where the schema allows them (`extra="allow"`) and refused on the
single-key Identifier wrappers (`additionalProperties: false`), `date-time` parsed to `datetime`,
enums as `StrEnum`s (closed: pydantic has no open enums), the 23 Identifier kinds as a union dispatched on the one key
of the object (a callable `Discriminator`, so the cost of a kind does not depend on its position), `MonitorIdentifier`
recursive, and Coalesce `Run.runDetails` as a union dispatched on `deployCommit` (required only by DeployRunDetails).

`pydantic` is a dev dependency only: nothing here ships in the wheel.
"""

from __future__ import annotations

import datetime
from enum import StrEnum
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Discriminator, Field, Tag


class _Open(BaseModel):
    """An object schema without `additionalProperties: false`: unknown keys are kept (`model_extra`)."""

    model_config = ConfigDict(extra="allow")


class _Closed(BaseModel):
    """An object schema with `additionalProperties: false`."""

    model_config = ConfigDict(extra="forbid")


# ---------------------------------------------------------------- SYNQ: the 23 Identifier kinds


class DbtCoreNodeIdentifier(_Open):
    integration_id: str | None = Field(default=None, alias="integrationId")
    node_id: str | None = Field(default=None, alias="nodeId")


class DbtCloudNodeIdentifier(_Open):
    project_id: str | None = Field(default=None, alias="projectId")
    account_id: str | None = Field(default=None, alias="accountId")
    node_id: str | None = Field(default=None, alias="nodeId")


class BigqueryTableIdentifier(_Open):
    project: str | None = None
    dataset: str | None = None
    table: str | None = None


class SnowflakeTableIdentifier(_Open):
    account: str | None = None
    database: str | None = None
    schema_: str | None = Field(default=None, alias="schema")
    table: str | None = None


class RedshiftTableIdentifier(_Open):
    cluster: str | None = None
    database: str | None = None
    schema_: str | None = Field(default=None, alias="schema")
    table: str | None = None


class PostgresTableIdentifier(_Open):
    host: str | None = None
    database: str | None = None
    schema_: str | None = Field(default=None, alias="schema")
    table: str | None = None


class MysqlTableIdentifier(_Open):
    host: str | None = None
    schema_: str | None = Field(default=None, alias="schema")
    table: str | None = None


class ClickhouseTableIdentifier(_Open):
    host: str | None = None
    schema_: str | None = Field(default=None, alias="schema")
    table: str | None = None


class AirflowDagIdentifier(_Open):
    integration_id: str | None = Field(default=None, alias="integrationId")
    dag_id: str | None = Field(default=None, alias="dagId")


class AirflowTaskIdentifier(_Open):
    integration_id: str | None = Field(default=None, alias="integrationId")
    dag_id: str | None = Field(default=None, alias="dagId")
    task_id: str | None = Field(default=None, alias="taskId")


class CustomIdentifier(_Open):
    id: str | None = None


class DataproductIdentifier(_Open):
    id: str | None = None


class SynqPathIdentifier(_Open):
    path: str | None = None


class DatabricksTableIdentifier(_Open):
    workspace: str | None = None
    catalog: str | None = None
    schema_: str | None = Field(default=None, alias="schema")
    table: str | None = None


class TrinoTableIdentifier(_Open):
    host: str | None = None
    catalog: str | None = None
    schema_: str | None = Field(default=None, alias="schema")
    table: str | None = None


class SqlMeshModelIdentifier(_Open):
    integration_id: str | None = Field(default=None, alias="integrationId")
    fqn: str | None = None


class SqlMeshAuditIdentifier(_Open):
    integration_id: str | None = Field(default=None, alias="integrationId")
    fqn: str | None = None
    audit_id: str | None = Field(default=None, alias="auditId")


class MonitorIdentifier(_Open):
    monitored_id: Identifier | None = Field(default=None, alias="monitoredId")
    monitor_id: str | None = Field(default=None, alias="monitorId")
    segment: str | None = None
    integration_id: str | None = Field(default=None, alias="integrationId")


class MssqlTableIdentifier(_Open):
    host: str | None = None
    database: str | None = None
    schema_: str | None = Field(default=None, alias="schema")
    table: str | None = None


class OracleTableIdentifier(_Open):
    host: str | None = None
    service_name: str | None = Field(default=None, alias="serviceName")
    schema_: str | None = Field(default=None, alias="schema")
    table: str | None = None


class AthenaTableIdentifier(_Open):
    instance: str | None = None
    catalog: str | None = None
    database: str | None = None
    table: str | None = None


class SavedViewIdentifier(_Open):
    id: str | None = None


class FabricTableIdentifier(_Open):
    instance: str | None = None
    database: str | None = None
    schema_: str | None = Field(default=None, alias="schema")
    table: str | None = None
    workspace_id: str | None = Field(default=None, alias="workspaceId")
    tenant_id: str | None = Field(default=None, alias="tenantId")


# The single-key wrappers, one per `Identifier` oneOf member, in the spec's order.


class IdentifierDbtCoreNode(_Closed):
    dbt_core_node: DbtCoreNodeIdentifier = Field(alias="dbtCoreNode")


class IdentifierDbtCloudNode(_Closed):
    dbt_cloud_node: DbtCloudNodeIdentifier = Field(alias="dbtCloudNode")


class IdentifierBigqueryTable(_Closed):
    bigquery_table: BigqueryTableIdentifier = Field(alias="bigqueryTable")


class IdentifierSnowflakeTable(_Closed):
    snowflake_table: SnowflakeTableIdentifier = Field(alias="snowflakeTable")


class IdentifierRedshiftTable(_Closed):
    redshift_table: RedshiftTableIdentifier = Field(alias="redshiftTable")


class IdentifierPostgresTable(_Closed):
    postgres_table: PostgresTableIdentifier = Field(alias="postgresTable")


class IdentifierMysqlTable(_Closed):
    mysql_table: MysqlTableIdentifier = Field(alias="mysqlTable")


class IdentifierClickhouseTable(_Closed):
    clickhouse_table: ClickhouseTableIdentifier = Field(alias="clickhouseTable")


class IdentifierAirflowDag(_Closed):
    airflow_dag: AirflowDagIdentifier = Field(alias="airflowDag")


class IdentifierAirflowTask(_Closed):
    airflow_task: AirflowTaskIdentifier = Field(alias="airflowTask")


class IdentifierCustom(_Closed):
    custom: CustomIdentifier


class IdentifierDataproduct(_Closed):
    dataproduct: DataproductIdentifier


class IdentifierSynqPath(_Closed):
    synq_path: SynqPathIdentifier = Field(alias="synqPath")


class IdentifierDatabricksTable(_Closed):
    databricks_table: DatabricksTableIdentifier = Field(alias="databricksTable")


class IdentifierTrinoTable(_Closed):
    trino_table: TrinoTableIdentifier = Field(alias="trinoTable")


class IdentifierSqlMeshModel(_Closed):
    sql_mesh_model: SqlMeshModelIdentifier = Field(alias="sqlMeshModel")


class IdentifierSqlMeshAudit(_Closed):
    sql_mesh_audit: SqlMeshAuditIdentifier = Field(alias="sqlMeshAudit")


class IdentifierMonitor(_Closed):
    monitor: MonitorIdentifier


class IdentifierMssqlTable(_Closed):
    mssql_table: MssqlTableIdentifier = Field(alias="mssqlTable")


class IdentifierOracleTable(_Closed):
    oracle_table: OracleTableIdentifier = Field(alias="oracleTable")


class IdentifierAthenaTable(_Closed):
    athena_table: AthenaTableIdentifier = Field(alias="athenaTable")


class IdentifierSavedView(_Closed):
    saved_view: SavedViewIdentifier = Field(alias="savedView")


class IdentifierFabricTable(_Closed):
    fabric_table: FabricTableIdentifier = Field(alias="fabricTable")


IDENTIFIER_KINDS: dict[str, type[BaseModel]] = {
    "dbtCoreNode": IdentifierDbtCoreNode,
    "dbtCloudNode": IdentifierDbtCloudNode,
    "bigqueryTable": IdentifierBigqueryTable,
    "snowflakeTable": IdentifierSnowflakeTable,
    "redshiftTable": IdentifierRedshiftTable,
    "postgresTable": IdentifierPostgresTable,
    "mysqlTable": IdentifierMysqlTable,
    "clickhouseTable": IdentifierClickhouseTable,
    "airflowDag": IdentifierAirflowDag,
    "airflowTask": IdentifierAirflowTask,
    "custom": IdentifierCustom,
    "dataproduct": IdentifierDataproduct,
    "synqPath": IdentifierSynqPath,
    "databricksTable": IdentifierDatabricksTable,
    "trinoTable": IdentifierTrinoTable,
    "sqlMeshModel": IdentifierSqlMeshModel,
    "sqlMeshAudit": IdentifierSqlMeshAudit,
    "monitor": IdentifierMonitor,
    "mssqlTable": IdentifierMssqlTable,
    "oracleTable": IdentifierOracleTable,
    "athenaTable": IdentifierAthenaTable,
    "savedView": IdentifierSavedView,
    "fabricTable": IdentifierFabricTable,
}
"""Identifier kind (the wrapper's one key) -> wrapper model, in the order of the spec's `oneOf`."""
_KIND_OF: dict[type[BaseModel], str] = {model: kind for kind, model in IDENTIFIER_KINDS.items()}


def identifier_kind(value: Any) -> str | None:
    """The union tag of an Identifier: the key of a one-key object (None, i.e. no match, for anything else)."""
    if isinstance(value, dict):
        return next(iter(value)) if len(value) == 1 else None
    return _KIND_OF.get(type(value))


Identifier = Annotated[
    Annotated[IdentifierDbtCoreNode, Tag("dbtCoreNode")]
    | Annotated[IdentifierDbtCloudNode, Tag("dbtCloudNode")]
    | Annotated[IdentifierBigqueryTable, Tag("bigqueryTable")]
    | Annotated[IdentifierSnowflakeTable, Tag("snowflakeTable")]
    | Annotated[IdentifierRedshiftTable, Tag("redshiftTable")]
    | Annotated[IdentifierPostgresTable, Tag("postgresTable")]
    | Annotated[IdentifierMysqlTable, Tag("mysqlTable")]
    | Annotated[IdentifierClickhouseTable, Tag("clickhouseTable")]
    | Annotated[IdentifierAirflowDag, Tag("airflowDag")]
    | Annotated[IdentifierAirflowTask, Tag("airflowTask")]
    | Annotated[IdentifierCustom, Tag("custom")]
    | Annotated[IdentifierDataproduct, Tag("dataproduct")]
    | Annotated[IdentifierSynqPath, Tag("synqPath")]
    | Annotated[IdentifierDatabricksTable, Tag("databricksTable")]
    | Annotated[IdentifierTrinoTable, Tag("trinoTable")]
    | Annotated[IdentifierSqlMeshModel, Tag("sqlMeshModel")]
    | Annotated[IdentifierSqlMeshAudit, Tag("sqlMeshAudit")]
    | Annotated[IdentifierMonitor, Tag("monitor")]
    | Annotated[IdentifierMssqlTable, Tag("mssqlTable")]
    | Annotated[IdentifierOracleTable, Tag("oracleTable")]
    | Annotated[IdentifierAthenaTable, Tag("athenaTable")]
    | Annotated[IdentifierSavedView, Tag("savedView")]
    | Annotated[IdentifierFabricTable, Tag("fabricTable")],
    Discriminator(identifier_kind),
]


# ---------------------------------------------------------------- SYNQ: executions


class ExecutionStatus(StrEnum):
    EXECUTION_STATUS_UNSPECIFIED = "EXECUTION_STATUS_UNSPECIFIED"
    EXECUTION_STATUS_OK = "EXECUTION_STATUS_OK"
    EXECUTION_STATUS_WARN = "EXECUTION_STATUS_WARN"
    EXECUTION_STATUS_ERROR = "EXECUTION_STATUS_ERROR"
    EXECUTION_STATUS_CRITICAL = "EXECUTION_STATUS_CRITICAL"


class ExecutionType(StrEnum):
    EXECUTION_TYPE_UNSPECIFIED = "EXECUTION_TYPE_UNSPECIFIED"
    EXECUTION_TYPE_DELETION = "EXECUTION_TYPE_DELETION"
    EXECUTION_TYPE_SCHEMA_CHANGE = "EXECUTION_TYPE_SCHEMA_CHANGE"
    EXECUTION_TYPE_SQL_DEFINITION_CHANGE = "EXECUTION_TYPE_SQL_DEFINITION_CHANGE"
    EXECUTION_TYPE_BQ_QUERY_JOB = "EXECUTION_TYPE_BQ_QUERY_JOB"
    EXECUTION_TYPE_BQ_LOAD_JOB = "EXECUTION_TYPE_BQ_LOAD_JOB"
    EXECUTION_TYPE_BQ_COPY_JOB = "EXECUTION_TYPE_BQ_COPY_JOB"
    EXECUTION_TYPE_BQ_EXTRACT_JOB = "EXECUTION_TYPE_BQ_EXTRACT_JOB"
    EXECUTION_TYPE_BQ_QUERY_LOG = "EXECUTION_TYPE_BQ_QUERY_LOG"
    EXECUTION_TYPE_LOOKER_USAGE_REPORT = "EXECUTION_TYPE_LOOKER_USAGE_REPORT"
    EXECUTION_TYPE_DBT_INVOCATION = "EXECUTION_TYPE_DBT_INVOCATION"
    EXECUTION_TYPE_DBT_NODE_INVOCATION = "EXECUTION_TYPE_DBT_NODE_INVOCATION"
    EXECUTION_TYPE_DBT_NODE_FRESHNESS = "EXECUTION_TYPE_DBT_NODE_FRESHNESS"
    EXECUTION_TYPE_DBT_CATALOG_REFRESH = "EXECUTION_TYPE_DBT_CATALOG_REFRESH"
    EXECUTION_TYPE_DBT_CLOUD_JOB_RUN = "EXECUTION_TYPE_DBT_CLOUD_JOB_RUN"
    EXECUTION_TYPE_DBT_CLOUD_JOB_RUN_STEP = "EXECUTION_TYPE_DBT_CLOUD_JOB_RUN_STEP"
    EXECUTION_TYPE_DATABOX_FRESHNESS = "EXECUTION_TYPE_DATABOX_FRESHNESS"
    EXECUTION_TYPE_GIT_COMMIT = "EXECUTION_TYPE_GIT_COMMIT"
    EXECUTION_TYPE_CLICKHOUSE_QUERY_LOG = "EXECUTION_TYPE_CLICKHOUSE_QUERY_LOG"
    EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG = "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG"
    EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_SELECT = "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_SELECT"
    EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_DROP = "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_DROP"
    EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_CREATE = "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_CREATE"
    EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_CREATE_TABLE = "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_CREATE_TABLE"
    EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_INSERT = "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_INSERT"
    EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_MERGE = "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_MERGE"
    EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_UPDATE = "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_UPDATE"
    EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_CREATE_TABLE_AS_SELECT = (
        "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_CREATE_TABLE_AS_SELECT"
    )
    EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_DELETE = "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_DELETE"
    EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_SHOW = "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_SHOW"
    EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_CREATE_VIEW = "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_CREATE_VIEW"
    EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_MULTI_STATEMENT = "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_MULTI_STATEMENT"
    EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_ROLLBACK = "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_ROLLBACK"
    EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_TRUNCATE_TABLE = "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_TRUNCATE_TABLE"
    EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_COMMIT = "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_COMMIT"
    EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_BEGIN_TRANSACTION = "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_BEGIN_TRANSACTION"
    EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_UNKNOWN = "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_UNKNOWN"
    EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_SET = "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_SET"
    EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_RENAME_TABLE = "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_RENAME_TABLE"
    EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_GRANT = "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_GRANT"
    EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_ALTER_TABLE_ADD_COLUMN = (
        "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_ALTER_TABLE_ADD_COLUMN"
    )
    EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_USE = "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_USE"
    EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_COPY = "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_COPY"
    EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_CALL = "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_CALL"
    EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_ALTER_TABLE_DROP_COLUMN = (
        "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_ALTER_TABLE_DROP_COLUMN"
    )
    EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_ALTER_TABLE_MODIFY_COLUMN = (
        "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_ALTER_TABLE_MODIFY_COLUMN"
    )
    EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_RENAME_COLUMN = "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_RENAME_COLUMN"
    EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_DROP_ROLE = "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_DROP_ROLE"
    EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_DESCRIBE_QUERY = "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_DESCRIBE_QUERY"
    EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_CREATE_CONSTRAINT = "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_CREATE_CONSTRAINT"
    EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_EXPLAIN = "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_EXPLAIN"
    EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_CREATE_ROLE = "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_CREATE_ROLE"
    EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_ALTER = "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_ALTER"
    EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_DESCRIBE = "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_DESCRIBE"
    EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_PUT_FILES = "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_PUT_FILES"
    EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_GET_FILES = "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_GET_FILES"
    EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_ALTER_SESSION = "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_ALTER_SESSION"
    EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_LIST_FILES = "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_LIST_FILES"
    EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_EXTERNAL_TABLE_REFRESH = (
        "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_EXTERNAL_TABLE_REFRESH"
    )
    EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_REFRESH_DYNAMIC_TABLE_AT_REFRESH_VERSION = (
        "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_REFRESH_DYNAMIC_TABLE_AT_REFRESH_VERSION"
    )
    EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_REMOVE_FILES = "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_REMOVE_FILES"
    EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_EXECUTE_TASK = "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_EXECUTE_TASK"
    EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_ALTER_TABLE = "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_ALTER_TABLE"
    EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_EXECUTE_STREAMLIT = "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_EXECUTE_STREAMLIT"
    EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_CREATE_TASK = "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_CREATE_TASK"
    EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_UNLOAD = "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_UNLOAD"
    EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_DROP_TASK = "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_DROP_TASK"
    EXECUTION_TYPE_SNOWFLAKE_TASK_EXECUTION = "EXECUTION_TYPE_SNOWFLAKE_TASK_EXECUTION"
    EXECUTION_TYPE_SNOWFLAKE_TASK_GROUP_EXECUTION = "EXECUTION_TYPE_SNOWFLAKE_TASK_GROUP_EXECUTION"
    EXECUTION_TYPE_REDSHIFT_QUERY_LOG = "EXECUTION_TYPE_REDSHIFT_QUERY_LOG"
    EXECUTION_TYPE_DATAHUB_DATA_PROCESS_INSTANCE = "EXECUTION_TYPE_DATAHUB_DATA_PROCESS_INSTANCE"
    EXECUTION_TYPE_DATAHUB_USAGE_REPORT = "EXECUTION_TYPE_DATAHUB_USAGE_REPORT"
    EXECUTION_TYPE_SYNQ_CUSTOM_ENTITY_EXECUTION = "EXECUTION_TYPE_SYNQ_CUSTOM_ENTITY_EXECUTION"
    EXECUTION_TYPE_SYNQ_CUSTOM_ENTITY_LOG = "EXECUTION_TYPE_SYNQ_CUSTOM_ENTITY_LOG"
    EXECUTION_TYPE_SYNQ_CUSTOM_ENTITY_MEASUREMENT = "EXECUTION_TYPE_SYNQ_CUSTOM_ENTITY_MEASUREMENT"
    EXECUTION_TYPE_TABLEAU_USAGE_REPORT = "EXECUTION_TYPE_TABLEAU_USAGE_REPORT"
    EXECUTION_TYPE_TABLEAU_EXTRACT = "EXECUTION_TYPE_TABLEAU_EXTRACT"
    EXECUTION_TYPE_AIRFLOW_DAG = "EXECUTION_TYPE_AIRFLOW_DAG"
    EXECUTION_TYPE_AIRFLOW_TASK = "EXECUTION_TYPE_AIRFLOW_TASK"
    EXECUTION_TYPE_ANOMALY_INTEGRATION_RUN = "EXECUTION_TYPE_ANOMALY_INTEGRATION_RUN"
    EXECUTION_TYPE_ANOMALY_MONITOR_RUN = "EXECUTION_TYPE_ANOMALY_MONITOR_RUN"
    EXECUTION_TYPE_ANOMALY_MONITOR_CORRECTION = "EXECUTION_TYPE_ANOMALY_MONITOR_CORRECTION"
    EXECUTION_TYPE_ANOMALY_MONITOR_SEGMENT_RUN = "EXECUTION_TYPE_ANOMALY_MONITOR_SEGMENT_RUN"
    EXECUTION_TYPE_ANOMALY_MONITOR_SEGMENT_CORRECTION = "EXECUTION_TYPE_ANOMALY_MONITOR_SEGMENT_CORRECTION"
    EXECUTION_TYPE_ANOMALY_MONITOR_FETCH_RUN = "EXECUTION_TYPE_ANOMALY_MONITOR_FETCH_RUN"
    EXECUTION_TYPE_SQL_TEST_RUN = "EXECUTION_TYPE_SQL_TEST_RUN"
    EXECUTION_TYPE_DATABRICKS_QUERY_LOG = "EXECUTION_TYPE_DATABRICKS_QUERY_LOG"
    EXECUTION_TYPE_DATABRICKS_JOB_RUN = "EXECUTION_TYPE_DATABRICKS_JOB_RUN"
    EXECUTION_TYPE_DATABRICKS_JOB_TASK_RUN = "EXECUTION_TYPE_DATABRICKS_JOB_TASK_RUN"
    EXECUTION_TYPE_SQLMESH_PROJECT_EXECUTION = "EXECUTION_TYPE_SQLMESH_PROJECT_EXECUTION"
    EXECUTION_TYPE_SQLMESH_MODEL_EVALUATION = "EXECUTION_TYPE_SQLMESH_MODEL_EVALUATION"
    EXECUTION_TYPE_SQLMESH_AUDIT_CHECK = "EXECUTION_TYPE_SQLMESH_AUDIT_CHECK"
    EXECUTION_TYPE_TRINO_QUERY_LOG = "EXECUTION_TYPE_TRINO_QUERY_LOG"
    EXECUTION_TYPE_COALESCE_ENVIRONMENT_RUN = "EXECUTION_TYPE_COALESCE_ENVIRONMENT_RUN"
    EXECUTION_TYPE_COALESCE_DEPLOY_RUN = "EXECUTION_TYPE_COALESCE_DEPLOY_RUN"
    EXECUTION_TYPE_COALESCE_REFRESH_RUN = "EXECUTION_TYPE_COALESCE_REFRESH_RUN"
    EXECUTION_TYPE_COALESCE_NODE_RUN = "EXECUTION_TYPE_COALESCE_NODE_RUN"
    EXECUTION_TYPE_COALESCE_SQL_TEST_RUN = "EXECUTION_TYPE_COALESCE_SQL_TEST_RUN"
    EXECUTION_TYPE_MSSQL_QUERY_LOG = "EXECUTION_TYPE_MSSQL_QUERY_LOG"
    EXECUTION_TYPE_ORACLE_QUERY_LOG = "EXECUTION_TYPE_ORACLE_QUERY_LOG"
    EXECUTION_TYPE_RECON_SUITE_RUN = "EXECUTION_TYPE_RECON_SUITE_RUN"
    EXECUTION_TYPE_RECON_CASE_RUN = "EXECUTION_TYPE_RECON_CASE_RUN"
    EXECUTION_TYPE_RECON_DEPLOYMENT = "EXECUTION_TYPE_RECON_DEPLOYMENT"
    EXECUTION_TYPE_FABRIC_QUERY_LOG = "EXECUTION_TYPE_FABRIC_QUERY_LOG"


class EntityExecution(_Open):
    id: str | None = None
    entities: list[Identifier] | None = None
    entities_synq_paths: list[str] | None = Field(default=None, alias="entitiesSynqPaths")
    targets: list[Identifier] | None = None
    targets_synq_paths: list[str] | None = Field(default=None, alias="targetsSynqPaths")
    extra_references: list[Identifier] | None = Field(default=None, alias="extraReferences")
    extra_references_synq_paths: list[str] | None = Field(default=None, alias="extraReferencesSynqPaths")
    execution_type: ExecutionType | None = Field(default=None, alias="executionType")
    status: ExecutionStatus | None = None
    skipped: bool | None = None
    message: str | None = None
    created_at: datetime.datetime | None = Field(default=None, alias="createdAt")
    started_at: datetime.datetime | None = Field(default=None, alias="startedAt")
    finished_at: datetime.datetime | None = Field(default=None, alias="finishedAt")
    parent_execution_ids: list[str] | None = Field(default=None, alias="parentExecutionIds")
    duration_seconds: float | None = Field(default=None, alias="durationSeconds")


class BatchGetExecutionsResponse(_Open):
    executions: dict[str, EntityExecution] | None = None


# ---------------------------------------------------------------- Coalesce: Run


class RunStatus(StrEnum):
    CANCELED = "canceled"
    COMPLETED = "completed"
    FAILED = "failed"
    INITIALIZING = "initializing"
    RENDERING = "rendering"
    RUNNING = "running"
    WAITING_TO_RUN = "waitingToRun"


class RunType(StrEnum):
    DEPLOY = "deploy"
    REFRESH = "refresh"


class UserConnectionType(StrEnum):
    BASIC = "Basic"
    CLOUD = "Cloud"
    KEY_PAIR = "KeyPair"
    OAUTH = "OAuth"


class DeployRunDetails(_Open):
    canceled: bool | None = None
    deploy_commit: str = Field(alias="deployCommit")
    deploy_commit_message: str | None = Field(default=None, alias="deployCommitMessage")
    environment_id: str = Field(alias="environmentID")
    parallelism: int | None = None
    nodes_in_run: int | None = Field(default=None, alias="nodesInRun")


class RefreshRunDetails(_Open):
    canceled: bool | None = None
    environment_id: str = Field(alias="environmentID")
    exclude_nodes_selector: str | None = Field(default=None, alias="excludeNodesSelector")
    include_nodes_selector: str | None = Field(default=None, alias="includeNodesSelector")
    job_id: int | str | None = Field(default=None, alias="jobID")
    parallelism: int | None = None
    job_name: str | None = Field(default=None, alias="jobName")
    nodes_in_run: int | None = Field(default=None, alias="nodesInRun")


def run_details_kind(value: Any) -> str:
    """DeployRunDetails is the only branch that requires `deployCommit`; anything else is tried as a refresh."""
    if isinstance(value, dict):
        return "deploy" if "deployCommit" in value else "refresh"
    return "deploy" if isinstance(value, DeployRunDetails) else "refresh"


RunDetails = Annotated[
    Annotated[DeployRunDetails, Tag("deploy")] | Annotated[RefreshRunDetails, Tag("refresh")],
    Discriminator(run_details_kind),
]


class SnowflakeUserCredentials(_Open):
    snowflake_account: str = Field(alias="snowflakeAccount")
    snowflake_auth_type: UserConnectionType = Field(alias="snowflakeAuthType")
    snowflake_role: str | None = Field(default=None, alias="snowflakeRole")
    snowflake_username: str = Field(alias="snowflakeUsername")
    snowflake_warehouse: str | None = Field(default=None, alias="snowflakeWarehouse")


class Run(_Open):
    id: int  # lax mode: a numeric string is accepted too, as the spec asks of clients
    re_run_id: str | None = Field(default=None, alias="reRunID")
    run_details: RunDetails = Field(alias="runDetails")
    run_end_time: datetime.datetime | None = Field(default=None, alias="runEndTime")
    run_history: list[int] | None = Field(default=None, alias="runHistory")
    run_start_time: datetime.datetime | None = Field(default=None, alias="runStartTime")
    run_status: RunStatus = Field(alias="runStatus")
    run_time_parameters: dict[str, Any] = Field(alias="runTimeParameters")
    run_type: RunType = Field(alias="runType")
    user_credentials: SnowflakeUserCredentials | None = Field(default=None, alias="userCredentials")
    user_id: str | None = Field(default=None, alias="userID")
    version: int | None = None


MonitorIdentifier.model_rebuild()
