# Code generated from openapi/coalesce.yaml + overlays/coalesce.overlay.yaml by "make generate". DO NOT EDIT.
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
from ...models.run_status_response import RunStatusResponse
from ...models.scheduler_error_response import SchedulerErrorResponse
from ...types import Response, http_status


def _get_kwargs(
    *,
    run_counter: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["runCounter"] = run_counter

    params = {k: v for k, v in params.items() if v is not None and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/scheduler/runStatus",
        "params": params,
    }

    return _kwargs


def _parse_success(response: httpx.Response) -> RunStatusResponse:
    """The 2xx body as the API description declares it, or ResponseValidationError."""
    try:
        if response.status_code == 200:
            response_200 = RunStatusResponse.from_dict(response_json(response))

            return response_200

    except MODEL_ERRORS as error:
        raise unparsable_body(response, error) from error
    raise undocumented_success(response)


def _parse_error(response: httpx.Response) -> SchedulerErrorResponse | None:
    """The error model the API description declares for this non-2xx status, or None (an undocumented status, or a
    body that does not fit)."""
    try:
        if response.status_code == 400:
            response_400 = SchedulerErrorResponse.from_dict(response_json(response))

            return response_400

        if response.status_code == 401:
            response_401 = SchedulerErrorResponse.from_dict(response_json(response))

            return response_401

    except MODEL_ERRORS:
        return None
    return None


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RunStatusResponse | SchedulerErrorResponse | None:
    if response.is_success:
        return _parse_success(response)
    parsed = _parse_error(response)
    if parsed is None and client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content, response=response)
    return parsed


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[RunStatusResponse | SchedulerErrorResponse]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


ARGUMENTS: Final[Mapping[str, Argument]] = {
    "run_counter": Argument({"type": "integer", "minimum": -2147483648, "maximum": 2147483647}, required=True),
}
"""Each argument's schema in the API description: checked before a facade method sends anything."""

OPERATION: Final = Operation(
    ARGUMENTS, _get_kwargs, _parse_success, errors.STATUS_ERRORS.parsing(_parse_error), IdempotencyLevel.NO_SIDE_EFFECTS
)
"""What the facade method (`api.SyncOperations.jobs_get_status_updates`) calls."""


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    run_counter: int,
) -> Response[RunStatusResponse | SchedulerErrorResponse]:
    """Get Job Status

     Querying this endpoint will allow you to receive updates on the current status of a specific run.

    Args:
        run_counter (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code, or a documented error status whose
            body does not parse, and Client.raise_on_unexpected_status is True.
        ResponseValidationError: If a 2xx response body is not JSON or does not match the API description, or its status
            is not declared.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RunStatusResponse | SchedulerErrorResponse]
    """

    kwargs = _get_kwargs(
        run_counter=run_counter,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    run_counter: int,
) -> RunStatusResponse | SchedulerErrorResponse | None:
    """Get Job Status

     Querying this endpoint will allow you to receive updates on the current status of a specific run.

    Args:
        run_counter (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code, or a documented error status whose
            body does not parse, and Client.raise_on_unexpected_status is True.
        ResponseValidationError: If a 2xx response body is not JSON or does not match the API description, or its status
            is not declared.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RunStatusResponse | SchedulerErrorResponse
    """

    return sync_detailed(
        client=client,
        run_counter=run_counter,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    run_counter: int,
) -> Response[RunStatusResponse | SchedulerErrorResponse]:
    """Get Job Status

     Querying this endpoint will allow you to receive updates on the current status of a specific run.

    Args:
        run_counter (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code, or a documented error status whose
            body does not parse, and Client.raise_on_unexpected_status is True.
        ResponseValidationError: If a 2xx response body is not JSON or does not match the API description, or its status
            is not declared.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RunStatusResponse | SchedulerErrorResponse]
    """

    kwargs = _get_kwargs(
        run_counter=run_counter,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    run_counter: int,
) -> RunStatusResponse | SchedulerErrorResponse | None:
    """Get Job Status

     Querying this endpoint will allow you to receive updates on the current status of a specific run.

    Args:
        run_counter (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code, or a documented error status whose
            body does not parse, and Client.raise_on_unexpected_status is True.
        ResponseValidationError: If a 2xx response body is not JSON or does not match the API description, or its status
            is not declared.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RunStatusResponse | SchedulerErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            run_counter=run_counter,
        )
    ).parsed
