"""README "Configuration" stays true to the code: its table lists exactly the environment variables the clients
read, and it names each client's default server.

The variables are found by constructing every client with a recording `os.environ` (empty, full, and full but one),
not by listing them here, so a new `os.environ` read in a facade or the runtime fails this test until it is documented.
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
import logging
import os
import re
import sys
from collections.abc import Iterator
from types import FrameType
from typing import Any

import pytest
from synq_coalesce_core.base_client import AsyncAPIClient, SyncAPIClient
from synq_coalesce_core.exceptions import ConfigurationError
from synq_coalesce_core.logs import LOG_ENV, configure_from_environment

from scripts.docs.reference import shipped_packages
from tests.paths import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
CLIENT_PACKAGES = ("synq_client", "coalesce_client")
OURS = frozenset(shipped_packages())


def section(title: str) -> str:
    start = README.index(f"\n## {title}\n")
    end = README.find("\n## ", start + 1)
    return README[start : end if end != -1 else None]


DOCUMENTED = re.findall(r"^\| `([A-Z][A-Z0-9_]*)` \|", section("Configuration"), re.M)


def caller(frame: FrameType | None) -> str:
    """The module that asked, past `os.getenv` and friends."""
    while frame is not None and frame.f_globals.get("__name__") in (__name__, "os"):
        frame = frame.f_back
    return "" if frame is None else str(frame.f_globals.get("__name__", ""))


class RecordingEnviron(dict[str, str]):
    """`os.environ` for the test: records the names our packages look up (not httpx's or the standard library's)."""

    def __init__(self, values: dict[str, str], reads: set[str]) -> None:
        super().__init__(values)
        self.reads = reads

    def _record(self, name: str) -> None:
        if caller(sys._getframe(1)).partition(".")[0] in OURS:
            self.reads.add(name)

    def get(self, name: str, default: Any = None) -> Any:
        self._record(name)
        return super().get(name, default)

    def __getitem__(self, name: str) -> str:
        self._record(name)
        return super().__getitem__(name)

    def __contains__(self, name: object) -> bool:
        self._record(str(name))
        return super().__contains__(name)


def clients() -> Iterator[type]:
    for package in CLIENT_PACKAGES:
        for name in importlib.import_module(package).__all__:
            value = getattr(importlib.import_module(package), name)
            if inspect.isclass(value) and issubclass(value, SyncAPIClient | AsyncAPIClient):
                yield value


def workable(name: str) -> str:
    if name == LOG_ENV:
        return ""  # empty counts as unset: read, and no logging set up in the test process
    return "http://127.0.0.1:9" if name.endswith("_URL") else "readme-value"


def environments() -> list[dict[str, str]]:
    """Nothing set; everything documented set; everything but one (for the branches taken when one is missing)."""
    full = {name: workable(name) for name in DOCUMENTED}
    return [{}, full, *({k: v for k, v in full.items() if k != left_out} for left_out in full)]


def test_the_table_lists_exactly_the_environment_variables_the_clients_read(monkeypatch: pytest.MonkeyPatch) -> None:
    reads: set[str] = set()
    constructed = 0
    classes = list(clients())  # imported before recording, whichever test imported them first
    for values in environments():
        monkeypatch.setattr(os, "environ", RecordingEnviron(values, reads))
        configure_from_environment(logging.getLogger(__name__))  # what each client package runs when imported
        for client in classes:
            try:
                made = client()
            except ConfigurationError:
                continue
            constructed += 1
            if isinstance(made, AsyncAPIClient):
                asyncio.run(made.close())
            else:
                made.close()
    assert constructed  # at least the full environment gives working clients
    assert DOCUMENTED and len(set(DOCUMENTED)) == len(DOCUMENTED)
    assert sorted(reads) == sorted(DOCUMENTED)


@pytest.mark.parametrize("package", CLIENT_PACKAGES)
def test_the_default_server_is_named(package: str) -> None:
    facade = importlib.import_module(f"{package}._facade")
    servers = next(value for name, value in vars(facade).items() if name.endswith("_SERVERS"))
    default = facade.DEFAULT_REGION
    assert f'`{servers[default]}` (`region="{default}"`' in section("Configuration")
