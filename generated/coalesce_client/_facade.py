# Copied from scripts/facades/coalesce_client/_facade.py by "make generate". DO NOT EDIT here: edit scripts/facades/coalesce_client/_facade.py.
"""`CoalesceClient` and `AsyncCoalesceClient`: every operation of the spec (generated in `api.SyncOperations` and
`api.AsyncOperations`: typed errors, retries, timeouts, argument checks), plus region selection, run polling
(`wait_for_run`) and starting a job and waiting for it (`run_job`)."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import ssl
import warnings
from collections.abc import Iterable, Iterator, Mapping
from types import MappingProxyType
from typing import Any, Final, Literal, overload

import attrs
import httpx
from synq_coalesce_core.auth import BearerTokenAuth, credentials_of
from synq_coalesce_core.base_client import ClientBase, HttpClient
from synq_coalesce_core.clock import SYSTEM_CLOCK, Clock
from synq_coalesce_core.deadline import total_timeout, wait_deadline
from synq_coalesce_core.exceptions import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    ConfigurationError,
    RequestValidationError,
    scrubbed,
)
from synq_coalesce_core.logs import configure_from_environment
from synq_coalesce_core.options import (
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    ClientOptions,
    TimeoutTypes,
    to_timeout,
)
from synq_coalesce_core.redact import scrub_secrets, secret_repr
from synq_coalesce_core.retry import RETRY_STATUSES
from synq_coalesce_core.settings import VendorSettings, select_base_url
from synq_coalesce_core.validation import check_positive_number, check_string_list

from .api import AsyncOperations, SyncOperations
from .models.refresh_run_details import RefreshRunDetails
from .models.run import Run
from .models.run_counter_response import RunCounterResponse
from .models.run_parameters import RunParameters
from .models.run_result import RunResult
from .models.run_results_response import RunResultsResponse
from .models.run_status import RUN_STATUS_FINAL_VALUES, RUN_STATUS_SUCCESS_VALUES, RunStatus
from .models.run_user_credentials import RunUserCredentials
from .models.start_run_details import StartRunDetails
from .models.start_run_request import StartRunRequest

__all__ = [
    "COALESCE_SERVERS",
    "DEFAULT_MAX_WAIT",
    "TERMINAL_RUN_STATUSES",
    "AsyncCoalesceClient",
    "CoalesceClient",
    "RunFailedError",
    "RunWaitTimeout",
]

_PACKAGE = __name__.rpartition(".")[0]
_LOGGER = logging.getLogger(_PACKAGE)
configure_from_environment(_LOGGER)  # $SYNQ_COALESCE_LOG

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

TERMINAL_RUN_STATUSES: Final = RUN_STATUS_FINAL_VALUES
"""A run in one of these statuses will not change again; every other status, known or not, is still in progress.
The spec says which (`x-final-values` on `RunStatus`, overlays/coalesce.overlay.yaml)."""

DEFAULT_MAX_WAIT: Final = 1800.0
"""How long `wait_for_run` waits in all, by default (seconds)."""


class RunWaitTimeout(APIError, TimeoutError):
    """`wait_for_run` gave up before the run reached a final status; `last_run` is the last state seen."""

    last_run: Run

    def __init__(self, message: str, *, last_run: Run) -> None:
        super().__init__(message)
        self.last_run = last_run


class RunFailedError(APIError):
    """A run ended in a final status that is not a success (`failed`, `canceled`, or a status of your
    `final_statuses`): raised by `run_job` and by `wait_for_run(..., raise_on_failure=True)`. `run` is the run as
    last polled; `failed_nodes` (from `run_job` only) the results of the nodes that failed, named in the message."""

    run: Run
    failed_nodes: tuple[RunResult, ...]

    def __init__(self, message: str, *, run: Run, failed_nodes: Iterable[RunResult] = ()) -> None:
        super().__init__(message)
        self.run = run
        self.failed_nodes = tuple(failed_nodes)


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
    LAST_POLL seconds before the deadline, so it has time to answer; after it the wait is over.

    A poll that fails with an error the send loop retries (connection errors, timeouts, 408, 409, 429, 5xx gateway
    errors) after its own retries does not end the wait: the next poll follows after `poll_interval` (or the
    server's `Retry-After`), as long as time is left. Any other error ends it. A poll that fails because the wait ran
    out (cut short by the deadline, or ending past it) gives up like a poll that saw the run still going:
    RunWaitTimeout with the last state seen, raised from the poll's error (or the error itself, with no state seen).
    """

    def __init__(
        self,
        client: ClientBase[Any],
        run_id: int,
        total: tuple[object, object],
        poll_interval: object,
        final_statuses: object,
        raise_on_failure: bool,
    ) -> None:
        self.total = _total_wait(*total)  # (max_wait, the deprecated timeout)
        self.interval = check_positive_number("poll_interval", poll_interval)
        self.final = _statuses(final_statuses)
        self.raise_on_failure = raise_on_failure
        self.options = options = client._options
        self.secrets = credentials_of(client._auth)  # a status the client does not know is quoted as sent
        self.run_id = run_id
        self.deadline = options.clock.monotonic() + self.total
        self.last = False
        self.last_run: Run | None = None
        self.failure: APIError | None = None

    @contextlib.contextmanager
    def polling(self) -> Iterator[None]:
        """The scope of one poll: nothing in it reaches past the wait's deadline. A transient failure with time left
        for another poll is kept in `failure` (and not raised): the next `pause` sleeps before that poll."""
        own = total_timeout(self.options.timeout.as_dict())
        cut = own is None or self.deadline - self.options.clock.monotonic() < own  # the wait bounds this poll
        self.failure = None
        try:
            with wait_deadline(self.deadline):
                yield
        except APIError as error:
            remaining = self.deadline - self.options.clock.monotonic()
            over = remaining <= 0 or (cut and isinstance(error, APITimeoutError))
            if not over and _transient(error):
                asked = getattr(error, "retry_after", None) or 0.0
                if not self.last and asked < remaining:
                    self.failure = error
                    return
                over = True  # no time for another poll
            if self.last_run is None or not over:
                raise
            raise self._given_up(self.last_run) from error

    def pause(self, run: Run | None) -> float | None:
        """None when `run` is final (RunFailedError when it failed and the caller asked for that); else the seconds
        to sleep before the next poll (`run` is None after a transient failure). RunWaitTimeout past the wait."""
        if run is not None and str(run.run_status) in self.final:
            if self.raise_on_failure and run.run_status not in RUN_STATUS_SUCCESS_VALUES:
                raise scrubbed(RunFailedError(_failure_message(run), run=run), self.secrets)
            return None
        if run is not None:
            self.last_run = run
        remaining = self.deadline - self.options.clock.monotonic()
        if self.last or remaining <= 0:
            if self.last_run is None:  # no state seen: a transient failure was the last word
                raise self.failure or APIError(f"run {self.run_id}: no poll succeeded")
            raise self._given_up(self.last_run)
        asked = getattr(self.failure, "retry_after", None) or 0.0
        pause = max(self.interval, asked)
        if remaining <= pause:  # the next poll is the last: it starts early enough to be answered
            self.last = True
            pause = max(asked, remaining - min(LAST_POLL, remaining / 2))
        if run is None:
            what = f"could not be polled ({self.failure})"
        else:
            what = f"is {scrub_secrets(str(run.run_status), self.secrets)!r}"
        self.options.logger.info("run %s %s; polling again in %.1fs", self.run_id, what, pause)
        return pause

    def _given_up(self, run: Run) -> APIError:
        message = f"run {run.id} is still {str(run.run_status)!r} after waiting {self.total:g}s"
        return scrubbed(RunWaitTimeout(message, last_run=run), self.secrets)


