# Copied from scripts/mock/serving.py by "make generate". DO NOT EDIT here: edit scripts/mock/serving.py.
"""Serve ASGI apps with uvicorn on the loopback interface only.

- `serve_in_background(app)`: a context manager for tests and tools; uvicorn runs in a thread on a free
  port (or the one given) and the context yields its base URL once it accepts connections.
- `serve_forever(apps)`: several apps in one event loop, for `python -m synq_coalesce_mock`; Ctrl-C or SIGTERM
  stops all of them.

Connections cannot pile up: an idle keep-alive connection is closed after KEEP_ALIVE_SECONDS (uvicorn), and one
whose request (headers and body) has not fully arrived READ_TIMEOUT_SECONDS after its first byte, or after it
was opened, is closed too (`_MockProtocol`; uvicorn has no such timeout of its own).

Request framing is never ambiguous: a request with both `Content-Length` and `Transfer-Encoding` (in any order), or
with `Transfer-Encoding` under HTTP/1.0, gets uvicorn's 400 for a malformed request and the connection is closed
(RFC 9112 §6.1, §6.3). h11 alone would frame it by `Transfer-Encoding` and keep the connection, so bytes a proxy
framed by `Content-Length` as one request would be served here as two (request smuggling).
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
import socket
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import h11
import uvicorn
from h11._connection import DEFAULT_MAX_INCOMPLETE_EVENT_SIZE  # uvicorn's default, imported as uvicorn does
from uvicorn.protocols.http.h11_impl import H11Protocol

HOST = "127.0.0.1"
STARTUP_TIMEOUT = 10.0
KEEP_ALIVE_SECONDS = 5
READ_TIMEOUT_SECONDS = 10.0


def bind_loopback(port: int = 0) -> socket.socket:
    """A listening-ready TCP socket on 127.0.0.1 (port 0 = any free port)."""
    # IPPROTO_TCP explicitly: asyncio only disables Nagle on accepted sockets whose protocol it recognises, and
    # with Nagle on, small responses wait ~40 ms for the client's delayed ACK.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    try:
        sock.bind((HOST, port))
    except OSError as error:
        sock.close()
        raise OSError(error.errno, f"cannot listen on {HOST}:{port}: {error.strerror}") from None
    return sock


class _UnambiguousFraming(h11.Connection):
    """h11's server side, refusing a request whose body length two parties could read differently."""

    def next_event(self) -> Any:
        event = super().next_event()
        if isinstance(event, h11.Request):
            names = {name.lower() for name, _ in event.headers}
            if b"transfer-encoding" in names and (b"content-length" in names or event.http_version != b"1.1"):
                raise h11.RemoteProtocolError("ambiguous request framing (Transfer-Encoding)", error_status_hint=400)
        return event


class _MockProtocol(H11Protocol):
    """uvicorn's h11 protocol, plus a deadline for reading each request (slowloris, half-sent bodies) and
    unambiguous framing (`_UnambiguousFraming`)."""

    read_timeout = READ_TIMEOUT_SECONDS
    _read_deadline: asyncio.TimerHandle | None = None

    def __init__(self, config: uvicorn.Config, *args: Any, **kwargs: Any) -> None:
        super().__init__(config, *args, **kwargs)
        size = config.h11_max_incomplete_event_size or DEFAULT_MAX_INCOMPLETE_EVENT_SIZE
        self.conn = _UnambiguousFraming(h11.SERVER, size)

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm()

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        if self.conn.their_state is h11.DONE:  # the whole request is in: the app decides how long it takes
            self._disarm()
        elif self._read_deadline is None:
            self._arm()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def _arm(self) -> None:
        self._read_deadline = self.loop.call_later(self.read_timeout, self._read_timed_out)

    def _disarm(self) -> None:
        if self._read_deadline is not None:
            self._read_deadline.cancel()
            self._read_deadline = None

    def _read_timed_out(self) -> None:
        self._read_deadline = None
        if self.conn.their_state is not h11.DONE and not self.transport.is_closing():
            self.transport.close()  # a waiting app gets http.disconnect, which the mock ignores quietly


def _config(app: Any, *, access_log: bool = False, read_timeout: float = READ_TIMEOUT_SECONDS) -> uvicorn.Config:
    protocol = type("MockHTTPProtocol", (_MockProtocol,), {"read_timeout": read_timeout})
    return uvicorn.Config(
        app,
        lifespan="off",
        log_level="info" if access_log else "warning",
        access_log=access_log,
        http=protocol,
        timeout_keep_alive=KEEP_ALIVE_SECONDS,
    )


class _QuietServer(uvicorn.Server):
    """A uvicorn server that leaves signal handling to its owner (a thread can't install handlers)."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield


@contextlib.contextmanager
def serve_in_background(
    app: Any, *, port: int = 0, access_log: bool = False, read_timeout: float = READ_TIMEOUT_SECONDS
) -> Iterator[str]:
    """Run `app` under uvicorn in a daemon thread; yield `http://127.0.0.1:<port>`; stop it on exit.

    `access_log=True` logs one line per request to the `uvicorn.access` logger (tests check it holds no secret).
    """
    sock = bind_loopback(port)
    server = _QuietServer(_config(app, access_log=access_log, read_timeout=read_timeout))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name="mock-uvicorn", daemon=True)
    thread.start()
    try:
        _wait_until(lambda: server.started or not thread.is_alive(), STARTUP_TIMEOUT)
        if not server.started:
            raise RuntimeError("uvicorn did not start")
        yield f"http://{HOST}:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(STARTUP_TIMEOUT)
        sock.close()


def _wait_until(condition: Callable[[], bool], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.01)


async def serve_forever(apps: Sequence[tuple[Any, int]], on_started: Callable[[list[str]], None]) -> None:
    """Serve each (app, port) on 127.0.0.1 until SIGINT/SIGTERM; call `on_started` with the URLs."""
    sockets = [bind_loopback(port) for _, port in apps]
    servers = [_QuietServer(_config(app)) for app, _ in apps]

    def stop_all() -> None:
        for server in servers:
            server.should_exit = True

    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop_all)
    tasks = [asyncio.create_task(server.serve(sockets=[sock])) for server, sock in zip(servers, sockets, strict=True)]
    while not all(server.started for server in servers):
        if any(task.done() for task in tasks):
            break
        await asyncio.sleep(0.01)
    else:
        on_started([f"http://{HOST}:{sock.getsockname()[1]}" for sock in sockets])
    await asyncio.gather(*tasks)
    for sock in sockets:
        sock.close()
