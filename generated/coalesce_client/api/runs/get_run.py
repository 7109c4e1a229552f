# Code generated from openapi/coalesce.yaml + overlays/coalesce.overlay.yaml by "make generate". DO NOT EDIT.
from collections.abc import Mapping
from typing import Any, Final
from urllib.parse import quote

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
from ...models.error_response import ErrorResponse
from ...models.run import Run
from ...types import Response, http_status


def _get_kwargs(
    run_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/runs/{run_id}".format(
            run_id=quote(str(run_id), safe=""),
        ),
    }

    return _kwargs


def _parse_success(response: httpx.Response) -> Run:
    """The 2xx body as the API description declares it, or ResponseValidationError."""
    try:
        if response.status_code == 200:
            response_200 = Run.from_dict(response_json(response))

            return response_200

    except MODEL_ERRORS as error:
        raise unparsable_body(response, error) from error
    raise undocumented_success(response)


def _parse_error(response: httpx.Response) -> ErrorResponse | None:
    """The error model the API description declares for this non-2xx status, or None (an undocumented status, or a
    body that does not fit)."""
    try:
        if response.status_code == 400:
            response_400 = ErrorResponse.from_dict(response_json(response))

            return response_400

        if response.status_code == 401:
            response_401 = ErrorResponse.from_dict(response_json(response))

            return response_401

        if response.status_code == 403:
            response_403 = ErrorResponse.from_dict(response_json(response))

            return response_403

        if response.status_code == 404:
            response_404 = ErrorResponse.from_dict(response_json(response))

            return response_404

        if response.status_code == 500:
            response_500 = ErrorResponse.from_dict(response_json(response))

            return response_500

        if response.status_code == 502:
            response_502 = ErrorResponse.from_dict(response_json(response))

            return response_502

        if response.status_code == 503:
            response_503 = ErrorResponse.from_dict(response_json(response))

            return response_503

        if response.status_code == 504:
            response_504 = ErrorResponse.from_dict(response_json(response))

            return response_504

    except MODEL_ERRORS:
        return None
    return None


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorResponse | Run | None:
    if response.is_success:
        return _parse_success(response)
    parsed = _parse_error(response)
    if parsed is None and client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content, response=response)
    return parsed


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ErrorResponse | Run]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


ARGUMENTS: Final[Mapping[str, Argument]] = {
    "run_id": Argument({"type": "integer", "minimum": 0}, required=True),
}
"""Each argument's schema in the API description: checked before a facade method sends anything."""

OPERATION: Final = Operation(
    ARGUMENTS, _get_kwargs, _parse_success, errors.STATUS_ERRORS.parsing(_parse_error), IdempotencyLevel.NO_SIDE_EFFECTS
)
"""What the facade method (`api.SyncOperations.get_run`) calls."""


def sync_detailed(
    run_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | Run]:
    """Get Run

     Gets a single run.

    Args:
        run_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code, or a documented error status whose
            body does not parse, and Client.raise_on_unexpected_status is True.
        ResponseValidationError: If a 2xx response body is not JSON or does not match the API description, or its status
            is not declared.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Run]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    run_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | Run | None:
    """Get Run

     Gets a single run.

    Args:
        run_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code, or a documented error status whose
            body does not parse, and Client.raise_on_unexpected_status is True.
        ResponseValidationError: If a 2xx response body is not JSON or does not match the API description, or its status
            is not declared.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Run
    """

    return sync_detailed(
        run_id=run_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    run_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | Run]:
    """Get Run

     Gets a single run.

    Args:
        run_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code, or a documented error status whose
            body does not parse, and Client.raise_on_unexpected_status is True.
        ResponseValidationError: If a 2xx response body is not JSON or does not match the API description, or its status
            is not declared.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Run]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    run_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | Run | None:
    """Get Run

     Gets a single run.

    Args:
        run_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code, or a documented error status whose
            body does not parse, and Client.raise_on_unexpected_status is True.
        ResponseValidationError: If a 2xx response body is not JSON or does not match the API description, or its status
            is not declared.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Run
    """

    return (
        await asyncio_detailed(
            run_id=run_id,
            client=client,
        )
    ).parsed
