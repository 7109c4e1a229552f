# Code generated from openapi/coalesce.yaml + overlays/coalesce.overlay.yaml by "make generate". DO NOT EDIT.
"""The operations of the API description as client methods: `SyncOperations` and `AsyncOperations`, the bases of the
clients. A method takes the arguments of its low-level function in `api.<tag>.<operation>` (path and query
parameters, `body=`) plus `timeout=`, checks them against the API description before anything is sent, sends through
the client's retry loop, and returns the 2xx model or raises the typed error (see `synq_coalesce_core.base_client`)."""

from collections.abc import AsyncIterator, Iterator

from synq_coalesce_core.base_client import AsyncAPIClient, SyncAPIClient
from synq_coalesce_core.options import NOT_GIVEN, NotGiven, TimeoutTypes

from ..models.cancel_run_request import CancelRunRequest
from ..models.order_by_direction import OrderByDirection
from ..models.rerun_request import RerunRequest
from ..models.run import Run
from ..models.run_counter_response import RunCounterResponse
from ..models.run_results_response import RunResultsResponse
from ..models.run_status import RunStatus
from ..models.run_status_response import RunStatusResponse
from ..models.run_summary import RunSummary
from ..models.run_type import RunType
from ..models.runs_order_by import RunsOrderBy
from ..models.runs_response import RunsResponse
from ..models.start_run_request import StartRunRequest
from .jobs import jobs_cancel_job_run as _jobs_cancel_job_run
from .jobs import jobs_get_status_updates as _jobs_get_status_updates
from .jobs import jobs_initiate_run as _jobs_initiate_run
from .jobs import jobs_trigger_rerun as _jobs_trigger_rerun
from .runs import get_run as _get_run
from .runs import runs_list_information as _runs_list_information
from .runs import runs_list_results as _runs_list_results


