# Code generated from openapi/synq.yaml + overlays/synq.overlay.yaml by "make generate". DO NOT EDIT.
from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.batch_get_executions_request import BatchGetExecutionsRequest
from ...models.batch_get_executions_response import BatchGetExecutionsResponse
from ...models.rpc_status import RpcStatus
from ...types import Response


def _get_kwargs(
    *,
    body: BatchGetExecutionsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/executions/v2/by-id",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BatchGetExecutionsResponse | RpcStatus:
    if response.status_code == 200:
        response_200 = BatchGetExecutionsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = RpcStatus.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = RpcStatus.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = RpcStatus.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = RpcStatus.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = RpcStatus.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = RpcStatus.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = RpcStatus.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = RpcStatus.from_dict(response.json())

        return response_504

    response_default = RpcStatus.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BatchGetExecutionsResponse | RpcStatus]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BatchGetExecutionsRequest,
) -> Response[BatchGetExecutionsResponse | RpcStatus]:
    """BatchGetExecutions

     BatchGetExecutions retrieves multiple executions by their IDs. This is useful when you already know
    the execution IDs and want to fetch their details. Requires a token with at least one of the scopes
    SCOPE_EXECUTION_READ ("Read Executions: View execution run history and results") or SCOPE_MCP_READ.
    The call has no side effects (idempotency_level NO_SIDE_EFFECTS).

    Args:
        body (BatchGetExecutionsRequest): BatchGetExecutionsRequest requests specific executions
            by ID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchGetExecutionsResponse | RpcStatus]
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
    body: BatchGetExecutionsRequest,
) -> BatchGetExecutionsResponse | RpcStatus | None:
    """BatchGetExecutions

     BatchGetExecutions retrieves multiple executions by their IDs. This is useful when you already know
    the execution IDs and want to fetch their details. Requires a token with at least one of the scopes
    SCOPE_EXECUTION_READ ("Read Executions: View execution run history and results") or SCOPE_MCP_READ.
    The call has no side effects (idempotency_level NO_SIDE_EFFECTS).

    Args:
        body (BatchGetExecutionsRequest): BatchGetExecutionsRequest requests specific executions
            by ID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchGetExecutionsResponse | RpcStatus
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BatchGetExecutionsRequest,
) -> Response[BatchGetExecutionsResponse | RpcStatus]:
    """BatchGetExecutions

     BatchGetExecutions retrieves multiple executions by their IDs. This is useful when you already know
    the execution IDs and want to fetch their details. Requires a token with at least one of the scopes
    SCOPE_EXECUTION_READ ("Read Executions: View execution run history and results") or SCOPE_MCP_READ.
    The call has no side effects (idempotency_level NO_SIDE_EFFECTS).

    Args:
        body (BatchGetExecutionsRequest): BatchGetExecutionsRequest requests specific executions
            by ID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchGetExecutionsResponse | RpcStatus]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BatchGetExecutionsRequest,
) -> BatchGetExecutionsResponse | RpcStatus | None:
    """BatchGetExecutions

     BatchGetExecutions retrieves multiple executions by their IDs. This is useful when you already know
    the execution IDs and want to fetch their details. Requires a token with at least one of the scopes
    SCOPE_EXECUTION_READ ("Read Executions: View execution run history and results") or SCOPE_MCP_READ.
    The call has no side effects (idempotency_level NO_SIDE_EFFECTS).

    Args:
        body (BatchGetExecutionsRequest): BatchGetExecutionsRequest requests specific executions
            by ID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchGetExecutionsResponse | RpcStatus
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
