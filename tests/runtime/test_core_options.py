"""scripts/runtime/synq_coalesce_core/options.py: one frozen, self-checking object for every client setting."""

from __future__ import annotations

import dataclasses
from typing import Any

import httpx
import pytest
from synq_coalesce_core.exceptions import ConfigurationError
from synq_coalesce_core.options import ClientOptions


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"max_retries": -1}, "max_retries must be an integer >= 0, got -1"),
        ({"max_retries": True}, "max_retries must be an integer >= 0, got True"),
        ({"max_response_bytes": 0}, "max_response_bytes must be an integer >= 1, got 0"),
        ({"allow_insecure_http": "no"}, "allow_insecure_http must be True or False, got str"),
        ({"headers": {"Authorization": "Bearer x"}}, "set credentials with token=, not with the Authorization header"),
        ({"headers": {"X-Team": 1}}, "headers must map strings to strings, got 'X-Team': int"),
        ({"timeout": -1}, "timeout must be a number of seconds >= 0, an httpx.Timeout or None, got -1"),
    ],
)
def test_bad_settings_are_refused_naming_the_setting(changes: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigurationError) as caught:
        ClientOptions().replace(**changes)
    assert str(caught.value) == message


def test_options_are_frozen_and_replace_converts_the_timeout_once() -> None:
    options = ClientOptions(headers={"X-Team": "data"})
    with pytest.raises(dataclasses.FrozenInstanceError):
        options.max_retries = 5  # type: ignore[misc]
    with pytest.raises(TypeError):
        options.headers["X-Team"] = "other"  # type: ignore[index]
    copy = options.replace(timeout=3, max_retries=0)
    assert (copy.timeout, copy.max_retries, dict(copy.headers)) == (httpx.Timeout(3.0), 0, {"X-Team": "data"})
    assert options.replace(timeout=None).timeout == httpx.Timeout(None)
    assert (options.timeout, options.max_retries) == (ClientOptions().timeout, ClientOptions().max_retries)


def test_a_timeout_in_another_form_is_refused_by_the_options_themselves() -> None:
    with pytest.raises(ConfigurationError, match=r"timeout must be an httpx\.Timeout here"):
        ClientOptions(timeout=3.0)  # type: ignore[arg-type]
