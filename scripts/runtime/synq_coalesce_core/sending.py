"""Send one request with retries (sync and async), and turn every failure into the typed exceptions.

Both loops make the same decisions through `retry.next_step`; they differ only in `await`. One attempt sends the
request, follows redirects only when the httpx client is set to and only to targets that may carry the token (the
Authorization header goes only to the same origin; an OAuth2 token request never follows one), and reads the body
within the attempt's deadline (`deadline`) and the size limit (`body`), cut to the caller's `wait_deadline` if
one is set. Logging goes to the logger the client passes in (its package name): method, URL, status, elapsed time
and retry count, never headers or bodies, so tokens and secrets cannot reach the log. Every credential the auth
holds (`auth.credentials_of`), and every secret field of the request (`secrets`: `format: password` in the spec),
is scrubbed from every text the raised error carries, whatever the server or httpx quoted (`exceptions.scrubbed`).
`level` is the operation's idempotency: an IDEMPOTENCY_UNKNOWN call is retried only when the server provably did
not act on it, and a failure that leaves open whether it did raises `OutcomeUnknownError` (with the spec's `hint`).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping, Sequence
from typing import Any

import httpx

from .auth import credentials_of
from .body import aread_body, read_body
from .deadline import async_deadline, bound_open_connections, capped_timeout, sync_deadline, wait_left
from .exceptions import APIConnectionError, APIError, APIStatusError, APITimeoutError, OutcomeUnknownError, scrubbed
from .idempotency import IdempotencyLevel, outcome_unknown
from .in_flight import InFlight
from .options import ClientOptions
from .redact import safe_url, scrub, scrub_response
from .retry import Outcome, Retry, next_step, parse_retry_after, policy_for
from .status_errors import StatusErrors
from .urls import may_carry_token

__all__ = ["async_send_with_retries", "send_with_retries"]


def send_with_retries(
    client: httpx.Client,
    request: httpx.Request,
    options: ClientOptions,
    errors: StatusErrors[Any],
    *,
    auth: httpx.Auth | None,
    level: IdempotencyLevel = IdempotencyLevel.NO_SIDE_EFFECTS,
    hint: str = "",
    secrets: Sequence[str] = (),
) -> httpx.Response:
    """The 2xx response to `request`, or the typed APIError (a class of `errors`) for the last attempt's outcome."""
    retries, timeout = 0, request.extensions.get("timeout", {})
    while True:
        started = _start_attempt(request, timeout, options)
        outcome = _attempt(client, request, auth, options)
        step = _judge(request, outcome, retries, started, options, level)
        if step is None:
            return _finish(request, outcome, retries, errors, options, [*credentials_of(auth), *secrets], level, hint)
        options.clock.sleep(step.delay)
        retries += 1


def _attempt(client: httpx.Client, request: httpx.Request, auth: httpx.Auth | None, options: ClientOptions) -> Outcome:
    with sync_deadline(request):
        try:
            bound_open_connections(client)
            response = client.send(request, auth=auth, stream=True, follow_redirects=False)
            hops = 0
            while (redirect := _redirect(client, response, auth, options.allow_insecure_http)) is not None:
                response.close()
                hops = _count_hop(client, hops, redirect[0])
                response = client.send(redirect[0], auth=redirect[1], stream=True, follow_redirects=False)
            response.history = []  # the auth flow's 401 and token responses: no error needs them
            read_body(response, options.max_response_bytes)
        except (httpx.RequestError, APIError) as error:
            return error
    return response


async def async_send_with_retries(
    client: httpx.AsyncClient,
    request: httpx.Request,
    options: ClientOptions,
    errors: StatusErrors[Any],
    *,
    auth: httpx.Auth | None,
    in_flight: InFlight,
    level: IdempotencyLevel = IdempotencyLevel.NO_SIDE_EFFECTS,
    hint: str = "",
    secrets: Sequence[str] = (),
) -> httpx.Response:
    """The awaitable `send_with_retries`; at most `in_flight.size` attempts of the client send at once."""
    retries, timeout = 0, request.extensions.get("timeout", {})
    while True:
        started = _start_attempt(request, timeout, options)
        outcome = await _async_attempt(client, request, auth, options, in_flight.slots())
        step = _judge(request, outcome, retries, started, options, level)
        if step is None:
            return _finish(request, outcome, retries, errors, options, [*credentials_of(auth), *secrets], level, hint)
        await options.clock.async_sleep(step.delay)
        retries += 1


async def _async_attempt(
    client: httpx.AsyncClient,
    request: httpx.Request,
    auth: httpx.Auth | None,
    options: ClientOptions,
    slots: asyncio.Semaphore,
) -> Outcome:
    try:
        async with async_deadline(request), slots:  # the wait for a slot counts against the deadline
            response = await client.send(request, auth=auth, stream=True, follow_redirects=False)
            hops = 0
            while (redirect := _redirect(client, response, auth, options.allow_insecure_http)) is not None:
                await response.aclose()
                hops = _count_hop(client, hops, redirect[0])
                response = await client.send(redirect[0], auth=redirect[1], stream=True, follow_redirects=False)
            response.history = []
            await aread_body(response, options.max_response_bytes)
    except (httpx.RequestError, APIError) as error:
        return error
    except TimeoutError:  # the deadline of async_deadline
        return httpx.ReadTimeout("the total timeout of the attempt has passed", request=request)
    return response