def _total_wait(max_wait: object, timeout: object) -> float:
    """`max_wait`, or the deprecated `timeout` (the same total wait, under the name that means a per-request limit
    everywhere else)."""
    if timeout is None:
        return check_positive_number("max_wait", max_wait)
    warnings.warn(
        "wait_for_run(timeout=) is deprecated: pass max_wait= (the total wait; timeout= is a per-request limit "
        "everywhere else in this client)",
        DeprecationWarning,
        stacklevel=4,
    )
    if max_wait != DEFAULT_MAX_WAIT:
        raise RequestValidationError("pass max_wait= or the deprecated timeout=, not both", field="timeout")
    return check_positive_number("timeout", timeout)


def _statuses(final_statuses: object) -> frozenset[str]:
    """The values of the statuses a caller counts as final (default: the spec's `x-final-values`)."""
    if final_statuses is None:
        return frozenset(str(status) for status in RUN_STATUS_FINAL_VALUES)
    return frozenset(str(status) for status in check_string_list("final_statuses", final_statuses, min_items=1))


def _transient(error: APIError) -> bool:
    """An error the send loop retries, so one a later poll may not meet."""
    if isinstance(error, APIStatusError):
        return error.status_code in RETRY_STATUSES
    return isinstance(error, APIConnectionError)


