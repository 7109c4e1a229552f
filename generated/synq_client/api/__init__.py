# Code generated from openapi/synq.yaml + overlays/synq.overlay.yaml by "make generate". DO NOT EDIT.
"""The operations of the API description as client methods: `SyncOperations` and `AsyncOperations`, the bases of the
clients. A method takes the arguments of its low-level function in `api.<tag>.<operation>` (path and query
parameters, `body=`) plus `timeout=`, checks them against the API description before anything is sent, sends through
the client's retry loop, and returns the 2xx model or raises the typed error (see `synq_coalesce_core.operations`)."""

from synq_coalesce_core.base_client import AsyncAPIClient, SyncAPIClient
from synq_coalesce_core.operations import async_call, call
from synq_coalesce_core.options import NOT_GIVEN, NotGiven, TimeoutTypes

from ..models.batch_get_executions_request import BatchGetExecutionsRequest
from ..models.batch_get_executions_response import BatchGetExecutionsResponse
from .executions import batch_get_executions as _batch_get_executions


class SyncOperations(SyncAPIClient):
    """Every operation of the API description, as a blocking method."""

    def batch_get_executions(
        self,
        *,
        body: BatchGetExecutionsRequest,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> BatchGetExecutionsResponse:
        """BatchGetExecutions

         BatchGetExecutions retrieves multiple executions by their IDs. This is useful when you already know
        the execution IDs and want to fetch their details. Requires a token with at least one of the scopes
        SCOPE_EXECUTION_READ ("Read Executions: View execution run history and results") or SCOPE_MCP_READ.
        The call has no side effects (idempotency_level NO_SIDE_EFFECTS).

        Args:
            body (BatchGetExecutionsRequest): BatchGetExecutionsRequest requests specific executions
                by ID.
            timeout: Seconds or an `httpx.Timeout` for this call, instead of the client's.

        Raises:
            RequestValidationError: before anything is sent, naming the argument and the spec's constraint.
            APIStatusError: after retries, a subclass per status, with `.error` the declared error model.
            APIConnectionError: no response after retries (APITimeoutError: timed out).
            ResponseValidationError: a 2xx body that does not match the API description.

        Returns:
            BatchGetExecutionsResponse
        """

        return call(self, _batch_get_executions.OPERATION, timeout, body=body)


class AsyncOperations(AsyncAPIClient):
    """Every operation of the API description, as an awaitable method."""

    async def batch_get_executions(
        self,
        *,
        body: BatchGetExecutionsRequest,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> BatchGetExecutionsResponse:
        """The awaitable `SyncOperations.batch_get_executions`.

        Raises:
            The same errors as `SyncOperations.batch_get_executions`.
        """
        return await async_call(self, _batch_get_executions.OPERATION, timeout, body=body)


__all__ = ["AsyncOperations", "SyncOperations"]