class SyncOperations(SyncAPIClient):
    """Every operation of the API description, as a blocking method."""

    def jobs_initiate_run(
        self,
        *,
        body: StartRunRequest,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RunCounterResponse:
        """Trigger Job to Run

         Querying this endpoint will initiate a new run to refresh your data warehouse based on your
        specified details.

        Args:
            body (StartRunRequest):
            timeout: Seconds or an `httpx.Timeout` for this call, instead of the client's.

        Raises:
            RequestValidationError: before anything is sent, naming the argument and the spec's constraint.
            APIStatusError: after retries, a subclass per status, with `.error` the declared error model.
            APIConnectionError: no response after retries (APITimeoutError: timed out).
            ResponseValidationError: a 2xx body that does not match the API description.

        Returns:
            RunCounterResponse
        """

        return self._call(_jobs_initiate_run.OPERATION, timeout, body=body)

    def jobs_trigger_rerun(
        self,
        *,
        body: RerunRequest,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RunCounterResponse:
        """Trigger Job to Re-Run

         Querying this endpoint will initiate a new run to refresh your data warehouse based on your
        specified details. It re-runs a failed refresh from the point of failure (only the nodes that
        failed).

        Args:
            body (RerunRequest):
            timeout: Seconds or an `httpx.Timeout` for this call, instead of the client's.

        Raises:
            RequestValidationError: before anything is sent, naming the argument and the spec's constraint.
            APIStatusError: after retries, a subclass per status, with `.error` the declared error model.
            APIConnectionError: no response after retries (APITimeoutError: timed out).
            ResponseValidationError: a 2xx body that does not match the API description.

        Returns:
            RunCounterResponse
        """

        return self._call(_jobs_trigger_rerun.OPERATION, timeout, body=body)

    def jobs_cancel_job_run(
        self,
        *,
        body: CancelRunRequest,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """Cancel Running Job

         Querying this endpoint will cancel a currently running job.

        Args:
            body (CancelRunRequest):
            timeout: Seconds or an `httpx.Timeout` for this call, instead of the client's.

        Raises:
            RequestValidationError: before anything is sent, naming the argument and the spec's constraint.
            APIStatusError: after retries, a subclass per status, with `.error` the declared error model.
            APIConnectionError: no response after retries (APITimeoutError: timed out).
            ResponseValidationError: a 2xx body that does not match the API description.

        Returns:
            None
        """

        return self._call(_jobs_cancel_job_run.OPERATION, timeout, body=body)

    def jobs_get_status_updates(
        self,
        *,
        run_counter: int,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RunStatusResponse:
        """Get Job Status

         Querying this endpoint will allow you to receive updates on the current status of a specific run.

        Args:
            run_counter (int):
            timeout: Seconds or an `httpx.Timeout` for this call, instead of the client's.

        Raises:
            RequestValidationError: before anything is sent, naming the argument and the spec's constraint.
            APIStatusError: after retries, a subclass per status, with `.error` the declared error model.
            APIConnectionError: no response after retries (APITimeoutError: timed out).
            ResponseValidationError: a 2xx body that does not match the API description.

        Returns:
            RunStatusResponse
        """

        return self._call(_jobs_get_status_updates.OPERATION, timeout, run_counter=run_counter)

    def get_run(
        self,
        run_id: int,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Run:
        """Get Run

         Gets a single run.

        Args:
            run_id (int):
            timeout: Seconds or an `httpx.Timeout` for this call, instead of the client's.

        Raises:
            RequestValidationError: before anything is sent, naming the argument and the spec's constraint.
            APIStatusError: after retries, a subclass per status, with `.error` the declared error model.
            APIConnectionError: no response after retries (APITimeoutError: timed out).
            ResponseValidationError: a 2xx body that does not match the API description.

        Returns:
            Run
        """

        return self._call(_get_run.OPERATION, timeout, run_id=run_id)

    def runs_list_information(
        self,
        *,
        limit: int | None = 25,
        starting_from: int | str | None = None,
        order_by: RunsOrderBy | None = None,
        order_by_direction: OrderByDirection | None = None,
        run_type: RunType | None = None,
        run_status: RunStatus | None = None,
        environment_id: str | None = None,
        detail: bool | None = False,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RunsResponse:
        """List Runs

         Get a collection of information about runs.

        Args:
            limit (int | None):  Default: 25.
            starting_from (int | str | None):
            order_by (RunsOrderBy | None): The field used to sort query results.
            order_by_direction (OrderByDirection | None): The sort order for query results.
            run_type (RunType | None):
            run_status (RunStatus | None): The status of the run. Terminal statuses are `completed`,
                `failed` and `canceled`; clients should be prepared for new values to appear.
            environment_id (str | None):
            detail (bool | None):  Default: False.
            timeout: Seconds or an `httpx.Timeout` for this call, instead of the client's.

        Raises:
            RequestValidationError: before anything is sent, naming the argument and the spec's constraint.
            APIStatusError: after retries, a subclass per status, with `.error` the declared error model.
            APIConnectionError: no response after retries (APITimeoutError: timed out).
            ResponseValidationError: a 2xx body that does not match the API description.

        Returns:
            RunsResponse
        """

        return self._call(
            _runs_list_information.OPERATION,
            timeout,
            limit=limit,
            starting_from=starting_from,
            order_by=order_by,
            order_by_direction=order_by_direction,
            run_type=run_type,
            run_status=run_status,
            environment_id=environment_id,
            detail=detail,
        )

    def iter_runs_list_information(
        self,
        *,
        limit: int | None = 25,
        starting_from: int | str | None = None,
        order_by: RunsOrderBy | None = None,
        order_by_direction: OrderByDirection | None = None,
        run_type: RunType | None = None,
        run_status: RunStatus | None = None,
        environment_id: str | None = None,
        detail: bool | None = False,
        max_items: int | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Iterator[RunSummary]:
        """Every item `runs_list_information` answers, page after page: a page is fetched when the
        items before it are consumed, with the same arguments (checked now) and the next cursor (`x-paging`).

        It stops after an empty page, a page without a next cursor, a page shorter than the page size sent
        (when the cursor is the last item's key), or `max_items` items (None: no bound).

        Raises:
            RequestValidationError: now, before anything is sent, naming the argument and the constraint.
            PagingError: after a page's items, when its next cursor was sent before (instead of repeating
                pages forever) or its last item has no key to continue from.
            The errors of `runs_list_information`, while iterating.
        """
        return self._iterate(
            _runs_list_information.OPERATION,
            _runs_list_information.PAGING,
            timeout,
            max_items,
            limit=limit,
            starting_from=starting_from,
            order_by=order_by,
            order_by_direction=order_by_direction,
            run_type=run_type,
            run_status=run_status,
            environment_id=environment_id,
            detail=detail,
        )

    def runs_list_results(
        self,
        run_id: int,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RunResultsResponse:
        """List Run Results

         Get a collection of the results of a deploy or refresh run

        Args:
            run_id (int):
            timeout: Seconds or an `httpx.Timeout` for this call, instead of the client's.

        Raises:
            RequestValidationError: before anything is sent, naming the argument and the spec's constraint.
            APIStatusError: after retries, a subclass per status, with `.error` the declared error model.
            APIConnectionError: no response after retries (APITimeoutError: timed out).
            ResponseValidationError: a 2xx body that does not match the API description.

        Returns:
            RunResultsResponse
        """

        return self._call(_runs_list_results.OPERATION, timeout, run_id=run_id)


class AsyncOperations(AsyncAPIClient):
    """Every operation of the API description, as an awaitable method."""

    async def jobs_initiate_run(
        self,
        *,
        body: StartRunRequest,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RunCounterResponse:
        """The awaitable `SyncOperations.jobs_initiate_run`.

        Raises:
            The same errors as `SyncOperations.jobs_initiate_run`.
        """
        return await self._call(_jobs_initiate_run.OPERATION, timeout, body=body)

    async def jobs_trigger_rerun(
        self,
        *,
        body: RerunRequest,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RunCounterResponse:
        """The awaitable `SyncOperations.jobs_trigger_rerun`.

        Raises:
            The same errors as `SyncOperations.jobs_trigger_rerun`.
        """
        return await self._call(_jobs_trigger_rerun.OPERATION, timeout, body=body)

    async def jobs_cancel_job_run(
        self,
        *,
        body: CancelRunRequest,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> None:
        """The awaitable `SyncOperations.jobs_cancel_job_run`.

        Raises:
            The same errors as `SyncOperations.jobs_cancel_job_run`.
        """
        return await self._call(_jobs_cancel_job_run.OPERATION, timeout, body=body)

    async def jobs_get_status_updates(
        self,
        *,
        run_counter: int,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RunStatusResponse:
        """The awaitable `SyncOperations.jobs_get_status_updates`.

        Raises:
            The same errors as `SyncOperations.jobs_get_status_updates`.
        """
        return await self._call(_jobs_get_status_updates.OPERATION, timeout, run_counter=run_counter)

    async def get_run(
        self,
        run_id: int,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Run:
        """The awaitable `SyncOperations.get_run`.

        Raises:
            The same errors as `SyncOperations.get_run`.
        """
        return await self._call(_get_run.OPERATION, timeout, run_id=run_id)

    async def runs_list_information(
        self,
        *,
        limit: int | None = 25,
        starting_from: int | str | None = None,
        order_by: RunsOrderBy | None = None,
        order_by_direction: OrderByDirection | None = None,
        run_type: RunType | None = None,
        run_status: RunStatus | None = None,
        environment_id: str | None = None,
        detail: bool | None = False,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RunsResponse:
        """The awaitable `SyncOperations.runs_list_information`.

        Raises:
            The same errors as `SyncOperations.runs_list_information`.
        """
        return await self._call(
            _runs_list_information.OPERATION,
            timeout,
            limit=limit,
            starting_from=starting_from,
            order_by=order_by,
            order_by_direction=order_by_direction,
            run_type=run_type,
            run_status=run_status,
            environment_id=environment_id,
            detail=detail,
        )

    def iter_runs_list_information(
        self,
        *,
        limit: int | None = 25,
        starting_from: int | str | None = None,
        order_by: RunsOrderBy | None = None,
        order_by_direction: OrderByDirection | None = None,
        run_type: RunType | None = None,
        run_status: RunStatus | None = None,
        environment_id: str | None = None,
        detail: bool | None = False,
        max_items: int | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AsyncIterator[RunSummary]:
        """Every item `runs_list_information` answers, page after page (`async for`): a page is fetched when the
        items before it are consumed, with the same arguments (checked now) and the next cursor (`x-paging`).

        It stops after an empty page, a page without a next cursor, a page shorter than the page size sent
        (when the cursor is the last item's key), or `max_items` items (None: no bound).

        Raises:
            RequestValidationError: now, before anything is sent, naming the argument and the constraint.
            PagingError: after a page's items, when its next cursor was sent before (instead of repeating
                pages forever) or its last item has no key to continue from.
            The errors of `runs_list_information`, while iterating.
        """
        return self._iterate(
            _runs_list_information.OPERATION,
            _runs_list_information.PAGING,
            timeout,
            max_items,
            limit=limit,
            starting_from=starting_from,
            order_by=order_by,
            order_by_direction=order_by_direction,
            run_type=run_type,
            run_status=run_status,
            environment_id=environment_id,
            detail=detail,
        )

    async def runs_list_results(
        self,
        run_id: int,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RunResultsResponse:
        """The awaitable `SyncOperations.runs_list_results`.

        Raises:
            The same errors as `SyncOperations.runs_list_results`.
        """
        return await self._call(_runs_list_results.OPERATION, timeout, run_id=run_id)


__all__ = ["AsyncOperations", "SyncOperations"]
