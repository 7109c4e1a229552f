# Code generated from openapi/synq.yaml + overlays/synq.overlay.yaml by "make generate". DO NOT EDIT.
from collections.abc import Mapping
from typing import Any, Final

import httpx
from synq_coalesce_core.idempotency import IdempotencyLevel
from synq_coalesce_core.operations import Operation
from synq_coalesce_core.parsing import (
    MODEL_ERRORS,
    response_json,
    undocumented_success,
    unparsable_body,
)
from synq_coalesce_core.validation import Argument

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_latest_executions_request import GetLatestExecutionsRequest
from ...models.get_latest_executions_response import GetLatestExecutionsResponse
from ...models.rpc_status import RpcStatus
from ...types import Response, http_status


def _get_kwargs(
    *,
    body: GetLatestExecutionsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/executions/v2/latest",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(response: httpx.Response) -> GetLatestExecutionsResponse:
    """The 2xx body as the API description declares it, or ResponseValidationError."""
    try:
        if response.status_code == 200:
            response_200 = GetLatestExecutionsResponse.from_dict(response_json(response))

            return response_200

    except MODEL_ERRORS as error:
        raise unparsable_body(response, error) from error
    raise undocumented_success(response)


def _parse_error(response: httpx.Response) -> RpcStatus | None:
    """The error model the API description declares for this non-2xx status, or None (an undocumented status, or a
    body that does not fit)."""
    try:
        if response.status_code == 400:
            response_400 = RpcStatus.from_dict(response_json(response))

            return response_400

        if response.status_code == 401:
            response_401 = RpcStatus.from_dict(response_json(response))

            return response_401

        if response.status_code == 403:
            response_403 = RpcStatus.from_dict(response_json(response))

            return response_403

        if response.status_code == 404:
            response_404 = RpcStatus.from_dict(response_json(response))

            return response_404

        if response.status_code == 429:
            response_429 = RpcStatus.from_dict(response_json(response))

            return response_429

        if response.status_code == 500:
            response_500 = RpcStatus.from_dict(response_json(response))

            return response_500

        if response.status_code == 503:
            response_503 = RpcStatus.from_dict(response_json(response))

            return response_503

        if response.status_code == 504:
            response_504 = RpcStatus.from_dict(response_json(response))

            return response_504

        response_default = RpcStatus.from_dict(response_json(response))

        return response_default

    except MODEL_ERRORS:
        return None


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetLatestExecutionsResponse | RpcStatus | None:
    if response.is_success:
        return _parse_success(response)
    parsed = _parse_error(response)
    if parsed is None and client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content, response=response)
    return parsed


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetLatestExecutionsResponse | RpcStatus]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


