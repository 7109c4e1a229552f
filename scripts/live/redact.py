"""Redaction for everything a live run keeps or shows: recorded answers, report examples.

- Secrets: every configured token or client secret, wherever it appears (headers, URLs, bodies), and the
  values of credential headers (`Authorization`, cookies) and credential fields (`access_token`, `client_secret`, ...).
- Personal and free-text fields, configurable (`LIVE_REDACT_FIELDS` adds to the defaults): Snowflake usernames and
  accounts, user IDs, messages. A field is a property name (`userID`) or `parent.name` (`snowflakeTable.account`).

Redaction keeps each value's JSON type (a string stays a string, a number a number), so a redacted body still
tells a type change or a new enum value elsewhere from the spec's promise.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

MARK = "REDACTED"
CREDENTIAL_HEADERS = ("authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key")
CREDENTIAL_FIELDS = ("access_token", "refresh_token", "id_token", "client_secret", "password", "token")
DEFAULT_FIELDS = (
    "snowflakeUsername",  # Coalesce Run.userCredentials
    "snowflakeAccount",
    "snowflakeTable.account",  # SYNQ SnowflakeTableIdentifier
    "userID",  # Coalesce Run.userID
    "message",  # SYNQ EntityExecution.message and RpcStatus.message
    "deployCommitMessage",  # Coalesce DeployRunDetails
    "errorString",  # Coalesce Error
    "errorDetail",
)


def _blank(value: Any) -> Any:
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return type(value)(0)
    if isinstance(value, str):
        return MARK
    if isinstance(value, list):
        return [_blank(item) for item in value]
    if isinstance(value, dict):
        return {key: _blank(item) for key, item in value.items()}
    return value


@dataclass(frozen=True)
class Redactor:
    secrets: tuple[str, ...] = ()
    fields: tuple[str, ...] = DEFAULT_FIELDS

    @classmethod
    def with_extra(cls, secrets: Iterable[str], extra_fields: Iterable[str] = ()) -> Redactor:
        return cls(tuple(secret for secret in secrets if secret), (*DEFAULT_FIELDS, *extra_fields))

    def text(self, text: str) -> str:
        for secret in sorted(self.secrets, key=len, reverse=True):
            text = text.replace(secret, MARK)
        return text

    def header(self, name: str, value: str) -> str:
        return MARK if name.lower() in CREDENTIAL_HEADERS else self.text(value)

    def data(self, node: Any, parent: str = "") -> Any:
        """A redacted copy of decoded JSON."""
        if isinstance(node, dict):
            return {key: self._value(key, value, parent) for key, value in node.items()}
        if isinstance(node, list):
            return [self.data(item, parent) for item in node]
        return self.text(node) if isinstance(node, str) else node

    def _value(self, key: str, value: Any, parent: str) -> Any:
        if key in CREDENTIAL_FIELDS or key in self.fields or f"{parent}.{key}" in self.fields:
            return _blank(value)
        return self.data(value, key)

    def body(self, raw: bytes) -> bytes:
        """A redacted JSON body (same compact encoding), or the text with secrets replaced when it is not JSON."""
        try:
            decoded = json.loads(raw)
        except ValueError:
            return self.text(raw.decode("utf-8", "replace")).encode()
        return json.dumps(self.data(decoded), separators=(",", ":"), ensure_ascii=False).encode()
