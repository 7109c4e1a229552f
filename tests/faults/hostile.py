"""A raw HTTP/1.1 server on 127.0.0.1 that misbehaves on purpose: it drips, floods, redirects or sends bombs.

Each test hands `serve(behaviour)` a coroutine that gets the parsed request and writes whatever bytes it likes; the
server answers one request per connection (or, with `keep_alive=True`, every request the client sends on it), runs
in a thread with its own event loop, and records every request and counts the connections.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field

from scripts.mock.serving import bind_loopback


@dataclass
class Request:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


Behaviour = Callable[[Request, asyncio.StreamWriter], Awaitable[None]]


@dataclass
class Server:
    url: str
    requests: list[Request] = field(default_factory=list)
    connections: int = 0


def head(status: int, headers: dict[str, str] | None = None, *, reason: str = "X") -> bytes:
    """A status line and headers (with `Connection: close`), ending in the blank line."""
    lines = [f"HTTP/1.1 {status} {reason}", "Connection: close", *(f"{k}: {v}" for k, v in (headers or {}).items())]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def respond(status: int, body: bytes, headers: dict[str, str] | None = None) -> Behaviour:
    """A well-formed answer: `status`, `body` with its Content-Length, JSON unless `headers` say otherwise."""

    async def behaviour(request: Request, writer: asyncio.StreamWriter) -> None:
        all_headers = {"Content-Type": "application/json", "Content-Length": str(len(body)), **(headers or {})}
        writer.write(head(status, all_headers) + body)
        await writer.drain()

    return behaviour


async def drip(writer: asyncio.StreamWriter, data: bytes, *, per_second: float) -> None:
    """Write `data` a byte at a time, `per_second` bytes a second (until the client hangs up)."""
    for byte in data:
        writer.write(bytes([byte]))
        await writer.drain()
        await asyncio.sleep(1 / per_second)


async def _read_request(reader: asyncio.StreamReader) -> Request:
    raw = await reader.readuntil(b"\r\n\r\n")
    request_line, *header_lines = raw.decode("latin-1").split("\r\n")
    method, path, _ = request_line.split(" ", 2)
    headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in header_lines if line)}
    body = await reader.readexactly(int(headers.get("content-length", "0")))
    return Request(method, path, headers, body)


@contextlib.contextmanager
def serve(behaviour: Behaviour, *, keep_alive: bool = False) -> Iterator[Server]:
    """Serve `behaviour` on a free loopback port until the context exits (then every connection is dropped)."""
    sock = bind_loopback()
    server = Server(f"http://127.0.0.1:{sock.getsockname()[1]}")
    loop = asyncio.new_event_loop()
    tasks: set[asyncio.Task[None]] = set()

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        tasks.add(asyncio.current_task())  # type: ignore[arg-type]
        server.connections += 1
        try:
            while True:
                request = await _read_request(reader)
                server.requests.append(request)
                await behaviour(request, writer)
                if not keep_alive:
                    break
        except (OSError, asyncio.IncompleteReadError, asyncio.CancelledError):
            pass  # the client hung up, or the server is stopping
        finally:
            writer.close()

    started = threading.Event()

    def run() -> None:
        asyncio.set_event_loop(loop)
        listening = loop.run_until_complete(asyncio.start_server(handle, sock=sock))
        started.set()
        loop.run_forever()
        listening.close()
        for task in list(tasks):
            task.cancel()
        loop.run_until_complete(asyncio.sleep(0.05))
        loop.close()

    thread = threading.Thread(target=run, name="hostile-server", daemon=True)
    thread.start()
    started.wait(10)
    try:
        yield server
    finally:
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)
        sock.close()
