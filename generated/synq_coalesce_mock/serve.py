# Copied from scripts/mock_package/serve.py by "make generate". DO NOT EDIT here: edit scripts/mock_package/serve.py.
"""`serve_mock`: one vendor's mock under uvicorn on 127.0.0.1, for the duration of a `with` block."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from synq_coalesce_mock._mock.app import DEFAULT_TOKEN, create_app
from synq_coalesce_mock._mock.serving import serve_in_background

__all__ = ["DEFAULT_TOKEN", "create_app", "serve_mock"]


@contextlib.contextmanager
def serve_mock(vendor: str, *, token: str = DEFAULT_TOKEN, port: int = 0, fault: str | None = None) -> Iterator[str]:
    """Serve the mock of `vendor` ("synq" or "coalesce") and yield its base URL, `http://127.0.0.1:<port>`.

    `token` is the bearer token it accepts (SYNQ's OAuth2 token endpoint takes client `mock-client`, secret
    `mock-secret`). `port=0` picks a free port. `fault` applies an `X-Mock-Fault` to every request (`"unavailable"`,
    `"flap;n=3"`, `"latency;ms=200"`, ...) to test how your code handles a failing API.
    The server stops when the block ends. Each call serves a fresh mock: runs started through one are not in another.
    """
    with serve_in_background(create_app(vendor, token=token, fault=fault), port=port) as base_url:
        yield base_url
