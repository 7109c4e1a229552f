# Copied from scripts/facades/coalesce_client/_client.py by "make generate". DO NOT EDIT here: edit scripts/facades/coalesce_client/_client.py.
"""`CoalesceClient` and `AsyncCoalesceClient`: every operation of the spec (generated in `api.SyncOperations` and
`api.AsyncOperations`: typed errors, retries, timeouts, argument checks), plus region selection and run polling
(`wait_for_run`)."""

from __future__ import annotations

import logging
import os
import ssl
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, Final

import httpx
from synq_coalesce_core.auth import BearerTokenAuth
from synq_coalesce_core.base_client import user_agent
from synq_coalesce_core.clock import Clock
from synq_coalesce_core.exceptions import APIError, ConfigurationError
from synq_coalesce_core.limits import DEFAULT_MAX_RESPONSE_BYTES
from synq_coalesce_core.options import DEFAULT_TIMEOUT, TimeoutTypes, capped_timeout
from synq_coalesce_core.retry import DEFAULT_MAX_RETRIES
from synq_coalesce_core.urls import select_base_url
from synq_coalesce_core.validation import check_positive_number

from .api import AsyncOperations, SyncOperations
from .models.run import Run
from .models.run_status import RunStatus

__all__ = [
    "COALESCE_SERVERS",
    "TERMINAL_RUN_STATUSES",
    "AsyncCoalesceClient",
    "CoalesceClient",
    "RunWaitTimeout",
]

_PACKAGE = __name__.rpartition(".")[0]
_LOGGER = logging.getLogger(_PACKAGE)

COALESCE_SERVERS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "us": "https://app.coalescesoftware.io",
        "us-azure-centralus": "https://app.centralus.azure.coalescesoftware.io",
        "us-azure-eastus2": "https://app.eastus2.azure.coalescesoftware.io",
        "us-azure-westus2": "https://app.westus2.azure.coalescesoftware.io",
        "us-aws-us-east-1": "https://app.us-east-1.aws.coalescesoftware.io",
        "us-aws-us-east-1-privatelink": "https://app.us-east-1.aws.privatelink.coalescesoftware.io",
        "us-aws-us-west-2": "https://app.us-west-2.aws.coalescesoftware.io",
        "us-aws-us-west-2-privatelink": "https://app.us-west-2.aws.privatelink.coalescesoftware.io",
        "ca-gcp-northamerica-northeast1": "https://app.northamerica-northeast1.gcp.coalescesoftware.io",
        "eu": "https://app.eu.coalescesoftware.io",
        "eu-aws-eu-west-2": "https://app.eu-west-2.aws.coalescesoftware.io",
        "eu-gcp-europe-west1": "https://app.europe-west1.gcp.coalescesoftware.io",
        "au": "https://app.australia-southeast1.gcp.coalescesoftware.io",
    }
)
"""Coalesce deployments by name (docs.coalesce.io/docs/api/authentication). SSO customers whose host has a
subdomain in front (`https://<subdomain>.app.eu.coalescesoftware.io`) pass it as `base_url=`."""

DEFAULT_REGION: Final = "us"
TOKEN_ENV: Final = "COALESCE_TOKEN"
BASE_URL_ENV: Final = "COALESCE_BASE_URL"

TERMINAL_RUN_STATUSES: Final = frozenset({RunStatus.COMPLETED, RunStatus.FAILED, RunStatus.CANCELED})
"""A run in one of these statuses will not change again; every other status, known or not, is still in progress."""


class RunWaitTimeout(APIError, TimeoutError):
    """`wait_for_run` gave up before the run reached a terminal status; `last_run` is the last state seen."""

    last_run: Run

    def __init__(self, message: str, *, last_run: Run) -> None:
        super().__init__(message)
        self.last_run = last_run


def _client_settings(token: str | None, region: str | None, base_url: str | None) -> dict[str, Any]:
    if token is None:
        token = os.environ.get(TOKEN_ENV) or None
    if token is None:
        raise ConfigurationError(
            f"no Coalesce API token: pass token= or set {TOKEN_ENV} "
            "(create one in Coalesce under Deploy → Generate Access Token)"
        )
    return {
        "base_url": select_base_url(
            COALESCE_SERVERS, region=region, base_url=base_url, env_var=BASE_URL_ENV, default_region=DEFAULT_REGION
        ),
        "auth": BearerTokenAuth(token),
        "logger": _LOGGER,
        "user_agent": user_agent(_PACKAGE),
    }


def _wait_limits(timeout: object, poll_interval: object) -> tuple[float, float]:
    return check_positive_number("timeout", timeout), check_positive_number("poll_interval", poll_interval)


def _poll_timeout(timeout: httpx.Timeout, remaining: float) -> httpx.Timeout:
    """One poll's timeout: the client's, cut to the remaining wait (but 1 s at least, for the poll at the deadline)."""
    return capped_timeout(timeout, max(remaining, 1.0))


