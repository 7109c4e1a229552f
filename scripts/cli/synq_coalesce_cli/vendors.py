"""The two vendors as the CLI knows them: the generated package, its client class and the environment variables
its constructor reads (what the spec cannot say)."""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from coalesce_client import _facade as coalesce_facade
from synq_client import _facade as synq_facade

__all__ = ["VENDORS", "Vendor"]


@dataclass(frozen=True)
class Vendor:
    name: str
    """The command (`synq-coalesce <name> ...`)."""
    title: str
    package: str
    client_class: str
    servers: Mapping[str, str]
    environment: str
    """The variables the client reads, as the vendor group's help says them."""

    @property
    def module(self) -> ModuleType:
        return importlib.import_module(self.package)

    def client(self, **settings: Any) -> Any:
        """A client configured from the environment and `settings` (`region=`, `base_url=`)."""
        return getattr(self.module, self.client_class)(**settings)


VENDORS = (
    Vendor(
        "coalesce",
        "Coalesce",
        "coalesce_client",
        "CoalesceClient",
        coalesce_facade.COALESCE_SERVERS,
        f"Token: ${coalesce_facade.TOKEN_ENV}. Server: --region, --base-url or ${coalesce_facade.BASE_URL_ENV} "
        f"(default region {coalesce_facade.DEFAULT_REGION!r}).",
    ),
    Vendor(
        "synq",
        "SYNQ",
        "synq_client",
        "SynqClient",
        synq_facade.SYNQ_SERVERS,
        f"Credentials: ${synq_facade.TOKEN_ENV}, or ${synq_facade.CLIENT_ID_ENV} and ${synq_facade.CLIENT_SECRET_ENV} "
        f"(OAuth2). Server: --region, --base-url or ${synq_facade.BASE_URL_ENV} "
        f"(default region {synq_facade.DEFAULT_REGION!r}).",
    ),
)
