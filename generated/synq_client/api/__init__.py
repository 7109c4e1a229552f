# Code generated from openapi/synq.yaml + overlays/synq.overlay.yaml by "make generate". DO NOT EDIT.
"""The operations of the API description as client methods: `SyncOperations` and `AsyncOperations`, the bases of the
clients. A method takes the arguments of its low-level function in `api.<tag>.<operation>` (path and query
parameters, `body=`) plus `timeout=`, checks them against the API description before anything is sent, sends through
the client's retry loop, and returns the 2xx model or raises the typed error (see `synq_coalesce_core.base_client`)."""

from synq_coalesce_core.base_client import AsyncAPIClient, SyncAPIClient
from synq_coalesce_core.options import NOT_GIVEN, NotGiven, TimeoutTypes

from ..models.batch_get_executions_request import BatchGetExecutionsRequest
from ..models.batch_get_executions_response import BatchGetExecutionsResponse
from ..models.get_executions_summary_request import GetExecutionsSummaryRequest
from ..models.get_executions_summary_response import GetExecutionsSummaryResponse
from ..models.get_latest_executions_request import GetLatestExecutionsRequest
from ..models.get_latest_executions_response import GetLatestExecutionsResponse
from .executions import batch_get_executions as _batch_get_executions
from .executions import get_executions_summary as _get_executions_summary
from .executions import get_latest_executions as _get_latest_executions


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

        return self._call(_batch_get_executions.OPERATION, timeout, body=body)

    def get_latest_executions(
        self,
        *,
        body: GetLatestExecutionsRequest,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> GetLatestExecutionsResponse:
        """GetLatestExecutions

         GetLatestExecutions retrieves the most recent execution for each specified entity. IMPORTANT: Only
        returns executions where the entity appears in EntityExecution.entities (what executed). This means
        it returns executions OF the entity (e.g., model runs, monitor runs, task runs), NOT executions that
        merely reference the entity in targets or extra_references. For example, querying for a table won't
        return results because tables don't execute on their own - they are created/updated by models (which
        do execute). Optionally filter by execution status to get the latest execution with a specific
        status. Requires a token with at least one of the scopes SCOPE_EXECUTION_READ or SCOPE_MCP_READ. The
        call has no side effects (idempotency_level NO_SIDE_EFFECTS).

        Args:
            body (GetLatestExecutionsRequest): GetLatestExecutionsRequest requests the latest
                execution for each entity.
            timeout: Seconds or an `httpx.Timeout` for this call, instead of the client's.

        Raises:
            RequestValidationError: before anything is sent, naming the argument and the spec's constraint.
            APIStatusError: after retries, a subclass per status, with `.error` the declared error model.
            APIConnectionError: no response after retries (APITimeoutError: timed out).
            ResponseValidationError: a 2xx body that does not match the API description.

        Returns:
            GetLatestExecutionsResponse
        """

        return self._call(_get_latest_executions.OPERATION, timeout, body=body)

    def get_executions_summary(
        self,
        *,
        body: GetExecutionsSummaryRequest,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> GetExecutionsSummaryResponse:
        """GetExecutionsSummary

         GetExecutionsSummary provides aggregated statistics about executions for specified entities. This is
        useful for quickly understanding execution patterns without fetching all execution details. Returns
        counts by execution type, counts by status, the time range of available executions, and the latest
        execution per entity. Requires a token with at least one of the scopes SCOPE_EXECUTION_READ or
        SCOPE_MCP_READ. The call has no side effects (idempotency_level NO_SIDE_EFFECTS).

        Args:
            body (GetExecutionsSummaryRequest): GetExecutionsSummaryRequest requests summary
                statistics for entities.
            timeout: Seconds or an `httpx.Timeout` for this call, instead of the client's.

        Raises:
            RequestValidationError: before anything is sent, naming the argument and the spec's constraint.
            APIStatusError: after retries, a subclass per status, with `.error` the declared error model.
            APIConnectionError: no response after retries (APITimeoutError: timed out).
            ResponseValidationError: a 2xx body that does not match the API description.

        Returns:
            GetExecutionsSummaryResponse
        """

        return self._call(_get_executions_summary.OPERATION, timeout, body=body)


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
        return await self._call(_batch_get_executions.OPERATION, timeout, body=body)

    async def get_latest_executions(
        self,
        *,
        body: GetLatestExecutionsRequest,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> GetLatestExecutionsResponse:
        """The awaitable `SyncOperations.get_latest_executions`.

        Raises:
            The same errors as `SyncOperations.get_latest_executions`.
        """
        return await self._call(_get_latest_executions.OPERATION, timeout, body=body)

    async def get_executions_summary(
        self,
        *,
        body: GetExecutionsSummaryRequest,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> GetExecutionsSummaryResponse:
        """The awaitable `SyncOperations.get_executions_summary`.

        Raises:
            The same errors as `SyncOperations.get_executions_summary`.
        """
        return await self._call(_get_executions_summary.OPERATION, timeout, body=body)


__all__ = ["AsyncOperations", "SyncOperations"]
