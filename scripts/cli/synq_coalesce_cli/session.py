"""The state one invocation shares between its groups and its command: the output, and the vendor's client,
created on first use from the environment and the vendor group's options, and closed when the command ends."""

from __future__ import annotations

from typing import Any

import click
from synq_coalesce_core.auth import credentials_of

from .output import Output
from .vendors import Vendor

__all__ = ["Session", "session"]


class Session:
    def __init__(self) -> None:
        self.output = Output()
        self.vendor: Vendor | None = None
        self.settings: dict[str, Any] = {}
        self._client: Any = None

    def client(self) -> Any:
        if self._client is None:
            if self.vendor is None:
                raise RuntimeError("no vendor group ran before the command")
            client = self.vendor.client(**self.settings)
            self._client = client
            self.output.add_secrets(lambda: credentials_of(client._auth))
            click.get_current_context().call_on_close(client.close)
        return self._client


def session() -> Session:
    """The invocation's session (the root group creates it)."""
    return click.get_current_context().ensure_object(Session)
