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
from ...models.get_executions_summary_request import GetExecutionsSummaryRequest
from ...models.get_executions_summary_response import GetExecutionsSummaryResponse
from ...models.rpc_status import RpcStatus
from ...types import Response, http_status


def _get_kwargs(
    *,
    body: GetExecutionsSummaryRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/executions/v2/summary",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(response: httpx.Response) -> GetExecutionsSummaryResponse:
    """The 2xx body as the API description declares it, or ResponseValidationError."""
    try:
        if response.status_code == 200:
            response_200 = GetExecutionsSummaryResponse.from_dict(response_json(response))

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
) -> GetExecutionsSummaryResponse | RpcStatus | None:
    if response.is_success:
        return _parse_success(response)
    parsed = _parse_error(response)
    if parsed is None and client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content, response=response)
    return parsed


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetExecutionsSummaryResponse | RpcStatus]:
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
                "executionStartedAfter": {"type": "string"},
                "executionStartedBefore": {"type": "string"},
            },
        },
        GetExecutionsSummaryRequest,
        required=True,
    ),
}
"""Each argument's schema in the API description: checked before a facade method sends anything."""

OPERATION: Final = Operation(
    ARGUMENTS, _get_kwargs, _parse_success, errors.STATUS_ERRORS.parsing(_parse_error), IdempotencyLevel.NO_SIDE_EFFECTS
)
"""What the facade method (`api.SyncOperations.get_executions_summary`) calls."""


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetExecutionsSummaryRequest,
) -> Response[GetExecutionsSummaryResponse | RpcStatus]:
    """GetExecutionsSummary

     GetExecutionsSummary provides aggregated statistics about executions for specified entities. This is
    useful for quickly understanding execution patterns without fetching all execution details. Returns
    counts by execution type, counts by status, the time range of available executions, and the latest
    execution per entity. Requires a token with at least one of the scopes SCOPE_EXECUTION_READ or
    SCOPE_MCP_READ. The call has no side effects (idempotency_level NO_SIDE_EFFECTS).

    Args:
        body (GetExecutionsSummaryRequest): GetExecutionsSummaryRequest requests summary
            statistics for entities.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code, or a documented error status whose
            body does not parse, and Client.raise_on_unexpected_status is True.
        ResponseValidationError: If a 2xx response body is not JSON or does not match the API description, or its status
            is not declared.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetExecutionsSummaryResponse | RpcStatus]
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
    body: GetExecutionsSummaryRequest,
) -> GetExecutionsSummaryResponse | RpcStatus | None:
    """GetExecutionsSummary

     GetExecutionsSummary provides aggregated statistics about executions for specified entities. This is
    useful for quickly understanding execution patterns without fetching all execution details. Returns
    counts by execution type, counts by status, the time range of available executions, and the latest
    execution per entity. Requires a token with at least one of the scopes SCOPE_EXECUTION_READ or
    SCOPE_MCP_READ. The call has no side effects (idempotency_level NO_SIDE_EFFECTS).

    Args:
        body (GetExecutionsSummaryRequest): GetExecutionsSummaryRequest requests summary
            statistics for entities.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code, or a documented error status whose
            body does not parse, and Client.raise_on_unexpected_status is True.
        ResponseValidationError: If a 2xx response body is not JSON or does not match the API description, or its status
            is not declared.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetExecutionsSummaryResponse | RpcStatus
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetExecutionsSummaryRequest,
) -> Response[GetExecutionsSummaryResponse | RpcStatus]:
    """GetExecutionsSummary

     GetExecutionsSummary provides aggregated statistics about executions for specified entities. This is
    useful for quickly understanding execution patterns without fetching all execution details. Returns
    counts by execution type, counts by status, the time range of available executions, and the latest
    execution per entity. Requires a token with at least one of the scopes SCOPE_EXECUTION_READ or
    SCOPE_MCP_READ. The call has no side effects (idempotency_level NO_SIDE_EFFECTS).

    Args:
        body (GetExecutionsSummaryRequest): GetExecutionsSummaryRequest requests summary
            statistics for entities.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code, or a documented error status whose
            body does not parse, and Client.raise_on_unexpected_status is True.
        ResponseValidationError: If a 2xx response body is not JSON or does not match the API description, or its status
            is not declared.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetExecutionsSummaryResponse | RpcStatus]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetExecutionsSummaryRequest,
) -> GetExecutionsSummaryResponse | RpcStatus | None:
    """GetExecutionsSummary

     GetExecutionsSummary provides aggregated statistics about executions for specified entities. This is
    useful for quickly understanding execution patterns without fetching all execution details. Returns
    counts by execution type, counts by status, the time range of available executions, and the latest
    execution per entity. Requires a token with at least one of the scopes SCOPE_EXECUTION_READ or
    SCOPE_MCP_READ. The call has no side effects (idempotency_level NO_SIDE_EFFECTS).

    Args:
        body (GetExecutionsSummaryRequest): GetExecutionsSummaryRequest requests summary
            statistics for entities.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code, or a documented error status whose
            body does not parse, and Client.raise_on_unexpected_status is True.
        ResponseValidationError: If a 2xx response body is not JSON or does not match the API description, or its status
            is not declared.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetExecutionsSummaryResponse | RpcStatus
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