def _start_attempt(request: httpx.Request, timeout: Mapping[str, float | None], options: ClientOptions) -> float:
    """Give the attempt about to start the call's `timeout`, cut to what is left of a `wait_deadline`; its start."""
    now = options.clock.monotonic()
    left = wait_left(options.clock)
    if left is not None:
        request.extensions["timeout"] = capped_timeout(httpx.Timeout(**timeout), max(left, 0.0)).as_dict()
    return now


def _redirect(
    client: httpx.Client | httpx.AsyncClient,
    response: httpx.Response,
    auth: httpx.Auth | None,
    allow_insecure_http: bool,
) -> tuple[httpx.Request, httpx.Auth | None] | None:
    """The redirect to send next and its auth (only for the same origin), or None to keep `response` as it is.

    A redirect is followed only when the httpx client follows redirects and the target may carry the token.
    """
    target = response.next_request
    if target is None or not client.follow_redirects:
        return None
    if not may_carry_token(target.url, allow_insecure_http=allow_insecure_http):
        return None
    origin = response.request.url
    same_origin = (target.url.scheme, target.url.host, target.url.port) == (origin.scheme, origin.host, origin.port)
    return target, auth if same_origin else None


def _count_hop(client: httpx.Client | httpx.AsyncClient, hops: int, target: httpx.Request) -> int:
    if hops == client.max_redirects:
        raise httpx.TooManyRedirects("Exceeded maximum allowed redirects.", request=target)
    return hops + 1


def _judge(
    request: httpx.Request,
    outcome: Outcome,
    retries: int,
    started: float,
    options: ClientOptions,
    level: IdempotencyLevel,
) -> Retry | None:
    """Log the attempt, then decide: a Retry, or None to finish."""
    logger, clock = options.logger, options.clock
    elapsed = clock.monotonic() - started
    if logger.isEnabledFor(logging.DEBUG):
        url, result = safe_url(request.url), _result(outcome)
        logger.debug("%s %s -> %s in %.3fs (attempt %d)", request.method, url, result, elapsed, retries + 1)
    if isinstance(outcome, httpx.Response) and outcome.is_success:  # the common case: nothing to decide
        return None
    policy = policy_for(options.max_retries)
    step = next_step(
        policy, retries_done=retries, outcome=outcome, now=clock.time(), random=clock.random(), level=level
    )
    left = wait_left(clock)
    if step is not None and left is not None and step.delay >= left:
        return None  # the caller's wait ends before the retry could start
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


def _finish(
    request: httpx.Request,
    outcome: Outcome,
    retries: int,
    errors: StatusErrors[Any],
    options: ClientOptions,
    secrets: list[str],
    level: IdempotencyLevel,
    hint: str,
) -> httpx.Response:
    """Return a 2xx response; raise the typed error (the vendor's class, from `errors`) for anything else, with none
    of `secrets` in any text it carries: OutcomeUnknownError around it when the call may have acted and must not be
    repeated blindly."""
    if isinstance(outcome, httpx.Response) and outcome.is_success:
        return outcome
    error = _error(request, outcome, retries, errors, secrets)
    error.attempts = retries + 1
    if isinstance(error, APIStatusError):
        error.retry_after = parse_retry_after(error.headers, now=options.clock.time())
    if level is IdempotencyLevel.IDEMPOTENCY_UNKNOWN and outcome_unknown(outcome):
        error = _unknown(scrubbed(error, secrets), hint)
        error.attempts = retries + 1
    raise scrubbed(error, secrets)


def _unknown(failure: APIError, hint: str) -> OutcomeUnknownError:
    look = hint or "Check whether it took effect before calling again."
    message = (
        f"outcome unknown: {failure.message}; the request may have reached the server and taken effect, so it was "
        f"not sent again. {look}"
    )
    error = OutcomeUnknownError(message, failure=failure)
    error.__cause__ = failure
    return error


def _error(
    request: httpx.Request, outcome: Outcome, retries: int, errors: StatusErrors[Any], secrets: list[str]
) -> APIError:
    if isinstance(outcome, httpx.Response):
        return errors.from_response(scrub_response(outcome, secrets))  # the error model parsed from the clean body
    if isinstance(outcome, APIError):  # already typed: the auth flow's (the OAuth2 token request), a too-large body
        return outcome
    where = f"{request.method} {safe_url(request.url)}"
    if isinstance(outcome, httpx.TimeoutException):
        error: APIError = APITimeoutError(
            f"{where} timed out ({type(outcome).__name__}){_after(retries)}", request=request
        )
    else:
        detail = scrub(f"{type(outcome).__name__}: {outcome}", request.headers, secrets)
        error = APIConnectionError(f"{where} failed ({detail}){_after(retries)}", request=request)
    error.__cause__ = outcome  # dropped by `scrubbed` when it quotes a credential
    return error


def _after(retries: int) -> str:
    return f" after {retries + 1} attempts" if retries else ""
