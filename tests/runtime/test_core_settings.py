"""scripts/runtime/synq_coalesce_core/settings.py: which server a client talks to (argument, region, environment)."""

from __future__ import annotations

import pytest
from synq_coalesce_core.exceptions import ConfigurationError
from synq_coalesce_core.settings import select_base_url

SERVERS = {"default": "https://one.example.com", "us": "https://us.example.com"}


def choose(monkeypatch: pytest.MonkeyPatch, env: str | None = None, **kwargs: str | None) -> str:
    if env is None:
        monkeypatch.delenv("EXAMPLE_BASE_URL", raising=False)
    else:
        monkeypatch.setenv("EXAMPLE_BASE_URL", env)
    options: dict[str, str | None] = {"region": None, "base_url": None, **kwargs}
    return select_base_url(
        SERVERS,
        region=options["region"],
        base_url=options["base_url"],
        env_var="EXAMPLE_BASE_URL",
        default_region="default",
    )


def test_select_base_url_precedence(monkeypatch: pytest.MonkeyPatch) -> None:
    assert choose(monkeypatch) == "https://one.example.com"
    assert choose(monkeypatch, env="http://localhost:4010") == "http://localhost:4010"
    assert choose(monkeypatch, env="http://localhost:4010", region="us") == "https://us.example.com"
    assert choose(monkeypatch, env="http://localhost:4010", base_url="https://b.example.com") == "https://b.example.com"


def test_select_base_url_rejects_unknown_regions_and_ambiguity(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ConfigurationError, match="unknown region 'mars'; known regions: 'default', 'us'"):
        choose(monkeypatch, region="mars")
    with pytest.raises(ConfigurationError, match="either region= or base_url="):
        choose(monkeypatch, region="us", base_url="https://b.example.com")
