"""Typed Python client for the SYNQ API (BatchGetExecutions).

    from synq_client import SynqClient

    with SynqClient() as synq:                  # $SYNQ_TOKEN, or $SYNQ_CLIENT_ID + $SYNQ_CLIENT_SECRET (OAuth2)
        found = synq.get_executions(ids)        # any number of IDs, batched by 100
        found.executions, found.missing

`AsyncSynqClient` is the asyncio twin. Every failure is an `APIError`; the tree is `synq_coalesce_core.exceptions`,
shared with `coalesce_client`.
The generated low-level API stays available: `synq_client.api.executions.batch_get_executions` with
`Client`/`AuthenticatedClient`.
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

from ._client import MAX_IDS_PER_REQUEST, SYNQ_SERVERS, AsyncSynqClient, ExecutionsResult, FailedBatch, SynqClient
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
    "FailedBatch",
    "GatewayTimeoutError",
    "InternalServerError",
    "ManualClock",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestValidationError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "ServiceUnavailableError",
    "SynqClient",
    "UnexpectedServerStatusError",
    "UnexpectedStatusError",
)
