# Copied from scripts/mock_package/__init__.py by "make generate". DO NOT EDIT here: edit scripts/mock_package/__init__.py.
"""The SYNQ and Coalesce mock servers, for testing code that calls the APIs without the network
(`pip install 'synq-coalesce-clients[mock]'`).

    from synq_coalesce_mock import serve_mock

    with serve_mock("coalesce") as base_url:                      # uvicorn on 127.0.0.1, a free port
        client = CoalesceClient(base_url=base_url, token="mock-token")

Under pytest the `synq_mock` and `coalesce_mock` fixtures do the same (`synq_coalesce_mock.pytest_plugin`, loaded
by pytest itself); from a shell, `python -m synq_coalesce_mock`. `create_app(vendor)` is the ASGI app, for
`httpx.ASGITransport`. The mock reads the effective specs shipped beside it and never imports the clients.

Nothing heavy is imported until one of these names is used, so pytest can load the plugin where the extra is missing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from synq_coalesce_mock._mock.app import create_app
    from synq_coalesce_mock.serve import DEFAULT_TOKEN, serve_mock

__all__ = ["DEFAULT_TOKEN", "create_app", "serve_mock"]


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    try:
        from synq_coalesce_mock import serve
    except ModuleNotFoundError as error:
        raise ModuleNotFoundError(
            f"synq_coalesce_mock needs the mock extra ({error}): pip install 'synq-coalesce-clients[mock]'",
            name=error.name,
        ) from error
    return getattr(serve, name)
