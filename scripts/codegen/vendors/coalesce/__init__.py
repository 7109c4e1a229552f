"""Typed Python client for the Coalesce API (Get Run).

    from coalesce_client import CoalesceClient

    with CoalesceClient() as coalesce:          # token from $COALESCE_TOKEN; region="eu" etc. for other deployments
        run = coalesce.wait_for_run(42)         # polls until completed, failed or canceled

`AsyncCoalesceClient` is the asyncio twin. Every failure is an `APIError`; the tree is `synq_coalesce_core.exceptions`,
shared with `synq_client`.
The generated low-level API stays available: `coalesce_client.api.runs.get_run` with `Client`/`AuthenticatedClient`.
"""

from synq_coalesce_core.clock import ManualClock
from synq_coalesce_core.exceptions import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadGatewayError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    GatewayTimeoutError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RequestValidationError,
    ResponseTooLargeError,
    ResponseValidationError,
    ServiceUnavailableError,
    UnexpectedServerStatusError,
    UnexpectedStatusError,
)
from synq_coalesce_core.options import DEFAULT_TIMEOUT, NOT_GIVEN

from ._client import COALESCE_SERVERS, TERMINAL_RUN_STATUSES, AsyncCoalesceClient, CoalesceClient, RunWaitTimeout
from .client import AuthenticatedClient, Client

__all__ = (
    "COALESCE_SERVERS",
    "DEFAULT_TIMEOUT",
    "NOT_GIVEN",
    "TERMINAL_RUN_STATUSES",
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncCoalesceClient",
    "AuthenticatedClient",
    "AuthenticationError",
    "BadGatewayError",
    "BadRequestError",
    "Client",
    "CoalesceClient",
    "ConfigurationError",
    "ConflictError",
    "GatewayTimeoutError",
    "InternalServerError",
    "ManualClock",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestValidationError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "RunWaitTimeout",
    "ServiceUnavailableError",
    "UnexpectedServerStatusError",
    "UnexpectedStatusError",
)
