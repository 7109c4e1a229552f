# Code generated from openapi/coalesce.yaml + overlays/coalesce.overlay.yaml by "make generate". DO NOT EDIT.
"""The operations of the API description as client methods: `SyncOperations` and `AsyncOperations`, the bases of the
clients. A method takes the arguments of its low-level function in `api.<tag>.<operation>` (path and query
parameters, `body=`) plus `timeout=`, checks them against the API description before anything is sent, sends through
the client's retry loop, and returns the 2xx model or raises the typed error (see `synq_coalesce_core.operations`)."""

from synq_coalesce_core.base_client import AsyncAPIClient, SyncAPIClient
from synq_coalesce_core.operations import async_call, call
from synq_coalesce_core.options import NOT_GIVEN, NotGiven, TimeoutTypes

from ..models.run import Run
from .runs import get_run as _get_run


class SyncOperations(SyncAPIClient):
    """Every operation of the API description, as a blocking method."""

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

        return call(self, _get_run.OPERATION, timeout, run_id=run_id)


class AsyncOperations(AsyncAPIClient):
    """Every operation of the API description, as an awaitable method."""

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
        return await async_call(self, _get_run.OPERATION, timeout, run_id=run_id)


__all__ = ["AsyncOperations", "SyncOperations"]
