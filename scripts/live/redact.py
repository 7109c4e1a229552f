"""Redaction for everything a live run keeps or shows: recorded answers, report examples.

- Secrets: every configured token or client secret, wherever it appears (headers, URLs, bodies), and the
  values of credential headers (`Authorization`, cookies) and credential fields (`access_token`, `client_secret`, ...).
- Personal and free-text fields, configurable (`LIVE_REDACT_FIELDS` adds to the defaults): Snowflake usernames and
  accounts, user IDs, messages. A field is a property name (`userID`) or `parent.name` (`snowflakeTable.account`).

A redacted value is also cut out of every other string of the same body (SYNQ's `entitiesSynqPaths` repeat an
identifier's account, for one), when it is at least `MIN_ECHO` characters long.

Redaction keeps each value's JSON type (a string stays a string, a number a number), so a redacted body still
tells a type change or a new enum value elsewhere from the spec's promise.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

MARK = "REDACTED"
MIN_ECHO = 6  # shorter values (a "1", a "raw") would cut through unrelated strings
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


def _strings(node: Any) -> set[str]:
    if isinstance(node, str):
        return {node}
    if isinstance(node, dict | list):
        return {text for item in (node.values() if isinstance(node, dict) else node) for text in _strings(item)}
    return set()


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

    def data(self, node: Any) -> Any:
        """A redacted copy of decoded JSON, with the redacted values cut out of its other strings too."""
        hidden = {text for text in self._hidden(node) if len(text) >= MIN_ECHO}
        return Redactor((*self.secrets, *hidden), self.fields)._walk(node)

    def _hidden(self, node: Any, parent: str = "") -> set[str]:
        if isinstance(node, list):
            return {text for item in node for text in self._hidden(item, parent)}
        if not isinstance(node, dict):
            return set()
        found: set[str] = set()
        for key, value in node.items():
            found |= _strings(value) if self._listed(key, parent) else self._hidden(value, key)
        return found

    def _listed(self, key: str, parent: str) -> bool:
        return key in CREDENTIAL_FIELDS or key in self.fields or f"{parent}.{key}" in self.fields

    def _walk(self, node: Any, parent: str = "") -> Any:
        if isinstance(node, dict):
            return {
                key: _blank(value) if self._listed(key, parent) else self._walk(value, key)
                for key, value in node.items()
            }
        if isinstance(node, list):
            return [self._walk(item, parent) for item in node]
        return self.text(node) if isinstance(node, str) else node

    def body(self, raw: bytes) -> bytes:
        """A redacted JSON body (same compact encoding), or the text with secrets replaced when it is not JSON."""
        try:
            decoded = json.loads(raw)
        except ValueError:
            return self.text(raw.decode("utf-8", "replace")).encode()
        return json.dumps(self.data(decoded), separators=(",", ":"), ensure_ascii=False).encode()
