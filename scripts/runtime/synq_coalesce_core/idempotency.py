"""Whether an operation may be sent again: its level in the API description, and what proves a request was not acted on.

The generator writes each operation's `x-idempotency-level` (or its HTTP method's default: GET NO_SIDE_EFFECTS, PUT
and DELETE IDEMPOTENT, POST and PATCH IDEMPOTENCY_UNKNOWN) into its `Operation`. The send loop retries
NO_SIDE_EFFECTS and IDEMPOTENT operations on every transient failure (`retry`). An IDEMPOTENCY_UNKNOWN operation
(starting a run: each call starts one) is retried only after an outcome that proves the server did not act on it
(`not_acted_on`); after any other failure it may have taken effect, and the call raises `OutcomeUnknownError`.
"""

from __future__ import annotations

import enum

import httpx

from .exceptions import APIStatusError

__all__ = ["IdempotencyLevel", "not_acted_on", "outcome_unknown"]


class IdempotencyLevel(enum.Enum):
    """The proto option's names (`option idempotency_level = ...`), as the API description's `x-idempotency-level`."""

    NO_SIDE_EFFECTS = "NO_SIDE_EFFECTS"
    IDEMPOTENT = "IDEMPOTENT"
    IDEMPOTENCY_UNKNOWN = "IDEMPOTENCY_UNKNOWN"


NOT_CONNECTED = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
"""Failures before any byte of the request left: no connection could be made (refused, DNS, TLS handshake), or none
was free in the pool in time."""


def not_acted_on(outcome: httpx.Response | Exception) -> bool:
    """Whether `outcome` proves the server did not act on the request:

    - no connection (`NOT_CONNECTED`): nothing was sent;
    - an error of the OAuth2 token request (an `APIStatusError` as an outcome): the call itself was not sent;
    - 429 Too Many Requests: the server refused it for the rate limit (RFC 6585 §4) before handling it;
    - 503 Service Unavailable with `Retry-After` (or `retry-after-ms`): the server says it cannot handle the request
      now and when to come back (RFC 9110 §15.6.4). A 503 without it is not proof: a gateway also answers 503 when
      the service dropped the connection after the request reached it.

    Not proof, so never retried for IDEMPOTENCY_UNKNOWN: a read or write timeout, a reset or closed connection
    (even before the response's first byte), any other 5xx or 408 or 409.
    """
    if isinstance(outcome, (*NOT_CONNECTED, APIStatusError)):
        return True
    if isinstance(outcome, httpx.Response):
        if outcome.status_code == 429:
            return True
        if outcome.status_code == 503:
            return "retry-after" in outcome.headers or "retry-after-ms" in outcome.headers
    return False


def outcome_unknown(outcome: httpx.Response | Exception) -> bool:
    """Whether, for an IDEMPOTENCY_UNKNOWN operation, `outcome` leaves open whether the server acted: the request
    may have arrived (a timeout or a broken connection after connecting, a 5xx) and nothing proves it was not acted
    on. A 4xx other than those of `not_acted_on` is a refusal: its outcome is known."""
    if not_acted_on(outcome):
        return False
    if isinstance(outcome, httpx.Response):
        return outcome.status_code >= 500
    return isinstance(outcome, httpx.TimeoutException | httpx.NetworkError | httpx.RemoteProtocolError)
