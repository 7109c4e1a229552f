# Copied from scripts/facades/coalesce_client/_facade.py by "make generate". DO NOT EDIT here: edit scripts/facades/coalesce_client/_facade.py.
"""`CoalesceClient` and `AsyncCoalesceClient`: every operation of the spec (generated in `api.SyncOperations` and
`api.AsyncOperations`: typed errors, retries, timeouts, argument checks), plus region selection and run polling
(`wait_for_run`)."""

from __future__ import annotations

import contextlib
import logging
import os
import ssl
from collections.abc import Iterator, Mapping
from types import MappingProxyType
from typing import Any, Final

import httpx
from synq_coalesce_core.auth import BearerTokenAuth, credentials_of
from synq_coalesce_core.base_client import ClientBase, HttpClient
from synq_coalesce_core.clock import SYSTEM_CLOCK, Clock
from synq_coalesce_core.deadline import total_timeout, wait_deadline
from synq_coalesce_core.exceptions import APIError, APITimeoutError, ConfigurationError, scrubbed
from synq_coalesce_core.options import (
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    ClientOptions,
    TimeoutTypes,
    to_timeout,
)
from synq_coalesce_core.settings import VendorSettings, select_base_url
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


def _settings(token: str | None, region: str | None, base_url: str | None) -> VendorSettings:
    if token is None:
        token = os.environ.get(TOKEN_ENV) or None
    if token is None:
        raise ConfigurationError(
            f"no Coalesce API token: pass token= or set {TOKEN_ENV} "
            "(create one in Coalesce under Deploy → Generate Access Token)"
        )
    server = select_base_url(
        COALESCE_SERVERS, region=region, base_url=base_url, env_var=BASE_URL_ENV, default_region=DEFAULT_REGION
    )
    return VendorSettings(server, BearerTokenAuth(token), _PACKAGE)


LAST_POLL: Final = 1.0
"""The time the last poll of `wait_for_run` gets before its deadline (half the time left, when less is left)."""


class _RunWait:
    """The decisions of `wait_for_run`, shared by the sync and the async client (as `retry.next_step` is by the send
    loops): the deadline every poll runs under (`deadline.wait_deadline`: its attempts, retries and `Retry-After`
    sleeps all end by then), and after each poll whether to stop, give up or sleep. The last poll starts up to
    LAST_POLL seconds before the deadline, so it has time to answer; after it the wait is over. A poll after the first
    that fails because the wait ran out (cut short by the deadline, or ending past it) gives up like a poll that saw
    the run still going: RunWaitTimeout with the last state seen, raised from the poll's error."""

    def __init__(self, client: ClientBase[Any], run_id: int, timeout: object, poll_interval: object) -> None:
        self.total = check_positive_number("timeout", timeout)
        self.interval = check_positive_number("poll_interval", poll_interval)
        self.options = options = client._options
        self.secrets = credentials_of(client._auth)  # a status the client does not know is quoted as sent
        self.run_id = run_id
        self.deadline = options.clock.monotonic() + self.total
        self.last = False
        self.last_run: Run | None = None

    @contextlib.contextmanager
    def polling(self) -> Iterator[None]:
        """The scope of one poll: nothing in it reaches past the wait's deadline."""
        own = total_timeout(self.options.timeout.as_dict())
        cut = own is None or self.deadline - self.options.clock.monotonic() < own  # the wait bounds this poll
        try:
            with wait_deadline(self.deadline):
                yield
        except APIError as error:
            over = self.options.clock.monotonic() >= self.deadline
            if self.last_run is None or not (over or (cut and isinstance(error, APITimeoutError))):
                raise
            raise self._given_up(self.last_run) from error

    def pause(self, run: Run) -> float | None:
        """None when `run` is final; else the seconds to sleep before the next poll. RunWaitTimeout past the wait."""
        if run.run_status in TERMINAL_RUN_STATUSES:
            return None
        self.last_run = run
        remaining = self.deadline - self.options.clock.monotonic()
        if self.last or remaining <= 0:
            raise self._given_up(run)
        pause = self.interval
        if remaining <= self.interval:  # the next poll is the last: it starts early enough to be answered
            self.last = True
            pause = remaining - min(LAST_POLL, remaining / 2)
        self.options.logger.debug("run %s is %s; polling again in %.1fs", self.run_id, run.run_status, pause)
        return pause

    def _given_up(self, run: Run) -> APIError:
        message = f"run {run.id} is still {str(run.run_status)!r} after waiting {self.total:g}s"
        return scrubbed(RunWaitTimeout(message, last_run=run), self.secrets)


class _CoalesceConstructor(ClientBase[HttpClient]):
    """The constructor of `CoalesceClient` and `AsyncCoalesceClient`, written once (see their docstrings)."""

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
        http_client: HttpClient | None = None,
        httpx_args: Mapping[str, Any] | None = None,
        verify_ssl: bool | ssl.SSLContext = True,
        allow_insecure_http: bool = False,
        clock: Clock | None = None,
    ) -> None:
        settings = _settings(token, region, base_url)
        options = ClientOptions(
            timeout=to_timeout(timeout),
            max_retries=max_retries,
            max_response_bytes=max_response_bytes,
            headers=headers or {},
            allow_insecure_http=allow_insecure_http,
            clock=clock or SYSTEM_CLOCK,
            logger=_LOGGER,
        )
        super().__init__(settings, options, http_client=http_client, httpx_args=httpx_args, verify_ssl=verify_ssl)


class CoalesceClient(_CoalesceConstructor[httpx.Client], SyncOperations):
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

    def wait_for_run(self, run_id: int, *, timeout: float = 1800.0, poll_interval: float = 10.0) -> Run:
        """Poll `get_run` every `poll_interval` seconds until the run is completed, failed or canceled.

        Returns the final `Run` (check `run_status`: a failed run is returned, not raised). No poll, retry or
        `Retry-After` sleep reaches past the remaining wait: a poll that would is cut short, a retry that would is
        not made.

        Raises:
            RunWaitTimeout: still running after `timeout` seconds, or a poll after the first failed because the wait
                ran out (raised from its error); `.last_run` holds the last state seen.
            Any error of `get_run` (each poll already retries transient failures); APITimeoutError when the first
                poll is cut short.
        """
        wait = _RunWait(self, run_id, timeout, poll_interval)
        while True:
            with wait.polling():
                run = self.get_run(run_id)
            pause = wait.pause(run)
            if pause is None:
                return run
            self._options.clock.sleep(pause)


class AsyncCoalesceClient(_CoalesceConstructor[httpx.AsyncClient], AsyncOperations):
    """The asyncio twin of `CoalesceClient`: the same arguments, and awaitable methods."""

    async def wait_for_run(self, run_id: int, *, timeout: float = 1800.0, poll_interval: float = 10.0) -> Run:
        """Poll until the run is completed, failed or canceled; see `CoalesceClient.wait_for_run`.

        Raises:
            The same errors as `CoalesceClient.wait_for_run`.
        """
        wait = _RunWait(self, run_id, timeout, poll_interval)
        while True:
            with wait.polling():
                run = await self.get_run(run_id)
            pause = wait.pause(run)
            if pause is None:
                return run
            await self._options.clock.async_sleep(pause)
