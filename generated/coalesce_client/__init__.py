# Copied from scripts/facades/coalesce_client/__init__.py by "make generate". DO NOT EDIT here: edit scripts/facades/coalesce_client/__init__.py.
"""Typed Python client for the Coalesce API: a method per operation of openapi/coalesce.yaml, and run polling.

    from coalesce_client import CoalesceClient

    with CoalesceClient() as coalesce:          # token from $COALESCE_TOKEN; region="eu" etc. for other deployments
        run = coalesce.wait_for_run(42)         # polls until completed, failed or canceled

`AsyncCoalesceClient` is the asyncio twin. Every failure is an `APIError` of `synq_coalesce_core.exceptions`, shared
with `synq_client`; the status errors here are its subclasses with `.error` typed `ErrorResponse | None`, and catch
this client's errors only. To catch a status of either client (`except NotFoundError`), import the class from
`synq_coalesce_core.exceptions`.
The generated low-level API stays available: `coalesce_client.api.runs.get_run` with
`coalesce_client.client.AuthenticatedClient`.
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

from ._facade import (
    COALESCE_SERVERS,
    DEFAULT_MAX_WAIT,
    TERMINAL_RUN_STATUSES,
    AsyncCoalesceClient,
    CoalesceClient,
    RunFailedError,
    RunWaitTimeout,
)
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
    "COALESCE_SERVERS",
    "DEFAULT_MAX_WAIT",
    "DEFAULT_TIMEOUT",
    "NOT_GIVEN",
    "TERMINAL_RUN_STATUSES",
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncCoalesceClient",
    "AuthenticationError",
    "BadGatewayError",
    "BadRequestError",
    "ClientClosedError",
    "CoalesceClient",
    "ConfigurationError",
    "ConflictError",
    "GatewayTimeoutError",
    "InternalServerError",
    "NotFoundError",
    "OutcomeUnknownError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestValidationError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "RunFailedError",
    "RunWaitTimeout",
    "ServiceUnavailableError",
    "UnexpectedServerStatusError",
    "UnexpectedStatusError",
    "__version__",
)
