# Code generated from openapi/coalesce.yaml + overlays/coalesce.overlay.yaml by "make generate". DO NOT EDIT.
from collections.abc import Mapping
from typing import Any, Final

import httpx
from synq_coalesce_core.idempotency import IdempotencyLevel
from synq_coalesce_core.operations import Operation
from synq_coalesce_core.paging import Paging
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
from ...models.order_by_direction import OrderByDirection
from ...models.run_status import RunStatus
from ...models.run_type import RunType
from ...models.runs_order_by import RunsOrderBy
from ...models.runs_response import RunsResponse
from ...types import Response, http_status


def _get_kwargs(
    *,
    limit: int | None = 25,
    starting_from: int | str | None = None,
    order_by: RunsOrderBy | None = None,
    order_by_direction: OrderByDirection | None = None,
    run_type: RunType | None = None,
    run_status: RunStatus | None = None,
    environment_id: str | None = None,
    detail: bool | None = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_starting_from: int | str | None = starting_from

    params["startingFrom"] = json_starting_from

    json_order_by: str | int | None = None
    if order_by is not None:
        json_order_by = order_by.raw

    params["orderBy"] = json_order_by

    json_order_by_direction: str | int | None = None
    if order_by_direction is not None:
        json_order_by_direction = order_by_direction.raw

    params["orderByDirection"] = json_order_by_direction

    json_run_type: str | int | None = None
    if run_type is not None:
        json_run_type = run_type.raw

    params["runType"] = json_run_type

    json_run_status: str | int | None = None
    if run_status is not None:
        json_run_status = run_status.raw

    params["runStatus"] = json_run_status

    params["environmentID"] = environment_id

    params["detail"] = detail

    params = {k: v for k, v in params.items() if v is not None and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/runs",
        "params": params,
    }

    return _kwargs


def _parse_success(response: httpx.Response) -> RunsResponse:
    """The 2xx body as the API description declares it, or ResponseValidationError."""
    try:
        if response.status_code == 200:
            response_200 = RunsResponse.from_dict(response_json(response))

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


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RunsResponse | None:
    if response.is_success:
        return _parse_success(response)
    parsed = _parse_error(response)
    if parsed is None and client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content, response=response)
    return parsed


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | RunsResponse]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


ARGUMENTS: Final[Mapping[str, Argument]] = {
    "limit": Argument({"type": "integer", "minimum": 0, "maximum": 1000}, required=False),
    "starting_from": Argument({"type": ["integer", "string"]}, required=False),
    "order_by": Argument({"type": "string", "enum": ["id", "runStartTime", "runEndTime"]}, RunsOrderBy, required=False),
    "order_by_direction": Argument({"type": "string", "enum": ["asc", "desc"]}, OrderByDirection, required=False),
    "run_type": Argument({"type": "string", "enum": ["deploy", "refresh"]}, RunType, required=False),
    "run_status": Argument(
        {
            "type": "string",
            "enum": ["canceled", "completed", "failed", "initializing", "rendering", "running", "waitingToRun"],
        },
        RunStatus,
        required=False,
    ),
    "environment_id": Argument({"type": "string"}, required=False),
    "detail": Argument({"type": "boolean"}, required=False),
}
"""Each argument's schema in the API description: checked before a facade method sends anything."""

OPERATION: Final = Operation(
    ARGUMENTS, _get_kwargs, _parse_success, errors.STATUS_ERRORS.parsing(_parse_error), IdempotencyLevel.NO_SIDE_EFFECTS
)
"""What the facade method (`api.SyncOperations.runs_list_information`) calls."""

