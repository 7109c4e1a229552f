"""What a vendor facade hands the client base: `VendorSettings` (the server, the auth, the package), and how the
server is chosen from a region, a base URL or the environment (`select_base_url`)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

import httpx

from .exceptions import ConfigurationError

__all__ = ["VendorSettings", "select_base_url"]


@dataclass(frozen=True, slots=True)
class VendorSettings:
    """The vendor half of a client: the `base_url` (the client checks it against its options), the `auth` every
    request is signed by, and the `package` named in the User-Agent."""

    base_url: str
    auth: httpx.Auth
    package: str


def select_base_url(
    servers: Mapping[str, str], *, region: str | None, base_url: str | None, env_var: str, default_region: str
) -> str:
    """The server to use: `base_url`, else the named `region`, else `$<env_var>`, else the default region.

    Naming both a region and a base URL, or an unknown region, is a ConfigurationError listing the known regions.
    """
    if region is not None and base_url is not None:
        raise ConfigurationError("pass either region= or base_url=, not both")
    if base_url is not None:
        return base_url
    if region is not None:
        if region not in servers:
            known = ", ".join(repr(name) for name in servers)
            raise ConfigurationError(f"unknown region {region!r}; known regions: {known} (or pass base_url=)")
        return servers[region]
    return os.environ.get(env_var) or servers[default_region]
