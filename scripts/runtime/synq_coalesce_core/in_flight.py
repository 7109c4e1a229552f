"""How many sends of an async client are in flight at once: at most its connection pool's size, on one event loop.

httpcore's pool re-checks every queued request against every connection whenever one frees up, so thousands of
requests queued inside it starve the event loop: 2,000 concurrent calls on the default pool of 100 had none done
after 150 s, and no deadline fired. Queued in a semaphore instead, a waiting request costs nothing, and since the
send loop acquires it inside the attempt's deadline, the wait for a connection counts against the timeout.

The connections of an `httpx.AsyncClient` belong to the event loop that opened them, so a client serves one loop: a
call from another (a second `asyncio.run()`) raises ClientClosedError instead of httpx's bare "Event loop is closed".
"""

from __future__ import annotations

import asyncio
from typing import Final

import httpx

from .exceptions import ClientClosedError

__all__ = ["InFlight"]

_HTTPX_DEFAULT_POOL: Final = 100
"""`httpx.Limits().max_connections`: the bound when the pool's own cannot be read (a custom transport)."""


class InFlight:
    """The event loop an async client serves, and the semaphore bounding its sends (shared by `with_options` copies,
    which share the pool)."""

    def __init__(self, http: httpx.AsyncClient, owner: str) -> None:
        self.size = _pool_size(http)
        self.owner = owner
        self.loop: asyncio.AbstractEventLoop | None = None
        self._semaphore: asyncio.Semaphore | None = None

    def slots(self) -> asyncio.Semaphore:
        """The semaphore of the running loop; ClientClosedError when the client already serves another loop."""
        loop = asyncio.get_running_loop()
        if self.loop is None:
            self.loop, self._semaphore = loop, asyncio.Semaphore(self.size)
        elif self.loop is not loop:
            state = "has closed" if self.loop.is_closed() else "is another one"
            raise ClientClosedError(
                f"{self.owner} belongs to the event loop of its first call, which {state}: its connections cannot "
                "serve this loop; create the client inside the asyncio.run() (or loop) that uses it"
            )
        assert self._semaphore is not None
        return self._semaphore


def _pool_size(http: httpx.AsyncClient) -> int:
    size = getattr(getattr(http._transport, "_pool", None), "_max_connections", None)
    return size if isinstance(size, int) and size > 0 else _HTTPX_DEFAULT_POOL
