"""The SYNQ OAuth2 token endpoint, `POST /oauth2/token`: a hand-written route, because it is not in the vendor spec.

SYNQ documents it in its README (research synq-api.md §1): client credentials as a form body
(`grant_type=client_credentials&client_id=…&client_secret=…`), and a JSON answer with `access_token` and
`expires_in`. The mock adds `token_type: "Bearer"` (RFC 6749 §5.1). Its errors follow RFC 6749 §5.2
(`{"error": "invalid_client", "error_description": …}`, 401 for wrong credentials, 400 for a malformed request),
since SYNQ documents none. Issued tokens are accepted by the API until `expires_in` seconds have passed on the
injected clock, so tests expire them without sleeping.
"""

from __future__ import annotations

import hmac
import secrets
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import parse_qs

TOKEN_PATH = "/oauth2/token"
FORM_MEDIA_TYPE = "application/x-www-form-urlencoded"
DEFAULT_CLIENT_ID = "mock-client"
DEFAULT_CLIENT_SECRET = "mock-secret"
DEFAULT_LIFETIME = 3600
MAX_LIVE_TOKENS = 10_000  # the oldest are forgotten first, so a client looping on the endpoint cannot grow memory

Clock = Callable[[], float]


class TokenRequestError(Exception):
    def __init__(self, status: int, error: str, description: str) -> None:
        super().__init__(description)
        self.status, self.error, self.description = status, error, description

    def body(self) -> dict[str, str]:
        return {"error": self.error, "error_description": self.description}


@dataclass
class TokenIssuer:
    client_id: str = DEFAULT_CLIENT_ID
    client_secret: str = field(default=DEFAULT_CLIENT_SECRET, repr=False)
    lifetime: int = DEFAULT_LIFETIME
    clock: Clock = time.monotonic
    _expiry: OrderedDict[str, float] = field(default_factory=OrderedDict, repr=False)

    def issue(self, content_type: str, body: bytes) -> dict[str, object]:
        """The token response for a token request, or TokenRequestError."""
        if content_type.split(";", 1)[0].strip().lower() != FORM_MEDIA_TYPE:
            raise TokenRequestError(400, "invalid_request", f"send the credentials as {FORM_MEDIA_TYPE}")
        try:
            form = parse_qs(body.decode("utf-8"), strict_parsing=bool(body), errors="strict")
        except (UnicodeError, ValueError):
            raise TokenRequestError(400, "invalid_request", "the form body is malformed") from None
        fields = {name: values[0] for name, values in form.items() if len(values) == 1}
        if fields.get("grant_type") != "client_credentials":
            raise TokenRequestError(400, "unsupported_grant_type", "grant_type must be client_credentials")
        if not (
            _same(fields.get("client_id"), self.client_id) & _same(fields.get("client_secret"), self.client_secret)
        ):
            raise TokenRequestError(401, "invalid_client", "unknown client or wrong client secret")
        token = "mock-oauth-" + secrets.token_urlsafe(24)
        self._forget_expired()
        self._expiry[token] = self.clock() + self.lifetime
        while len(self._expiry) > MAX_LIVE_TOKENS:
            self._expiry.popitem(last=False)
        return {"access_token": token, "token_type": "Bearer", "expires_in": self.lifetime}

    def accepts(self, token: str) -> bool:
        expiry = self._expiry.get(token)
        return expiry is not None and self.clock() < expiry

    def _forget_expired(self) -> None:
        now = self.clock()
        for token in [token for token, expiry in self._expiry.items() if expiry <= now]:
            del self._expiry[token]


def _same(given: str | None, expected: str) -> bool:
    return given is not None and hmac.compare_digest(given.encode(), expected.encode())
