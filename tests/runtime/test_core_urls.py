"""Base-URL safety: scheme and host required, no credentials in the URL, no token over plain http by accident."""

from __future__ import annotations

import httpx
import pytest
from synq_coalesce_core.exceptions import ConfigurationError
from synq_coalesce_core.urls import check_base_url, is_loopback, may_carry_token, single_segments


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://developer.synq.io", "https://developer.synq.io"),
        ("https://developer.synq.io/", "https://developer.synq.io"),
        ("  https://api.us.synq.io  ", "https://api.us.synq.io"),
        ("https://proxy.example.com/synq/", "https://proxy.example.com/synq"),
        ("http://localhost:4010", "http://localhost:4010"),
        ("http://127.0.0.1:4011/", "http://127.0.0.1:4011"),
        ("http://[::1]:8080", "http://[::1]:8080"),
        ("http://mock.localhost", "http://mock.localhost"),
    ],
)
def test_accepted_base_urls(url: str, expected: str) -> None:
    assert check_base_url(url) == expected


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("developer.synq.io", "must be an absolute URL with a scheme and a host, e.g. 'https://developer.synq.io'"),
        ("localhost:8080", "must be an absolute URL"),
        ("//developer.synq.io", "must be an absolute URL"),
        ("ftp://developer.synq.io", "must be an absolute URL"),
        ("https://", "must be an absolute URL"),
        ("", "must be a non-empty URL"),
        (None, "must be a non-empty URL"),
        ("https://user:pw@developer.synq.io", "must not contain credentials"),
        ("https://developer.synq.io?x=1", "must not have a query or fragment"),
        ("https://developer.synq.io#frag", "must not have a query or fragment"),
    ],
)
def test_rejected_base_urls(url: object, message: str) -> None:
    with pytest.raises(ConfigurationError, match="base_url") as caught:
        check_base_url(url)
    assert message in str(caught.value)
    assert "pw" not in str(caught.value)


def test_plain_http_to_a_remote_host_is_refused() -> None:
    with pytest.raises(
        ConfigurationError, match=r"refusing to send the API token over plain http to 'api\.example\.com'"
    ):
        check_base_url("http://api.example.com")


def test_plain_http_to_a_remote_host_needs_an_explicit_opt_in() -> None:
    assert check_base_url("http://api.example.com", allow_insecure_http=True) == "http://api.example.com"


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("localhost", True),
        ("LOCALHOST", True),
        ("api.localhost", True),
        ("127.0.0.1", True),
        ("127.8.9.10", True),
        ("::1", True),
        ("[::1]", True),
        ("10.0.0.1", False),
        ("localhost.example.com", False),
        ("example.com", False),
        ("notlocalhost", False),
        ("staging-localhost", False),
        ("localhost-staging", False),
        ("xlocalhost.", False),
        ("127.0.0.1.example.com", False),
    ],
)
def test_is_loopback(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


@pytest.mark.parametrize("host", ["notlocalhost", "staging-localhost"])
def test_a_name_ending_in_localhost_without_a_dot_needs_https(host: str) -> None:
    with pytest.raises(ConfigurationError, match=f"refusing to send the API token over plain http to '{host}'"):
        check_base_url(f"http://{host}:4010")


@pytest.mark.parametrize(
    ("url", "allowed"),
    [
        ("https://api.example.com/x", True),
        ("http://127.0.0.1:9/x", True),
        ("http://api.localhost/x", True),
        ("http://api.example.com/x", False),
        ("http://staging-localhost/x", False),
        ("ftp://127.0.0.1/x", False),
    ],
)
def test_which_redirect_targets_may_carry_the_token(url: str, allowed: bool) -> None:
    assert may_carry_token(httpx.URL(url), allow_insecure_http=False) is allowed
    assert may_carry_token(httpx.URL(url), allow_insecure_http=True) is (allowed or url.startswith("http:"))


@pytest.mark.parametrize(
    ("path", "sent"),
    [
        ("/api/v1/runs/..", "/api/v1/runs/%2E%2E"),
        ("/api/v1/runs/.", "/api/v1/runs/%2E"),
        ("/runs/../../admin?x=..", "/runs/%2E%2E/%2E%2E/admin?x=.."),
        ("/runs/..a/a../.../v1.2", "/runs/..a/a../.../v1.2"),
    ],
)
def test_a_dot_segment_stays_a_segment(path: str, sent: str) -> None:
    """A path parameter of "." or ".." is one segment, not a step up: httpx would resolve it away."""
    assert single_segments(path) == sent
    assert httpx.URL("https://api.example.com" + single_segments(path)).raw_path == sent.encode()
