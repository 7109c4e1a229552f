"""The facade constructors: written once per vendor for the sync and the async client, with the options' defaults."""

from __future__ import annotations

import dataclasses
import inspect

import httpx
import pytest
from coalesce_client import AsyncCoalesceClient, CoalesceClient
from synq_client import AsyncSynqClient, SynqClient
from synq_coalesce_core.options import ClientOptions

CLIENTS = [SynqClient, AsyncSynqClient, CoalesceClient, AsyncCoalesceClient]
FIELDS = [field.name for field in dataclasses.fields(ClientOptions)]


@pytest.mark.parametrize("cls", CLIENTS)
def test_every_constructor_default_is_the_options_default(cls: type) -> None:
    """The public signatures repeat the options by name (type checkers read them); their defaults come from here."""
    defaults = ClientOptions()
    parameters = inspect.signature(cls).parameters
    shared = [name for name in FIELDS if name in parameters]
    assert {"timeout", "max_retries", "max_response_bytes", "allow_insecure_http"} <= set(shared)
    for name in ("timeout", "max_retries", "max_response_bytes", "allow_insecure_http"):
        assert parameters[name].default == getattr(defaults, name), name


@pytest.mark.parametrize(
    ("sync", "asynchronous"), [(SynqClient, AsyncSynqClient), (CoalesceClient, AsyncCoalesceClient)]
)
def test_the_sync_and_async_constructors_take_the_same_arguments(sync: type, asynchronous: type) -> None:
    assert list(inspect.signature(sync).parameters) == list(inspect.signature(asynchronous).parameters)
    with sync("tok", base_url="https://api.example.com", timeout=7, headers={"X-Team": "a"}) as client:
        assert (client.timeout, client.http_client.__class__) == (httpx.Timeout(7.0), httpx.Client)