def _failure_message(run: Run) -> str:
    """`run 42 (refresh) ended 'failed': started ..., ended ..., environment 3, job 420 'nightly'`."""
    facts = []
    for label, moment in (("started", run.run_start_time), ("ended", run.run_end_time)):
        if moment is not None:
            facts.append(f"{label} {moment.isoformat()}")
    details = run.run_details
    # Every variant has environmentID; the `UnknownVariant` the union holds once no variant fits every body has no
    # attributes (its hint appears when each variant gets a required key of its own).
    environment = getattr(details, "environment_id", None)
    if isinstance(environment, str):
        facts.append(f"environment {environment}")
    if isinstance(details, RefreshRunDetails) and details.job_id is not None:
        name = "" if details.job_name is None else f" {details.job_name!r}"
        facts.append(f"job {details.job_id}{name}")
    return f"run {run.id} ({run.run_type}) ended {str(run.run_status)!r}: {', '.join(facts)}"


MAX_NODES_NAMED: Final = 10
"""How many failed nodes a RunFailedError's message names (all of them are in `failed_nodes`)."""


class _JobRun:
    """What `run_job` does besides calling the API, shared by the sync and the async client: check every argument
    before the run is started, build the startRun body, and turn a run that failed into RunFailedError."""

    def __init__(
        self,
        client: ClientBase[Any],
        *,
        environment_id: object,
        job_id: object,
        include_nodes_selector: str | None,
        exclude_nodes_selector: str | None,
        parallelism: int | None,
        user_credentials: RunUserCredentials | None,
        parameters: Mapping[str, Any] | None,
        wait: tuple[object, object],
    ) -> None:
        check_positive_number("max_wait", wait[0])  # a bad wait must not surface after a run was started
        check_positive_number("poll_interval", wait[1])
        details: dict[str, Any] = {"environment_id": _id_text("environment_id", environment_id)}
        if job_id is not None:
            details["job_id"] = _id_text("job_id", job_id)
        optional = {
            "include_nodes_selector": include_nodes_selector,
            "exclude_nodes_selector": exclude_nodes_selector,
            "parallelism": parallelism,
        }
        details |= {name: value for name, value in optional.items() if value is not None}
        body: dict[str, Any] = {"run_details": StartRunDetails(**details)}
        if user_credentials is not None:
            body["user_credentials"] = user_credentials
        if parameters is not None:
            body["parameters"] = RunParameters.from_dict(dict(parameters))
        self.request = StartRunRequest(**body)
        self.logger = client._options.logger
        self.secrets = credentials_of(client._auth) + _secret_values(user_credentials)

    def started(self, answer: RunCounterResponse) -> int:
        run_id = answer.run_counter
        details = self.request.run_details
        job = "" if details.job_id is None else f", job {details.job_id}"
        self.logger.info("started run %s (environment %s%s)", run_id, details.environment_id, job)
        return int(run_id)

    @staticmethod
    def failed(run: Run) -> bool:
        return run.run_status not in RUN_STATUS_SUCCESS_VALUES

    def failure(self, run: Run, results: RunResultsResponse | APIError) -> APIError:
        """RunFailedError for `run`, naming the nodes that failed (or why they could not be fetched)."""
        if isinstance(results, APIError):
            nodes: list[RunResult] = []
            named = f"; its node results could not be fetched ({results})"
        else:
            nodes = [_scrubbed_node(node, self.secrets) for node in results.data if _node_failed(node)]
            listed = [_node_line(node) for node in nodes[:MAX_NODES_NAMED]]
            if len(nodes) > MAX_NODES_NAMED:
                listed.append(f"and {len(nodes) - MAX_NODES_NAMED} more")
            named = f"; failed nodes: {', '.join(listed)}" if nodes else "; no node reported a failure"
        error = RunFailedError(_failure_message(run) + named, run=run, failed_nodes=nodes)
        return scrubbed(error, self.secrets)


