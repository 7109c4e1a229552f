"""Typed Python client for the SYNQ API (BatchGetExecutions).

    from synq_client import SynqClient

    with SynqClient() as synq:                  # $SYNQ_TOKEN, or $SYNQ_CLIENT_ID + $SYNQ_CLIENT_SECRET (OAuth2)
        found = synq.get_executions(ids)        # any number of IDs, batched by 100
        found.executions, found.missing

`AsyncSynqClient` is the asyncio twin. Every failure is an `APIError`; see `synq_client._core.exceptions`.
The generated low-level API stays available: `synq_client.api.executions.batch_get_executions` with
`Client`/`AuthenticatedClient`.
"""

from ._client import MAX_IDS_PER_REQUEST, SYNQ_SERVERS, AsyncSynqClient, ExecutionsResult, SynqClient
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
    "DEFAULT_TIMEOUT",
    "MAX_IDS_PER_REQUEST",
    "NOT_GIVEN",
    "SYNQ_SERVERS",
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncSynqClient",
    "AuthenticatedClient",
    "AuthenticationError",
    "BadGatewayError",
    "BadRequestError",
    "Client",
    "ConfigurationError",
    "ConflictError",
    "ExecutionsResult",
    "GatewayTimeoutError",
    "InternalServerError",
    "ManualClock",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestValidationError",
    "ResponseValidationError",
    "ServiceUnavailableError",
    "SynqClient",
    "UnexpectedServerStatusError",
    "UnexpectedStatusError",
    "__version__",
)
