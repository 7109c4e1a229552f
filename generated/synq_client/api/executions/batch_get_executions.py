# Code generated from openapi/synq.yaml + overlays/synq.overlay.yaml by "make generate". DO NOT EDIT.
import json
from typing import Any

import httpx
from synq_coalesce_core.exceptions import ResponseValidationError, describe_response
from synq_coalesce_core.parsing import MODEL_ERRORS, response_json

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


def _unparsable_body(client: AuthenticatedClient | Client, response: httpx.Response, error: Exception) -> None:
    if response.is_success:
        if isinstance(error, json.JSONDecodeError | UnicodeDecodeError):
            content_type = response.headers.get("content-type", "no content type")
            problem = f"the body is not JSON ({content_type}, {len(response.content)} bytes)"
        else:
            problem = f"the body does not match the API description ({type(error).__name__}: {error})"
        raise ResponseValidationError(f"{describe_response(response)}: {problem}", response=response) from error
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content) from error
    return None


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BatchGetExecutionsResponse | RpcStatus | None:
    if response.status_code == 200:
        try:
            response_200 = BatchGetExecutionsResponse.from_dict(response_json(response))

        except MODEL_ERRORS as error:
            _unparsable_body(client, response, error)
            return None
        return response_200

    if response.status_code == 400:
        try:
            response_400 = RpcStatus.from_dict(response_json(response))

        except MODEL_ERRORS as error:
            _unparsable_body(client, response, error)
            return None
        return response_400

    if response.status_code == 401:
        try:
            response_401 = RpcStatus.from_dict(response_json(response))

        except MODEL_ERRORS as error:
            _unparsable_body(client, response, error)
            return None
        return response_401

    if response.status_code == 403:
        try:
            response_403 = RpcStatus.from_dict(response_json(response))

        except MODEL_ERRORS as error:
            _unparsable_body(client, response, error)
            return None
        return response_403

    if response.status_code == 404:
        try:
            response_404 = RpcStatus.from_dict(response_json(response))

        except MODEL_ERRORS as error:
            _unparsable_body(client, response, error)
            return None
        return response_404

    if response.status_code == 429:
        try:
            response_429 = RpcStatus.from_dict(response_json(response))

        except MODEL_ERRORS as error:
            _unparsable_body(client, response, error)
            return None
        return response_429

    if response.status_code == 500:
        try:
            response_500 = RpcStatus.from_dict(response_json(response))

        except MODEL_ERRORS as error:
            _unparsable_body(client, response, error)
            return None
        return response_500

    if response.status_code == 503:
        try:
            response_503 = RpcStatus.from_dict(response_json(response))

        except MODEL_ERRORS as error:
            _unparsable_body(client, response, error)
            return None
        return response_503

    if response.status_code == 504:
        try:
            response_504 = RpcStatus.from_dict(response_json(response))

        except MODEL_ERRORS as error:
            _unparsable_body(client, response, error)
            return None
        return response_504

    try:
        response_default = RpcStatus.from_dict(response_json(response))

    except MODEL_ERRORS as error:
        _unparsable_body(client, response, error)
        return None
    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BatchGetExecutionsResponse | RpcStatus]:
    return Response(
        status_code=http_status(response.status_code),
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
        errors.UnexpectedStatus: If the server returns an undocumented status code, or a documented error status whose
            body does not parse, and Client.raise_on_unexpected_status is True.
        ResponseValidationError: If a 2xx response body is not JSON or does not match the API description.
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
        ResponseValidationError: If a 2xx response body is not JSON or does not match the API description.
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
        ResponseValidationError: If a 2xx response body is not JSON or does not match the API description.
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
        ResponseValidationError: If a 2xx response body is not JSON or does not match the API description.
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