def _still_running(run: Run) -> bool:
    return run.run_status not in TERMINAL_RUN_STATUSES


def _timed_out(run: Run, waited: float) -> RunWaitTimeout:
    return RunWaitTimeout(f"run {run.id} is still {str(run.run_status)!r} after waiting {waited:g}s", last_run=run)


class CoalesceClient(SyncOperations):
    """A blocking client for the Coalesce API.

    Args:
        token: The access token (Deploy → Generate Access Token). Default: `$COALESCE_TOKEN`.
        region: A key of `COALESCE_SERVERS`, e.g. `"eu"`. Default: `$COALESCE_BASE_URL`, else `"us"`.
        base_url: Any other server, e.g. an SSO subdomain or a local mock. Must be https, except for loopback
            hosts or with `allow_insecure_http=True`.
        timeout: Seconds, an `httpx.Timeout`, or None for none. Default: 60 s (connect 5 s).
        max_retries: Retries of connection errors, timeouts, 408, 409, 429 and 5xx gateway errors. Default 2.
        max_response_bytes: The largest decoded response body; a larger one raises ResponseTooLargeError. 16 MiB.
        headers: Extra headers for every request.
        http_client / httpx_args: Your own `httpx.Client`, or arguments for the one this client creates.
        verify_ssl: TLS certificate verification; only an explicit `False` (or an `SSLContext`) changes it.
        clock: Time, sleep and jitter (tests pass a `ManualClock`).
    """

    def __init__(
        self,
        token: str | None = None,
        *,
        region: str | None = None,
        base_url: str | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        httpx_args: Mapping[str, Any] | None = None,
        verify_ssl: bool | ssl.SSLContext = True,
        allow_insecure_http: bool = False,
        clock: Clock | None = None,
    ) -> None:
        super().__init__(
            **_client_settings(token, region, base_url),
            timeout=timeout,
            max_retries=max_retries,
            max_response_bytes=max_response_bytes,
            headers=headers,
            http_client=http_client,
            httpx_args=httpx_args,
            verify_ssl=verify_ssl,
            allow_insecure_http=allow_insecure_http,
            clock=clock,
        )

    def wait_for_run(self, run_id: int, *, timeout: float = 1800.0, poll_interval: float = 10.0) -> Run:
        """Poll `get_run` every `poll_interval` seconds until the run is completed, failed or canceled.

        Returns the final `Run` (check `run_status`: a failed run is returned, not raised). No poll's timeout
        reaches past the remaining wait.

        Raises:
            RunWaitTimeout: still running after `timeout` seconds; `.last_run` holds the last state.
            Any error of `get_run` (each poll already retries transient failures).
        """
        timeout, poll_interval = _wait_limits(timeout, poll_interval)
        deadline = self._clock.monotonic() + timeout
        while True:
            run = self.get_run(run_id, timeout=_poll_timeout(self._timeout, deadline - self._clock.monotonic()))
            if not _still_running(run):
                return run
            remaining = deadline - self._clock.monotonic()
            if remaining <= 0:
                raise _timed_out(run, timeout)
            self._logger.debug("run %s is %s; polling again in %.1fs", run_id, run.run_status, poll_interval)
            self._clock.sleep(min(poll_interval, remaining))


class AsyncCoalesceClient(AsyncOperations):
    """The asyncio twin of `CoalesceClient`: the same arguments, and awaitable methods."""

    def __init__(
        self,
        token: str | None = None,
        *,
        region: str | None = None,
        base_url: str | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        httpx_args: Mapping[str, Any] | None = None,
        verify_ssl: bool | ssl.SSLContext = True,
        allow_insecure_http: bool = False,
        clock: Clock | None = None,
    ) -> None:
        super().__init__(
            **_client_settings(token, region, base_url),
            timeout=timeout,
            max_retries=max_retries,
            max_response_bytes=max_response_bytes,
            headers=headers,
            http_client=http_client,
            httpx_args=httpx_args,
            verify_ssl=verify_ssl,
            allow_insecure_http=allow_insecure_http,
            clock=clock,
        )

    async def wait_for_run(self, run_id: int, *, timeout: float = 1800.0, poll_interval: float = 10.0) -> Run:
        """Poll until the run is completed, failed or canceled; see `CoalesceClient.wait_for_run`.

        Raises:
            The same errors as `CoalesceClient.wait_for_run`.
        """
        timeout, poll_interval = _wait_limits(timeout, poll_interval)
        deadline = self._clock.monotonic() + timeout
        while True:
            run = await self.get_run(run_id, timeout=_poll_timeout(self._timeout, deadline - self._clock.monotonic()))
            if not _still_running(run):
                return run
            remaining = deadline - self._clock.monotonic()
            if remaining <= 0:
                raise _timed_out(run, timeout)
            self._logger.debug("run %s is %s; polling again in %.1fs", run_id, run.run_status, poll_interval)
            await self._clock.async_sleep(min(poll_interval, remaining))
