"""Typed Python client for the Coalesce API (Get Run).

    from coalesce_client import CoalesceClient

    with CoalesceClient() as coalesce:          # token from $COALESCE_TOKEN; region="eu" etc. for other deployments
        run = coalesce.wait_for_run(42)         # polls until completed, failed or canceled

`AsyncCoalesceClient` is the asyncio twin. Every failure is an `APIError`; see `coalesce_client._core.exceptions`.
The generated low-level API stays available: `coalesce_client.api.runs.get_run` with `Client`/`AuthenticatedClient`.
"""

from ._client import COALESCE_SERVERS, TERMINAL_RUN_STATUSES, AsyncCoalesceClient, CoalesceClient, RunWaitTimeout
from ._core.clock import ManualClock
from ._core.exceptions import (
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
    ResponseValidationError,
    ServiceUnavailableError,
    UnexpectedServerStatusError,
    UnexpectedStatusError,
)
from ._core.options import DEFAULT_TIMEOUT, NOT_GIVEN
from ._version import __version__
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
    "ResponseValidationError",
    "RunWaitTimeout",
    "ServiceUnavailableError",
    "UnexpectedServerStatusError",
    "UnexpectedStatusError",
    "__version__",
)