def _secret_values(model: object) -> list[str]:
    """The values of a model's secret fields (the spec's `format: password`, shown as `secret_repr` in its repr):
    what no error may quote, even when a server echoes them back."""
    kind = type(model)
    if not attrs.has(kind):
        return []
    fields = attrs.fields(kind)
    return [
        value for field in fields if field.repr is secret_repr and isinstance(value := getattr(model, field.name), str)
    ]


def _id_text(field: str, value: object) -> str:
    """An environment or job ID as the startRun body writes it (a string); an integer is written in decimal."""
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise RequestValidationError(f"{field} must be a string or an integer, got {type(value).__name__}", field=field)
    text = str(value)
    if not text.strip():
        raise RequestValidationError(f"{field} must be a non-empty string", field=field)
    return text


def _node_failed(node: RunResult) -> bool:
    """A node failed when one of its queries (or its render query) reports `success: false`."""
    queries = [*node.query_results]
    if node.render_query_result is not None:
        queries.append(node.render_query_result)
    return any(query.success is False for query in queries)


def _scrubbed_node(node: RunResult, secrets: list[str]) -> RunResult:
    """`node`, or a copy with each of `secrets` a server echoed into it replaced by `[redacted]`."""
    text = json.dumps(node.to_dict())
    clean = scrub_secrets(text, secrets)
    return node if clean == text else RunResult.from_dict(json.loads(clean))


