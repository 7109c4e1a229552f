"""Typed Python client for the SYNQ API: a method per operation of openapi/synq.yaml, and batching.

    from synq_client import SynqClient

    with SynqClient() as synq:                  # $SYNQ_TOKEN, or $SYNQ_CLIENT_ID + $SYNQ_CLIENT_SECRET (OAuth2)
        found = synq.get_executions(ids)        # any number of IDs, batched by 100
        found.executions, found.missing

`AsyncSynqClient` is the asyncio twin. Every failure is an `APIError` of `synq_coalesce_core.exceptions`, shared
with `coalesce_client`; the status errors here are its subclasses with `.error` typed `RpcStatus | None`, and catch
this client's errors only. To catch a status of either client (`except NotFoundError`), import the class from
`synq_coalesce_core.exceptions`.
The generated low-level API stays available: `synq_client.api.executions.batch_get_executions` with
`synq_client.client.AuthenticatedClient`.
"""

from synq_coalesce_core.exceptions import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    ClientClosedError,
    ConfigurationError,
    OutcomeUnknownError,
    RequestValidationError,
    ResponseTooLargeError,
    ResponseValidationError,
)
from synq_coalesce_core.options import DEFAULT_TIMEOUT, NOT_GIVEN

from ._facade import MAX_IDS_PER_REQUEST, SYNQ_SERVERS, AsyncSynqClient, ExecutionsResult, FailedBatch, SynqClient
from ._version import __version__
from .errors import (
    APIStatusError,
    AuthenticationError,
    BadGatewayError,
    BadRequestError,
    ConflictError,
    GatewayTimeoutError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServiceUnavailableError,
    UnexpectedServerStatusError,
    UnexpectedStatusError,
)

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
    "AuthenticationError",
    "BadGatewayError",
    "BadRequestError",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "ExecutionsResult",
    "FailedBatch",
    "GatewayTimeoutError",
    "InternalServerError",
    "NotFoundError",
    "OutcomeUnknownError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestValidationError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "ServiceUnavailableError",
    "SynqClient",
    "UnexpectedServerStatusError",
    "UnexpectedStatusError",
    "__version__",
)
