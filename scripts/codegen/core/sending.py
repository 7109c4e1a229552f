"""Send one request with retries (sync and async), and turn every failure into the typed exceptions.

Both loops make the same decisions through `retry.next_step`; they differ only in `await`. Logging goes to the
logger the client passes in (its package name): method, URL, status, elapsed time and retry count, never headers or
bodies, so tokens and secrets cannot reach the log.
"""

from __future__ import annotations

import logging
from typing import Any

import httpx

from .clock import Clock
from .exceptions import APIConnectionError, APIError, APIStatusError, APITimeoutError
from .redact import safe_url
from .retry import Outcome, Retry, RetryPolicy, next_step
from .status_errors import StatusErrors

__all__ = ["async_send_with_retries", "send_with_retries"]


def send_with_retries(
    client: httpx.Client,
    request: httpx.Request,
    *,
    auth: httpx.Auth | None,
    policy: RetryPolicy,
    errors: StatusErrors[Any],
    logger: logging.Logger,
    clock: Clock,
) -> httpx.Response:
    """The 2xx response to `request`, or the typed APIError for what happened on the last attempt."""
    retries = 0
    while True:
        started = clock.monotonic()
        outcome: Outcome
        try:
            outcome = client.send(request, auth=auth)
        except (httpx.RequestError, APIStatusError) as error:
            outcome = error
        step = _judge(request, outcome, retries, started, policy=policy, logger=logger, clock=clock)
        if step is None:
            return _finish(request, outcome, retries, errors)
        if isinstance(outcome, httpx.Response):
            outcome.close()
        clock.sleep(step.delay)
        retries += 1


async def async_send_with_retries(
    client: httpx.AsyncClient,
    request: httpx.Request,
    *,
    auth: httpx.Auth | None,
    policy: RetryPolicy,
    errors: StatusErrors[Any],
    logger: logging.Logger,
    clock: Clock,
) -> httpx.Response:
    """The 2xx response to `request`, or the typed APIError for what happened on the last attempt."""
    retries = 0
    while True:
        started = clock.monotonic()
        outcome: Outcome
        try:
            outcome = await client.send(request, auth=auth)
        except (httpx.RequestError, APIStatusError) as error:
            outcome = error
        step = _judge(request, outcome, retries, started, policy=policy, logger=logger, clock=clock)
        if step is None:
            return _finish(request, outcome, retries, errors)
        if isinstance(outcome, httpx.Response):
            await outcome.aclose()
        await clock.async_sleep(step.delay)
        retries += 1


def _judge(
    request: httpx.Request,
    outcome: Outcome,
    retries: int,
    started: float,
    *,
    policy: RetryPolicy,
    logger: logging.Logger,
    clock: Clock,
) -> Retry | None:
    """Log the attempt, then decide: a Retry, or None to finish."""
    elapsed = clock.monotonic() - started
    if logger.isEnabledFor(logging.DEBUG):
        url, result = safe_url(request.url), _result(outcome)
        logger.debug("%s %s -> %s in %.3fs (attempt %d)", request.method, url, result, elapsed, retries + 1)
    if isinstance(outcome, httpx.Response) and outcome.is_success:  # the common case: nothing to decide
        return None
    step = next_step(policy, retries_done=retries, outcome=outcome, now=clock.time(), random=clock.random())
    if step is not None:
        logger.info(
            "retrying %s %s in %.2fs after %s (retry %d of %d)",
            request.method,
            safe_url(request.url),
            step.delay,
            step.reason,
            retries + 1,
            policy.max_retries,
        )
    return step


def _result(outcome: Outcome) -> str:
    if isinstance(outcome, httpx.Response):
        return f"{outcome.status_code} {outcome.reason_phrase}".rstrip()
    if isinstance(outcome, APIStatusError):
        return f"{outcome.status_code} from the auth flow"
    return type(outcome).__name__


def _finish(request: httpx.Request, outcome: Outcome, retries: int, errors: StatusErrors[Any]) -> httpx.Response:
    """Return a 2xx response; raise the typed error (the vendor's class, from `errors`) for anything else."""
    if isinstance(outcome, httpx.Response):
        if outcome.is_success:
            return outcome
        status = errors.from_response(outcome)
        status.attempts = retries + 1
        raise status
    if isinstance(outcome, APIStatusError):  # from the auth flow (the OAuth2 token request)
        outcome = errors.retype(outcome)
    if isinstance(outcome, APIError):
        outcome.attempts = retries + 1
        raise outcome
    where = f"{request.method} {safe_url(request.url)}"
    error: APIConnectionError
    if isinstance(outcome, httpx.TimeoutException):
        error = APITimeoutError(f"{where} timed out ({type(outcome).__name__}){_after(retries)}", request=request)
    else:
        error = APIConnectionError(
            f"{where} failed ({type(outcome).__name__}: {outcome}){_after(retries)}", request=request
        )
    error.attempts = retries + 1
    raise error from outcome


def _after(retries: int) -> str:
    return f" after {retries + 1} attempts" if retries else ""