ARGUMENTS: Final[Mapping[str, Argument]] = {
    "body": Argument(
        {
            "type": "object",
            "required": ["entityIds"],
            "properties": {
                "entityIds": {
                    "type": "array",
                    "minItems": 1,
                    "items": {
                        "oneOf": [
                            {
                                "type": "object",
                                "required": ["dbtCoreNode"],
                                "properties": {
                                    "dbtCoreNode": {
                                        "type": "object",
                                        "properties": {
                                            "integrationId": {"type": "string"},
                                            "nodeId": {"type": "string"},
                                        },
                                    }
                                },
                                "additionalProperties": False,
                            },
                            {
                                "type": "object",
                                "required": ["dbtCloudNode"],
                                "properties": {
                                    "dbtCloudNode": {
                                        "type": "object",
                                        "properties": {
                                            "projectId": {"type": "string"},
                                            "accountId": {"type": "string"},
                                            "nodeId": {"type": "string"},
                                        },
                                    }
                                },
                                "additionalProperties": False,
                            },
                            {
                                "type": "object",
                                "required": ["bigqueryTable"],
                                "properties": {
                                    "bigqueryTable": {
                                        "type": "object",
                                        "properties": {
                                            "project": {"type": "string"},
                                            "dataset": {"type": "string"},
                                            "table": {"type": "string"},
                                        },
                                    }
                                },
                                "additionalProperties": False,
                            },
                            {
                                "type": "object",
                                "required": ["snowflakeTable"],
                                "properties": {
                                    "snowflakeTable": {
                                        "type": "object",
                                        "properties": {
                                            "account": {"type": "string"},
                                            "database": {"type": "string"},
                                            "schema": {"type": "string"},
                                            "table": {"type": "string"},
                                        },
                                    }
                                },
                                "additionalProperties": False,
                            },
                            {
                                "type": "object",
                                "required": ["redshiftTable"],
                                "properties": {
                                    "redshiftTable": {
                                        "type": "object",
                                        "properties": {
                                            "cluster": {"type": "string"},
                                            "database": {"type": "string"},
                                            "schema": {"type": "string"},
                                            "table": {"type": "string"},
                                        },
                                    }
                                },
                                "additionalProperties": False,
                            },
                            {
                                "type": "object",
                                "required": ["postgresTable"],
                                "properties": {
                                    "postgresTable": {
                                        "type": "object",
                                        "properties": {
                                            "host": {"type": "string"},
                                            "database": {"type": "string"},
                                            "schema": {"type": "string"},
                                            "table": {"type": "string"},
                                        },
                                    }
                                },
                                "additionalProperties": False,
                            },
                            {
                                "type": "object",
                                "required": ["mysqlTable"],
                                "properties": {
                                    "mysqlTable": {
                                        "type": "object",
                                        "properties": {
                                            "host": {"type": "string"},
                                            "schema": {"type": "string"},
                                            "table": {"type": "string"},
                                        },
                                    }
                                },
                                "additionalProperties": False,
                            },
                            {
                                "type": "object",
                                "required": ["clickhouseTable"],
                                "properties": {
                                    "clickhouseTable": {
                                        "type": "object",
                                        "properties": {
                                            "host": {"type": "string"},
                                            "schema": {"type": "string"},
                                            "table": {"type": "string"},
                                        },
                                    }
                                },
                                "additionalProperties": False,
                            },
                            {
                                "type": "object",
                                "required": ["airflowDag"],
                                "properties": {
                                    "airflowDag": {
                                        "type": "object",
                                        "properties": {
                                            "integrationId": {"type": "string"},
                                            "dagId": {"type": "string"},
                                        },
                                    }
                                },
                                "additionalProperties": False,
                            },
                            {
                                "type": "object",
                                "required": ["airflowTask"],
                                "properties": {
                                    "airflowTask": {
                                        "type": "object",
                                        "properties": {
                                            "integrationId": {"type": "string"},
                                            "dagId": {"type": "string"},
                                            "taskId": {"type": "string"},
                                        },
                                    }
                                },
                                "additionalProperties": False,
                            },
                            {
                                "type": "object",
                                "required": ["custom"],
                                "properties": {"custom": {"type": "object", "properties": {"id": {"type": "string"}}}},
                                "additionalProperties": False,
                            },
                            {
                                "type": "object",
                                "required": ["dataproduct"],
                                "properties": {
                                    "dataproduct": {"type": "object", "properties": {"id": {"type": "string"}}}
                                },
                                "additionalProperties": False,
                            },
                            {
                                "type": "object",
                                "required": ["synqPath"],
                                "properties": {
                                    "synqPath": {"type": "object", "properties": {"path": {"type": "string"}}}
                                },
                                "additionalProperties": False,
                            },
                            {
                                "type": "object",
                                "required": ["databricksTable"],
                                "properties": {
                                    "databricksTable": {
                                        "type": "object",
                                        "properties": {
                                            "workspace": {"type": "string"},
                                            "catalog": {"type": "string"},
                                            "schema": {"type": "string"},
                                            "table": {"type": "string"},
                                        },
                                    }
                                },
                                "additionalProperties": False,
                            },
                            {
                                "type": "object",
                                "required": ["trinoTable"],
                                "properties": {
                                    "trinoTable": {
                                        "type": "object",
                                        "properties": {
                                            "host": {"type": "string"},
                                            "catalog": {"type": "string"},
                                            "schema": {"type": "string"},
                                            "table": {"type": "string"},
                                        },
                                    }
                                },
                                "additionalProperties": False,
                            },
                            {
                                "type": "object",
                                "required": ["sqlMeshModel"],
                                "properties": {
                                    "sqlMeshModel": {
                                        "type": "object",
                                        "properties": {"integrationId": {"type": "string"}, "fqn": {"type": "string"}},
                                    }
                                },
                                "additionalProperties": False,
                            },
                            {
                                "type": "object",
                                "required": ["sqlMeshAudit"],
                                "properties": {
                                    "sqlMeshAudit": {
                                        "type": "object",
                                        "properties": {
                                            "integrationId": {"type": "string"},
                                            "fqn": {"type": "string"},
                                            "auditId": {"type": "string"},
                                        },
                                    }
                                },
                                "additionalProperties": False,
                            },
                            {
                                "type": "object",
                                "required": ["monitor"],
                                "properties": {
                                    "monitor": {
                                        "type": "object",
                                        "properties": {
                                            "monitoredId": {"oneOf": [{}, {"type": "null"}]},
                                            "monitorId": {"type": "string"},
                                            "segment": {"type": "string"},
                                            "integrationId": {"type": "string"},
                                        },
                                    }
                                },
                                "additionalProperties": False,
                            },
                            {
                                "type": "object",
                                "required": ["mssqlTable"],
                                "properties": {
                                    "mssqlTable": {
                                        "type": "object",
                                        "properties": {
                                            "host": {"type": "string"},
                                            "database": {"type": "string"},
                                            "schema": {"type": "string"},
                                            "table": {"type": "string"},
                                        },
                                    }
                                },
                                "additionalProperties": False,
                            },
                            {
                                "type": "object",
                                "required": ["oracleTable"],
                                "properties": {
                                    "oracleTable": {
                                        "type": "object",
                                        "properties": {
                                            "host": {"type": "string"},
                                            "serviceName": {"type": "string"},
                                            "schema": {"type": "string"},
                                            "table": {"type": "string"},
                                        },
                                    }
                                },
                                "additionalProperties": False,
                            },
                            {
                                "type": "object",
                                "required": ["athenaTable"],
                                "properties": {
                                    "athenaTable": {
                                        "type": "object",
                                        "properties": {
                                            "instance": {"type": "string"},
                                            "catalog": {"type": "string"},
                                            "database": {"type": "string"},
                                            "table": {"type": "string"},
                                        },
                                    }
                                },
                                "additionalProperties": False,
                            },
                            {
                                "type": "object",
                                "required": ["savedView"],
                                "properties": {
                                    "savedView": {"type": "object", "properties": {"id": {"type": "string"}}}
                                },
                                "additionalProperties": False,
                            },
                            {
                                "type": "object",
                                "required": ["fabricTable"],
                                "properties": {
                                    "fabricTable": {
                                        "type": "object",
                                        "properties": {
                                            "instance": {"type": "string"},
                                            "database": {"type": "string"},
                                            "schema": {"type": "string"},
                                            "table": {"type": "string"},
                                            "workspaceId": {"type": "string"},
                                            "tenantId": {"type": "string"},
                                        },
                                    }
                                },
                                "additionalProperties": False,
                            },
                        ]
                    },
                },
                "statuses": {
                    "type": "array",
                    "items": {
                        "type": "string",
                        "enum": [
                            "EXECUTION_STATUS_UNSPECIFIED",
                            "EXECUTION_STATUS_OK",
                            "EXECUTION_STATUS_WARN",
                            "EXECUTION_STATUS_ERROR",
                            "EXECUTION_STATUS_CRITICAL",
                        ],
                    },
                },
                "executionTypes": {
                    "type": "array",
                    "items": {
                        "type": "string",
                        "enum": [
                            "EXECUTION_TYPE_UNSPECIFIED",
                            "EXECUTION_TYPE_DELETION",
                            "EXECUTION_TYPE_SCHEMA_CHANGE",
                            "EXECUTION_TYPE_SQL_DEFINITION_CHANGE",
                            "EXECUTION_TYPE_BQ_QUERY_JOB",
                            "EXECUTION_TYPE_BQ_LOAD_JOB",
                            "EXECUTION_TYPE_BQ_COPY_JOB",
                            "EXECUTION_TYPE_BQ_EXTRACT_JOB",
                            "EXECUTION_TYPE_BQ_QUERY_LOG",
                            "EXECUTION_TYPE_LOOKER_USAGE_REPORT",
                            "EXECUTION_TYPE_DBT_INVOCATION",
                            "EXECUTION_TYPE_DBT_NODE_INVOCATION",
                            "EXECUTION_TYPE_DBT_NODE_FRESHNESS",
                            "EXECUTION_TYPE_DBT_CATALOG_REFRESH",
                            "EXECUTION_TYPE_DBT_CLOUD_JOB_RUN",
                            "EXECUTION_TYPE_DBT_CLOUD_JOB_RUN_STEP",
                            "EXECUTION_TYPE_DATABOX_FRESHNESS",
                            "EXECUTION_TYPE_GIT_COMMIT",
                            "EXECUTION_TYPE_CLICKHOUSE_QUERY_LOG",
                            "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG",
                            "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_SELECT",
                            "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_DROP",
                            "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_CREATE",
                            "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_CREATE_TABLE",
                            "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_INSERT",
                            "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_MERGE",
                            "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_UPDATE",
                            "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_CREATE_TABLE_AS_SELECT",
                            "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_DELETE",
                            "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_SHOW",
                            "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_CREATE_VIEW",
                            "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_MULTI_STATEMENT",
                            "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_ROLLBACK",
                            "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_TRUNCATE_TABLE",
                            "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_COMMIT",
                            "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_BEGIN_TRANSACTION",
                            "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_UNKNOWN",
                            "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_SET",
                            "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_RENAME_TABLE",
                            "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_GRANT",
                            "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_ALTER_TABLE_ADD_COLUMN",
                            "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_USE",
                            "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_COPY",
                            "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_CALL",
                            "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_ALTER_TABLE_DROP_COLUMN",
                            "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_ALTER_TABLE_MODIFY_COLUMN",
                            "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_RENAME_COLUMN",
                            "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_DROP_ROLE",
                            "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_DESCRIBE_QUERY",
                            "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_CREATE_CONSTRAINT",
                            "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_EXPLAIN",
                            "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_CREATE_ROLE",
                            "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_ALTER",
                            "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_DESCRIBE",
                            "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_PUT_FILES",
                            "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_GET_FILES",
                            "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_ALTER_SESSION",
                            "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_LIST_FILES",
                            "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_EXTERNAL_TABLE_REFRESH",
                            "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_REFRESH_DYNAMIC_TABLE_AT_REFRESH_VERSION",
                            "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_REMOVE_FILES",
                            "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_EXECUTE_TASK",
                            "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_ALTER_TABLE",
                            "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_EXECUTE_STREAMLIT",
                            "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_CREATE_TASK",
                            "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_UNLOAD",
                            "EXECUTION_TYPE_SNOWFLAKE_QUERY_LOG_DROP_TASK",
                            "EXECUTION_TYPE_SNOWFLAKE_TASK_EXECUTION",
                            "EXECUTION_TYPE_SNOWFLAKE_TASK_GROUP_EXECUTION",
                            "EXECUTION_TYPE_REDSHIFT_QUERY_LOG",
                            "EXECUTION_TYPE_DATAHUB_DATA_PROCESS_INSTANCE",
                            "EXECUTION_TYPE_DATAHUB_USAGE_REPORT",
                            "EXECUTION_TYPE_SYNQ_CUSTOM_ENTITY_EXECUTION",
                            "EXECUTION_TYPE_SYNQ_CUSTOM_ENTITY_LOG",
                            "EXECUTION_TYPE_SYNQ_CUSTOM_ENTITY_MEASUREMENT",
                            "EXECUTION_TYPE_TABLEAU_USAGE_REPORT",
                            "EXECUTION_TYPE_TABLEAU_EXTRACT",
                            "EXECUTION_TYPE_AIRFLOW_DAG",
                            "EXECUTION_TYPE_AIRFLOW_TASK",
                            "EXECUTION_TYPE_ANOMALY_INTEGRATION_RUN",
                            "EXECUTION_TYPE_ANOMALY_MONITOR_RUN",
                            "EXECUTION_TYPE_ANOMALY_MONITOR_CORRECTION",
                            "EXECUTION_TYPE_ANOMALY_MONITOR_SEGMENT_RUN",
                            "EXECUTION_TYPE_ANOMALY_MONITOR_SEGMENT_CORRECTION",
                            "EXECUTION_TYPE_ANOMALY_MONITOR_FETCH_RUN",
                            "EXECUTION_TYPE_SQL_TEST_RUN",
                            "EXECUTION_TYPE_DATABRICKS_QUERY_LOG",
                            "EXECUTION_TYPE_DATABRICKS_JOB_RUN",
                            "EXECUTION_TYPE_DATABRICKS_JOB_TASK_RUN",
                            "EXECUTION_TYPE_SQLMESH_PROJECT_EXECUTION",
                            "EXECUTION_TYPE_SQLMESH_MODEL_EVALUATION",
                            "EXECUTION_TYPE_SQLMESH_AUDIT_CHECK",
                            "EXECUTION_TYPE_TRINO_QUERY_LOG",
                            "EXECUTION_TYPE_COALESCE_ENVIRONMENT_RUN",
                            "EXECUTION_TYPE_COALESCE_DEPLOY_RUN",
                            "EXECUTION_TYPE_COALESCE_REFRESH_RUN",
                            "EXECUTION_TYPE_COALESCE_NODE_RUN",
                            "EXECUTION_TYPE_COALESCE_SQL_TEST_RUN",
                            "EXECUTION_TYPE_MSSQL_QUERY_LOG",
                            "EXECUTION_TYPE_ORACLE_QUERY_LOG",
                            "EXECUTION_TYPE_RECON_SUITE_RUN",
                            "EXECUTION_TYPE_RECON_CASE_RUN",
                            "EXECUTION_TYPE_RECON_DEPLOYMENT",
                            "EXECUTION_TYPE_FABRIC_QUERY_LOG",
                        ],
                    },
                },
            },
        },
        GetLatestExecutionsRequest,
        required=True,
    ),
}
"""Each argument's schema in the API description: checked before a facade method sends anything."""