PAGING: Final = Paging(
    cursor="starting_from",
    page_size="limit",
    items=("data",),
    item_attributes=("data",),
    answer_page_size=("limit",),
    key_argument="order_by",
    key_default="id",
)
"""How `api.SyncOperations.iter_runs_list_information` pages (`x-paging` in the API description)."""


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | None = 25,
    starting_from: int | str | None = None,
    order_by: RunsOrderBy | None = None,
    order_by_direction: OrderByDirection | None = None,
    run_type: RunType | None = None,
    run_status: RunStatus | None = None,
    environment_id: str | None = None,
    detail: bool | None = False,
) -> Response[ErrorResponse | RunsResponse]:
    """List Runs

     Get a collection of information about runs.

    Args:
        limit (int | None):  Default: 25.
        starting_from (int | str | None):
        order_by (RunsOrderBy | None): The field used to sort query results.
        order_by_direction (OrderByDirection | None): The sort order for query results.
        run_type (RunType | None):
        run_status (RunStatus | None): The status of the run. Terminal statuses are `completed`,
            `failed` and `canceled`; clients should be prepared for new values to appear.
        environment_id (str | None):
        detail (bool | None):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code, or a documented error status whose
            body does not parse, and Client.raise_on_unexpected_status is True.
        ResponseValidationError: If a 2xx response body is not JSON or does not match the API description, or its status
            is not declared.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RunsResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        starting_from=starting_from,
        order_by=order_by,
        order_by_direction=order_by_direction,
        run_type=run_type,
        run_status=run_status,
        environment_id=environment_id,
        detail=detail,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | None = 25,
    starting_from: int | str | None = None,
    order_by: RunsOrderBy | None = None,
    order_by_direction: OrderByDirection | None = None,
    run_type: RunType | None = None,
    run_status: RunStatus | None = None,
    environment_id: str | None = None,
    detail: bool | None = False,
) -> ErrorResponse | RunsResponse | None:
    """List Runs

     Get a collection of information about runs.

    Args:
        limit (int | None):  Default: 25.
        starting_from (int | str | None):
        order_by (RunsOrderBy | None): The field used to sort query results.
        order_by_direction (OrderByDirection | None): The sort order for query results.
        run_type (RunType | None):
        run_status (RunStatus | None): The status of the run. Terminal statuses are `completed`,
            `failed` and `canceled`; clients should be prepared for new values to appear.
        environment_id (str | None):
        detail (bool | None):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code, or a documented error status whose
            body does not parse, and Client.raise_on_unexpected_status is True.
        ResponseValidationError: If a 2xx response body is not JSON or does not match the API description, or its status
            is not declared.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RunsResponse
    """

    return sync_detailed(
        client=client,
        limit=limit,
        starting_from=starting_from,
        order_by=order_by,
        order_by_direction=order_by_direction,
        run_type=run_type,
        run_status=run_status,
        environment_id=environment_id,
        detail=detail,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | None = 25,
    starting_from: int | str | None = None,
    order_by: RunsOrderBy | None = None,
    order_by_direction: OrderByDirection | None = None,
    run_type: RunType | None = None,
    run_status: RunStatus | None = None,
    environment_id: str | None = None,
    detail: bool | None = False,
) -> Response[ErrorResponse | RunsResponse]:
    """List Runs

     Get a collection of information about runs.

    Args:
        limit (int | None):  Default: 25.
        starting_from (int | str | None):
        order_by (RunsOrderBy | None): The field used to sort query results.
        order_by_direction (OrderByDirection | None): The sort order for query results.
        run_type (RunType | None):
        run_status (RunStatus | None): The status of the run. Terminal statuses are `completed`,
            `failed` and `canceled`; clients should be prepared for new values to appear.
        environment_id (str | None):
        detail (bool | None):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code, or a documented error status whose
            body does not parse, and Client.raise_on_unexpected_status is True.
        ResponseValidationError: If a 2xx response body is not JSON or does not match the API description, or its status
            is not declared.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RunsResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        starting_from=starting_from,
        order_by=order_by,
        order_by_direction=order_by_direction,
        run_type=run_type,
        run_status=run_status,
        environment_id=environment_id,
        detail=detail,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | None = 25,
    starting_from: int | str | None = None,
    order_by: RunsOrderBy | None = None,
    order_by_direction: OrderByDirection | None = None,
    run_type: RunType | None = None,
    run_status: RunStatus | None = None,
    environment_id: str | None = None,
    detail: bool | None = False,
) -> ErrorResponse | RunsResponse | None:
    """List Runs

     Get a collection of information about runs.

    Args:
        limit (int | None):  Default: 25.
        starting_from (int | str | None):
        order_by (RunsOrderBy | None): The field used to sort query results.
        order_by_direction (OrderByDirection | None): The sort order for query results.
        run_type (RunType | None):
        run_status (RunStatus | None): The status of the run. Terminal statuses are `completed`,
            `failed` and `canceled`; clients should be prepared for new values to appear.
        environment_id (str | None):
        detail (bool | None):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code, or a documented error status whose
            body does not parse, and Client.raise_on_unexpected_status is True.
        ResponseValidationError: If a 2xx response body is not JSON or does not match the API description, or its status
            is not declared.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RunsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            starting_from=starting_from,
            order_by=order_by,
            order_by_direction=order_by_direction,
            run_type=run_type,
            run_status=run_status,
            environment_id=environment_id,
            detail=detail,
        )
    ).parsed
