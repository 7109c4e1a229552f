"""Live-mode settings, read from the environment only (never a default that points anywhere)."""

from __future__ import annotations

import os

import pytest


def setting(name: str) -> str:
    return os.environ.get(name, "").strip()


def bearer(token_variable: str) -> dict[str, str]:
    """The Authorization header for explicit cases (generated cases get the schema's configured headers)."""
    return {"Authorization": f"Bearer {setting(token_variable)}"}


def skip_unless(*names: str) -> pytest.MarkDecorator:
    """Skip, naming what is missing, unless every one of these environment variables is set."""
    missing = [name for name in names if not setting(name)]
    return pytest.mark.skipif(bool(missing), reason=f"live mode: set {' and '.join(missing)} to run")
