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
from ...models.batch_get_executions_request import BatchGetExecutionsRequest
from ...models.batch_get_executions_response import BatchGetExecutionsResponse
from ...models.rpc_status import RpcStatus
from ...types import Response, http_status


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


def _parse_success(response: httpx.Response) -> BatchGetExecutionsResponse:
    """The 2xx body as the API description declares it, or ResponseValidationError."""
    try:
        if response.status_code == 200:
            response_200 = BatchGetExecutionsResponse.from_dict(response_json(response))

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
) -> BatchGetExecutionsResponse | RpcStatus | None:
    if response.is_success:
        return _parse_success(response)
    parsed = _parse_error(response)
    if parsed is None and client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content, response=response)
    return parsed


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BatchGetExecutionsResponse | RpcStatus]:
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
            "required": ["executionIds"],
            "properties": {
                "executionIds": {
                    "type": "array",
                    "minItems": 1,
                    "maxItems": 100,
                    "items": {"type": "string", "minLength": 1},
                }
            },
        },
        BatchGetExecutionsRequest,
        required=True,
    ),
}
"""Each argument's schema in the API description: checked before a facade method sends anything."""

OPERATION: Final = Operation(
    ARGUMENTS, _get_kwargs, _parse_success, errors.STATUS_ERRORS.parsing(_parse_error), IdempotencyLevel.NO_SIDE_EFFECTS
)
"""What the facade method (`api.SyncOperations.batch_get_executions`) calls."""


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
        errors.UnexpectedStatus: If the server returns an undocumented status code, or a documented error status whose
            body does not parse, and Client.raise_on_unexpected_status is True.
        ResponseValidationError: If a 2xx response body is not JSON or does not match the API description, or its status
            is not declared.
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
        errors.UnexpectedStatus: If the server returns an undocumented status code, or a documented error status whose
            body does not parse, and Client.raise_on_unexpected_status is True.
        ResponseValidationError: If a 2xx response body is not JSON or does not match the API description, or its status
            is not declared.
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
        errors.UnexpectedStatus: If the server returns an undocumented status code, or a documented error status whose
            body does not parse, and Client.raise_on_unexpected_status is True.
        ResponseValidationError: If a 2xx response body is not JSON or does not match the API description, or its status
            is not declared.
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
        errors.UnexpectedStatus: If the server returns an undocumented status code, or a documented error status whose
            body does not parse, and Client.raise_on_unexpected_status is True.
        ResponseValidationError: If a 2xx response body is not JSON or does not match the API description, or its status
            is not declared.
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
