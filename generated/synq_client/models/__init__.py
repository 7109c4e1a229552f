# Code generated from openapi/synq.yaml + overlays/synq.overlay.yaml by "make generate". DO NOT EDIT.
"""Contains all the data models used in inputs/outputs"""

from .airflow_dag_identifier import AirflowDagIdentifier
from .airflow_task_identifier import AirflowTaskIdentifier
from .athena_table_identifier import AthenaTableIdentifier
from .batch_get_executions_request import BatchGetExecutionsRequest
from .batch_get_executions_response import BatchGetExecutionsResponse
from .batch_get_executions_response_executions import (
    BatchGetExecutionsResponseExecutions,
)
from .bigquery_table_identifier import BigqueryTableIdentifier
from .clickhouse_table_identifier import ClickhouseTableIdentifier
from .custom_identifier import CustomIdentifier
from .databricks_table_identifier import DatabricksTableIdentifier
from .dataproduct_identifier import DataproductIdentifier
from .dbt_cloud_node_identifier import DbtCloudNodeIdentifier
from .dbt_core_node_identifier import DbtCoreNodeIdentifier
from .entity_execution import EntityExecution
from .execution_status import ExecutionStatus
from .execution_status_count import ExecutionStatusCount
from .execution_type import ExecutionType
from .execution_type_count import ExecutionTypeCount
from .fabric_table_identifier import FabricTableIdentifier
from .get_executions_summary_request import GetExecutionsSummaryRequest
from .get_executions_summary_response import GetExecutionsSummaryResponse
from .get_executions_summary_response_latest_by_entity import (
    GetExecutionsSummaryResponseLatestByEntity,
)
from .get_latest_executions_request import GetLatestExecutionsRequest
from .get_latest_executions_response import GetLatestExecutionsResponse
from .get_latest_executions_response_latest_executions import (
    GetLatestExecutionsResponseLatestExecutions,
)
from .identifier_airflow_dag import IdentifierAirflowDag
from .identifier_airflow_task import IdentifierAirflowTask
from .identifier_athena_table import IdentifierAthenaTable
from .identifier_bigquery_table import IdentifierBigqueryTable
from .identifier_clickhouse_table import IdentifierClickhouseTable
from .identifier_custom import IdentifierCustom
from .identifier_databricks_table import IdentifierDatabricksTable
from .identifier_dataproduct import IdentifierDataproduct
from .identifier_dbt_cloud_node import IdentifierDbtCloudNode
from .identifier_dbt_core_node import IdentifierDbtCoreNode
from .identifier_fabric_table import IdentifierFabricTable
from .identifier_monitor import IdentifierMonitor
from .identifier_mssql_table import IdentifierMssqlTable
from .identifier_mysql_table import IdentifierMysqlTable
from .identifier_oracle_table import IdentifierOracleTable
from .identifier_postgres_table import IdentifierPostgresTable
from .identifier_redshift_table import IdentifierRedshiftTable
from .identifier_saved_view import IdentifierSavedView
from .identifier_snowflake_table import IdentifierSnowflakeTable
from .identifier_sql_mesh_audit import IdentifierSqlMeshAudit
from .identifier_sql_mesh_model import IdentifierSqlMeshModel
from .identifier_synq_path import IdentifierSynqPath
from .identifier_trino_table import IdentifierTrinoTable
from .monitor_identifier import MonitorIdentifier
from .mssql_table_identifier import MssqlTableIdentifier
from .mysql_table_identifier import MysqlTableIdentifier
from .oracle_table_identifier import OracleTableIdentifier
from .postgres_table_identifier import PostgresTableIdentifier
from .protobuf_any import ProtobufAny
from .redshift_table_identifier import RedshiftTableIdentifier
from .rpc_status import RpcStatus
from .saved_view_identifier import SavedViewIdentifier
from .snowflake_table_identifier import SnowflakeTableIdentifier
from .sql_mesh_audit_identifier import SqlMeshAuditIdentifier
from .sql_mesh_model_identifier import SqlMeshModelIdentifier
from .synq_path_identifier import SynqPathIdentifier
from .trino_table_identifier import TrinoTableIdentifier

__all__ = (
    "AirflowDagIdentifier",
    "AirflowTaskIdentifier",
    "AthenaTableIdentifier",
    "BatchGetExecutionsRequest",
    "BatchGetExecutionsResponse",
    "BatchGetExecutionsResponseExecutions",
    "BigqueryTableIdentifier",
    "ClickhouseTableIdentifier",
    "CustomIdentifier",
    "DatabricksTableIdentifier",
    "DataproductIdentifier",
    "DbtCloudNodeIdentifier",
    "DbtCoreNodeIdentifier",
    "EntityExecution",
    "ExecutionStatus",
    "ExecutionStatusCount",
    "ExecutionType",
    "ExecutionTypeCount",
    "FabricTableIdentifier",
    "GetExecutionsSummaryRequest",
    "GetExecutionsSummaryResponse",
    "GetExecutionsSummaryResponseLatestByEntity",
    "GetLatestExecutionsRequest",
    "GetLatestExecutionsResponse",
    "GetLatestExecutionsResponseLatestExecutions",
    "IdentifierAirflowDag",
    "IdentifierAirflowTask",
    "IdentifierAthenaTable",
    "IdentifierBigqueryTable",
    "IdentifierClickhouseTable",
    "IdentifierCustom",
    "IdentifierDatabricksTable",
    "IdentifierDataproduct",
    "IdentifierDbtCloudNode",
    "IdentifierDbtCoreNode",
    "IdentifierFabricTable",
    "IdentifierMonitor",
    "IdentifierMssqlTable",
    "IdentifierMysqlTable",
    "IdentifierOracleTable",
    "IdentifierPostgresTable",
    "IdentifierRedshiftTable",
    "IdentifierSavedView",
    "IdentifierSnowflakeTable",
    "IdentifierSqlMeshAudit",
    "IdentifierSqlMeshModel",
    "IdentifierSynqPath",
    "IdentifierTrinoTable",
    "MonitorIdentifier",
    "MssqlTableIdentifier",
    "MysqlTableIdentifier",
    "OracleTableIdentifier",
    "PostgresTableIdentifier",
    "ProtobufAny",
    "RedshiftTableIdentifier",
    "RpcStatus",
    "SavedViewIdentifier",
    "SnowflakeTableIdentifier",
    "SqlMeshAuditIdentifier",
    "SqlMeshModelIdentifier",
    "SynqPathIdentifier",
    "TrinoTableIdentifier",
)