def _node_line(node: RunResult) -> str:
    """`STG_ORDERS (SQL compilation error: ...)`: the node and its first query error, when one is given."""
    for query in node.query_results:
        if not query.success and query.error is not None:
            return f"{node.name} ({query.error.error_string})"
    return node.name


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
        clock: Time, sleep and jitter (tests pass a `synq_coalesce_core.clock.ManualClock`).
    """

    def wait_for_run(
        self,
        run_id: int,
        *,
        max_wait: float = DEFAULT_MAX_WAIT,
        poll_interval: float = 10.0,
        final_statuses: Iterable[RunStatus | str] | None = None,
        raise_on_failure: bool = False,
        timeout: float | None = None,
    ) -> Run:
        """Poll `get_run` every `poll_interval` seconds until the run reaches a final status, for at most `max_wait`
        seconds in all.

        The final statuses are the spec's (`TERMINAL_RUN_STATUSES`: completed, failed, canceled), or
        `final_statuses` (values or `RunStatus` members; e.g. `TERMINAL_RUN_STATUSES | {"archived"}`). Any other
        status, known or not, is still in progress. Each poll retries transient failures (connection errors,
        timeouts, 429, 5xx gateway errors); when they persist the wait goes on with the next poll. No poll, retry or
        sleep reaches past the time left: a poll that would is cut short, a retry that would is not made. Progress
        is logged at INFO on the `coalesce_client` logger.

        Args:
            run_id: The run to wait for.
            max_wait: Seconds to wait in all (default 30 minutes).
            poll_interval: Seconds between polls.
            final_statuses: The statuses that end the wait, instead of `TERMINAL_RUN_STATUSES`.
            raise_on_failure: Raise RunFailedError when the run ends in a final status that is not a success
                (anything but `completed`); by default the final run is returned whatever its status.
            timeout: Deprecated name of `max_wait` (a DeprecationWarning): elsewhere `timeout` is a per-request limit.

        Raises:
            RunFailedError: with `raise_on_failure=True`, the run failed or was canceled; `.run` holds it.
            RunWaitTimeout: still running after `max_wait` seconds, or a later poll failed because the wait ran out
                (raised from its error); `.last_run` holds the last state seen.
            RequestValidationError: a bad `run_id`, `max_wait`, `poll_interval` or `final_statuses` (nothing sent).
            Any error of `get_run` that is not transient (401, 404, ...), and a transient one when the wait ends
                before any poll succeeded (APITimeoutError when the first poll is cut short).
        """
        wait = _RunWait(self, run_id, (max_wait, timeout), poll_interval, final_statuses, raise_on_failure)
        while True:
            run = None
            with wait.polling():
                run = self.get_run(run_id)
            pause = wait.pause(run)
            if pause is None and run is not None:
                return run
            self._options.clock.sleep(pause or 0.0)

    @overload
    def run_job(
        self,
        *,
        environment_id: str | int,
        job_id: str | int | None = ...,
        wait: Literal[True] = ...,
        raise_on_failure: bool = ...,
        include_nodes_selector: str | None = ...,
        exclude_nodes_selector: str | None = ...,
        parallelism: int | None = ...,
        user_credentials: RunUserCredentials | None = ...,
        parameters: Mapping[str, Any] | None = ...,
        max_wait: float = ...,
        poll_interval: float = ...,
    ) -> Run: ...

    @overload
    def run_job(
        self,
        *,
        environment_id: str | int,
        job_id: str | int | None = ...,
        wait: Literal[False],
        raise_on_failure: bool = ...,
        include_nodes_selector: str | None = ...,
        exclude_nodes_selector: str | None = ...,
        parallelism: int | None = ...,
        user_credentials: RunUserCredentials | None = ...,
        parameters: Mapping[str, Any] | None = ...,
        max_wait: float = ...,
        poll_interval: float = ...,
    ) -> int: ...

    def run_job(
        self,
        *,
        environment_id: str | int,
        job_id: str | int | None = None,
        wait: bool = True,
        raise_on_failure: bool = True,
        include_nodes_selector: str | None = None,
        exclude_nodes_selector: str | None = None,
        parallelism: int | None = None,
        user_credentials: RunUserCredentials | None = None,
        parameters: Mapping[str, Any] | None = None,
        max_wait: float = DEFAULT_MAX_WAIT,
        poll_interval: float = 10.0,
    ) -> Run | int:
        """Start a refresh of a job (`POST /scheduler/startRun`) and, by default, wait for it to end.

        Every call starts a new run (startRun is not idempotent: which of its failures are retried is the client's
        policy for such operations, README "Retries"). Waiting is `wait_for_run` (the same polling, limits and errors). When the run ends in a final status
        that is not a success, its node results are fetched (`runs_list_results`) and RunFailedError names the
        nodes that failed: those with a query that reports `success: false`.

        Args:
            environment_id: The environment to refresh (a string in the API; an integer is written in decimal).
            job_id: The job to run; None refreshes the whole environment (or the selectors' nodes).
            wait: Wait for the run to end and return it; False returns the run ID as soon as the run is started.
            raise_on_failure: Raise RunFailedError when the run fails or is canceled; False returns the run.
            include_nodes_selector / exclude_nodes_selector / parallelism: The startRun `runDetails` fields.
            user_credentials: Snowflake credentials; omit them for an environment with an OAuth connection.
            parameters: The run's parameters.
            max_wait / poll_interval: As for `wait_for_run`; checked before the run is started.

        Returns:
            The ended run (`wait=True`), or the new run's ID (`wait=False`).

        Raises:
            RunFailedError: the run failed or was canceled; `.run` holds it, `.failed_nodes` the failed nodes.
            RunWaitTimeout: still running after `max_wait` seconds; `.last_run` holds the last state seen.
            RequestValidationError: a bad argument (nothing sent, no run started).
            Any error of `jobs_initiate_run` (no run was started, or the outcome is unknown) or of `wait_for_run`.
        """
        job = _JobRun(
            self,
            environment_id=environment_id,
            job_id=job_id,
            include_nodes_selector=include_nodes_selector,
            exclude_nodes_selector=exclude_nodes_selector,
            parallelism=parallelism,
            user_credentials=user_credentials,
            parameters=parameters,
            wait=(max_wait, poll_interval),
        )
        run_id = job.started(self.jobs_initiate_run(body=job.request))
        if not wait:
            return run_id
        run = self.wait_for_run(run_id, max_wait=max_wait, poll_interval=poll_interval)
        if not (raise_on_failure and job.failed(run)):
            return run
        try:
            results = self.runs_list_results(run_id)
        except APIError as error:
            raise job.failure(run, error) from error
        raise job.failure(run, results)


class AsyncCoalesceClient(_CoalesceConstructor[httpx.AsyncClient], AsyncOperations):
    """The asyncio twin of `CoalesceClient`: the same arguments, and awaitable methods."""

    async def wait_for_run(
        self,
        run_id: int,
        *,
        max_wait: float = DEFAULT_MAX_WAIT,
        poll_interval: float = 10.0,
        final_statuses: Iterable[RunStatus | str] | None = None,
        raise_on_failure: bool = False,
        timeout: float | None = None,
    ) -> Run:
        """Poll until the run reaches a final status; see `CoalesceClient.wait_for_run`.

        Raises:
            The same errors as `CoalesceClient.wait_for_run`.
        """
        wait = _RunWait(self, run_id, (max_wait, timeout), poll_interval, final_statuses, raise_on_failure)
        while True:
            run = None
            with wait.polling():
                run = await self.get_run(run_id)
            pause = wait.pause(run)
            if pause is None and run is not None:
                return run
            await self._options.clock.async_sleep(pause or 0.0)

    @overload
    async def run_job(
        self,
        *,
        environment_id: str | int,
        job_id: str | int | None = ...,
        wait: Literal[True] = ...,
        raise_on_failure: bool = ...,
        include_nodes_selector: str | None = ...,
        exclude_nodes_selector: str | None = ...,
        parallelism: int | None = ...,
        user_credentials: RunUserCredentials | None = ...,
        parameters: Mapping[str, Any] | None = ...,
        max_wait: float = ...,
        poll_interval: float = ...,
    ) -> Run: ...

    @overload
    async def run_job(
        self,
        *,
        environment_id: str | int,
        job_id: str | int | None = ...,
        wait: Literal[False],
        raise_on_failure: bool = ...,
        include_nodes_selector: str | None = ...,
        exclude_nodes_selector: str | None = ...,
        parallelism: int | None = ...,
        user_credentials: RunUserCredentials | None = ...,
        parameters: Mapping[str, Any] | None = ...,
        max_wait: float = ...,
        poll_interval: float = ...,
    ) -> int: ...

    async def run_job(
        self,
        *,
        environment_id: str | int,
        job_id: str | int | None = None,
        wait: bool = True,
        raise_on_failure: bool = True,
        include_nodes_selector: str | None = None,
        exclude_nodes_selector: str | None = None,
        parallelism: int | None = None,
        user_credentials: RunUserCredentials | None = None,
        parameters: Mapping[str, Any] | None = None,
        max_wait: float = DEFAULT_MAX_WAIT,
        poll_interval: float = 10.0,
    ) -> Run | int:
        """Start a refresh of a job and, by default, wait for it to end; see `CoalesceClient.run_job`.

        Raises:
            The same errors as `CoalesceClient.run_job`.
        """
        job = _JobRun(
            self,
            environment_id=environment_id,
            job_id=job_id,
            include_nodes_selector=include_nodes_selector,
            exclude_nodes_selector=exclude_nodes_selector,
            parallelism=parallelism,
            user_credentials=user_credentials,
            parameters=parameters,
            wait=(max_wait, poll_interval),
        )
        run_id = job.started(await self.jobs_initiate_run(body=job.request))
        if not wait:
            return run_id
        run = await self.wait_for_run(run_id, max_wait=max_wait, poll_interval=poll_interval)
        if not (raise_on_failure and job.failed(run)):
            return run
        try:
            results = await self.runs_list_results(run_id)
        except APIError as error:
            raise job.failure(run, error) from error
        raise job.failure(run, results)