OPERATION: Final = Operation(
    ARGUMENTS, _get_kwargs, _parse_success, errors.STATUS_ERRORS.parsing(_parse_error), IdempotencyLevel.NO_SIDE_EFFECTS
)
"""What the facade method (`api.SyncOperations.get_latest_executions`) calls."""


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetLatestExecutionsRequest,
) -> Response[GetLatestExecutionsResponse | RpcStatus]:
    """GetLatestExecutions

     GetLatestExecutions retrieves the most recent execution for each specified entity. IMPORTANT: Only
    returns executions where the entity appears in EntityExecution.entities (what executed). This means
    it returns executions OF the entity (e.g., model runs, monitor runs, task runs), NOT executions that
    merely reference the entity in targets or extra_references. For example, querying for a table won't
    return results because tables don't execute on their own - they are created/updated by models (which
    do execute). Optionally filter by execution status to get the latest execution with a specific
    status. Requires a token with at least one of the scopes SCOPE_EXECUTION_READ or SCOPE_MCP_READ. The
    call has no side effects (idempotency_level NO_SIDE_EFFECTS).

    Args:
        body (GetLatestExecutionsRequest): GetLatestExecutionsRequest requests the latest
            execution for each entity.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code, or a documented error status whose
            body does not parse, and Client.raise_on_unexpected_status is True.
        ResponseValidationError: If a 2xx response body is not JSON or does not match the API description, or its status
            is not declared.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetLatestExecutionsResponse | RpcStatus]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: GetLatestExecutionsRequest,
) -> GetLatestExecutionsResponse | RpcStatus | None:
    """GetLatestExecutions

     GetLatestExecutions retrieves the most recent execution for each specified entity. IMPORTANT: Only
    returns executions where the entity appears in EntityExecution.entities (what executed). This means
    it returns executions OF the entity (e.g., model runs, monitor runs, task runs), NOT executions that
    merely reference the entity in targets or extra_references. For example, querying for a table won't
    return results because tables don't execute on their own - they are created/updated by models (which
    do execute). Optionally filter by execution status to get the latest execution with a specific
    status. Requires a token with at least one of the scopes SCOPE_EXECUTION_READ or SCOPE_MCP_READ. The
    call has no side effects (idempotency_level NO_SIDE_EFFECTS).

    Args:
        body (GetLatestExecutionsRequest): GetLatestExecutionsRequest requests the latest
            execution for each entity.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code, or a documented error status whose
            body does not parse, and Client.raise_on_unexpected_status is True.
        ResponseValidationError: If a 2xx response body is not JSON or does not match the API description, or its status
            is not declared.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetLatestExecutionsResponse | RpcStatus
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetLatestExecutionsRequest,
) -> Response[GetLatestExecutionsResponse | RpcStatus]:
    """GetLatestExecutions

     GetLatestExecutions retrieves the most recent execution for each specified entity. IMPORTANT: Only
    returns executions where the entity appears in EntityExecution.entities (what executed). This means
    it returns executions OF the entity (e.g., model runs, monitor runs, task runs), NOT executions that
    merely reference the entity in targets or extra_references. For example, querying for a table won't
    return results because tables don't execute on their own - they are created/updated by models (which
    do execute). Optionally filter by execution status to get the latest execution with a specific
    status. Requires a token with at least one of the scopes SCOPE_EXECUTION_READ or SCOPE_MCP_READ. The
    call has no side effects (idempotency_level NO_SIDE_EFFECTS).

    Args:
        body (GetLatestExecutionsRequest): GetLatestExecutionsRequest requests the latest
            execution for each entity.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code, or a documented error status whose
            body does not parse, and Client.raise_on_unexpected_status is True.
        ResponseValidationError: If a 2xx response body is not JSON or does not match the API description, or its status
            is not declared.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetLatestExecutionsResponse | RpcStatus]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetLatestExecutionsRequest,
) -> GetLatestExecutionsResponse | RpcStatus | None:
    """GetLatestExecutions

     GetLatestExecutions retrieves the most recent execution for each specified entity. IMPORTANT: Only
    returns executions where the entity appears in EntityExecution.entities (what executed). This means
    it returns executions OF the entity (e.g., model runs, monitor runs, task runs), NOT executions that
    merely reference the entity in targets or extra_references. For example, querying for a table won't
    return results because tables don't execute on their own - they are created/updated by models (which
    do execute). Optionally filter by execution status to get the latest execution with a specific
    status. Requires a token with at least one of the scopes SCOPE_EXECUTION_READ or SCOPE_MCP_READ. The
    call has no side effects (idempotency_level NO_SIDE_EFFECTS).

    Args:
        body (GetLatestExecutionsRequest): GetLatestExecutionsRequest requests the latest
            execution for each entity.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code, or a documented error status whose
            body does not parse, and Client.raise_on_unexpected_status is True.
        ResponseValidationError: If a 2xx response body is not JSON or does not match the API description, or its status
            is not declared.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetLatestExecutionsResponse | RpcStatus
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
