# Copied from scripts/mock/oauth.py by "make generate". DO NOT EDIT here: edit scripts/mock/oauth.py.
"""The SYNQ OAuth2 token endpoint, `POST /oauth2/token`: a hand-written route, because it is not in the vendor spec.

SYNQ documents it in its README (research synq-api.md §1): client credentials as a form body
(`grant_type=client_credentials&client_id=…&client_secret=…`), and a JSON answer with `access_token` and
`expires_in`. The mock adds `token_type: "Bearer"` (RFC 6749 §5.1). Its errors follow RFC 6749 §5.2
(`{"error": "invalid_client", "error_description": …}`, 401 for wrong credentials, 400 for a malformed request),
since SYNQ documents none. Issued tokens are accepted by the API until `expires_in` seconds have passed on the
injected clock, so tests expire them without sleeping.

A token carries its own expiry, signed with the issuer's random key (HMAC-SHA256), so the issuer keeps no list of
tokens: issuing any number of them costs no memory, never sweeps, and never forgets a token that is still valid
(one client flooding the endpoint cannot revoke another's).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import secrets
import struct
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import parse_qs

TOKEN_PATH = "/oauth2/token"
FORM_MEDIA_TYPE = "application/x-www-form-urlencoded"
DEFAULT_CLIENT_ID = "mock-client"
DEFAULT_CLIENT_SECRET = "mock-secret"
DEFAULT_LIFETIME = 3600
TOKEN_PREFIX = "mock-oauth-"
_EXPIRY = struct.Struct(">d")  # the expiry on the issuer's clock, then a random nonce, then the signature
_PAYLOAD_BYTES = _EXPIRY.size + 16
_TOKEN_LENGTH = len(TOKEN_PREFIX) + len(base64.urlsafe_b64encode(bytes(_PAYLOAD_BYTES + hashlib.sha256().digest_size)))

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
    _key: bytes = field(default_factory=lambda: secrets.token_bytes(32), repr=False)

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
        payload = _EXPIRY.pack(self.clock() + self.lifetime) + secrets.token_bytes(_PAYLOAD_BYTES - _EXPIRY.size)
        return {"access_token": self._token(payload), "token_type": "Bearer", "expires_in": self.lifetime}

    def accepts(self, token: str) -> bool:
        """Whether this issuer signed `token` and it has not expired."""
        if len(token) != _TOKEN_LENGTH or not token.startswith(TOKEN_PREFIX):
            return False
        try:
            payload = base64.urlsafe_b64decode(token[len(TOKEN_PREFIX) :].encode("ascii"))[:_PAYLOAD_BYTES]
        except (UnicodeError, binascii.Error):
            return False
        # Signed again and compared whole: only the exact string this issuer wrote is accepted.
        if len(payload) != _PAYLOAD_BYTES or not hmac.compare_digest(token.encode(), self._token(payload).encode()):
            return False
        return bool(self.clock() < _EXPIRY.unpack_from(payload)[0])

    def _token(self, payload: bytes) -> str:
        signature = hmac.digest(self._key, payload, hashlib.sha256)
        return TOKEN_PREFIX + base64.urlsafe_b64encode(payload + signature).decode()


def _same(given: str | None, expected: str) -> bool:
    return given is not None and hmac.compare_digest(given.encode(), expected.encode())
