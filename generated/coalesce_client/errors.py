# Code generated from openapi/coalesce.yaml + overlays/coalesce.overlay.yaml by "make generate". DO NOT EDIT.
"""The exceptions of this client: `synq_coalesce_core.exceptions`, with `.error` typed as this API's error models.

Every class here is also the shared class it specializes (`NotFoundError` is a `synq_coalesce_core.exceptions.
NotFoundError`), so one `except synq_coalesce_core.exceptions.APIError` catches the failures of every client.
"""

from typing import Final, TypeAlias, cast

import httpx
from synq_coalesce_core import exceptions as core
from synq_coalesce_core.status_errors import StatusErrors

from .models.error_response import ErrorResponse
from .models.scheduler_error_response import SchedulerErrorResponse

ErrorModel: TypeAlias = ErrorResponse | SchedulerErrorResponse
"""The error bodies the API description declares (the models of its non-2xx responses): the type of `.error`."""


class APIStatusError(core.APIStatusError):
    __doc__ = core.APIStatusError.__doc__

    @property
    def error(self) -> "ErrorModel | None":  # quoted: ErrorModel may be None itself
        """This API's error model parsed from the body (one it declares), or None."""
        return cast("ErrorModel | None", self._error)


class BadRequestError(core.BadRequestError, APIStatusError):
    __doc__ = core.BadRequestError.__doc__


class AuthenticationError(core.AuthenticationError, APIStatusError):
    __doc__ = core.AuthenticationError.__doc__


class PermissionDeniedError(core.PermissionDeniedError, APIStatusError):
    __doc__ = core.PermissionDeniedError.__doc__


class NotFoundError(core.NotFoundError, APIStatusError):
    __doc__ = core.NotFoundError.__doc__


class ConflictError(core.ConflictError, APIStatusError):
    __doc__ = core.ConflictError.__doc__


class RateLimitError(core.RateLimitError, APIStatusError):
    __doc__ = core.RateLimitError.__doc__


class InternalServerError(core.InternalServerError, APIStatusError):
    __doc__ = core.InternalServerError.__doc__


class BadGatewayError(core.BadGatewayError, InternalServerError):
    __doc__ = core.BadGatewayError.__doc__


class ServiceUnavailableError(core.ServiceUnavailableError, InternalServerError):
    __doc__ = core.ServiceUnavailableError.__doc__


class GatewayTimeoutError(core.GatewayTimeoutError, InternalServerError):
    __doc__ = core.GatewayTimeoutError.__doc__


class UnexpectedStatusError(core.UnexpectedStatusError, APIStatusError):
    __doc__ = core.UnexpectedStatusError.__doc__


class UnexpectedServerStatusError(core.UnexpectedServerStatusError, UnexpectedStatusError, InternalServerError):
    __doc__ = core.UnexpectedServerStatusError.__doc__


STATUS_ERRORS: Final = StatusErrors[ErrorModel](
    [
        BadRequestError,
        AuthenticationError,
        PermissionDeniedError,
        NotFoundError,
        ConflictError,
        RateLimitError,
        InternalServerError,
        BadGatewayError,
        ServiceUnavailableError,
        GatewayTimeoutError,
        UnexpectedStatusError,
        UnexpectedServerStatusError,
    ],
    models=[
        ErrorResponse.from_dict,
        SchedulerErrorResponse.from_dict,
    ],
)
"""How the send loop turns this API's non-2xx responses into the classes above."""


class UnexpectedStatus(UnexpectedStatusError):
    """Raised by the low-level functions (`api.*`) when `Client.raise_on_unexpected_status` is True and the status is
    not declared, or its body does not fit the declared error model."""

    content: bytes

    def __init__(self, status_code: int, content: bytes, *, response: httpx.Response | None = None) -> None:
        response = httpx.Response(status_code, content=content) if response is None else response
        super().__init__(core.status_message(response), response=response)
        self.content = content


__all__ = [
    "STATUS_ERRORS",
    "ErrorModel",
    "APIStatusError",
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "RateLimitError",
    "InternalServerError",
    "BadGatewayError",
    "ServiceUnavailableError",
    "GatewayTimeoutError",
    "UnexpectedStatusError",
    "UnexpectedServerStatusError",
    "UnexpectedStatus",
]
