# Code generated from openapi/coalesce.yaml + overlays/coalesce.overlay.yaml by "make generate". DO NOT EDIT.
import json
from typing import Any
from urllib.parse import quote

import httpx
from synq_coalesce_core.exceptions import ResponseValidationError, describe_response
from synq_coalesce_core.parsing import MODEL_ERRORS, response_json

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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorResponse | Run | None:
    if response.status_code == 200:
        try:
            response_200 = Run.from_dict(response_json(response))

        except MODEL_ERRORS as error:
            _unparsable_body(client, response, error)
            return None
        return response_200

    if response.status_code == 400:
        try:
            response_400 = ErrorResponse.from_dict(response_json(response))

        except MODEL_ERRORS as error:
            _unparsable_body(client, response, error)
            return None
        return response_400

    if response.status_code == 401:
        try:
            response_401 = ErrorResponse.from_dict(response_json(response))

        except MODEL_ERRORS as error:
            _unparsable_body(client, response, error)
            return None
        return response_401

    if response.status_code == 403:
        try:
            response_403 = ErrorResponse.from_dict(response_json(response))

        except MODEL_ERRORS as error:
            _unparsable_body(client, response, error)
            return None
        return response_403

    if response.status_code == 404:
        try:
            response_404 = ErrorResponse.from_dict(response_json(response))

        except MODEL_ERRORS as error:
            _unparsable_body(client, response, error)
            return None
        return response_404

    if response.status_code == 500:
        try:
            response_500 = ErrorResponse.from_dict(response_json(response))

        except MODEL_ERRORS as error:
            _unparsable_body(client, response, error)
            return None
        return response_500

    if response.status_code == 502:
        try:
            response_502 = ErrorResponse.from_dict(response_json(response))

        except MODEL_ERRORS as error:
            _unparsable_body(client, response, error)
            return None
        return response_502

    if response.status_code == 503:
        try:
            response_503 = ErrorResponse.from_dict(response_json(response))

        except MODEL_ERRORS as error:
            _unparsable_body(client, response, error)
            return None
        return response_503

    if response.status_code == 504:
        try:
            response_504 = ErrorResponse.from_dict(response_json(response))

        except MODEL_ERRORS as error:
            _unparsable_body(client, response, error)
            return None
        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ErrorResponse | Run]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


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
        ResponseValidationError: If a 2xx response body is not JSON or does not match the API description.
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
        ResponseValidationError: If a 2xx response body is not JSON or does not match the API description.
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
        ResponseValidationError: If a 2xx response body is not JSON or does not match the API description.
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
        ResponseValidationError: If a 2xx response body is not JSON or does not match the API description.
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
