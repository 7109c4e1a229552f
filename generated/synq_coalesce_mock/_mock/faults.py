# Copied from scripts/mock/faults.py by "make generate". DO NOT EDIT here: edit scripts/mock/faults.py.
"""Deterministic fault injection: the worst a network or a gateway can do, selected per request or per app.

Per request: `X-Mock-Fault: <mode>[;param=value]...`; per app: `create_app(vendor, fault="<mode>;...")` (a request
header wins over the app's default). Modes:

| mode                   | params                  | what the client sees                                      |
|------------------------|-------------------------|-----------------------------------------------------------|
| `latency`              | `ms` (default 500)      | the normal answer, `ms` milliseconds late                 |
| `reset-before-headers` |                         | the connection reset (TCP RST) before any byte            |
| `reset-after-headers`  |                         | status and headers, half the body, then a reset           |
| `truncated-json`       |                         | 200 with the first half of the JSON body (framing intact) |
| `html-502`             |                         | 502 with an HTML gateway page                             |
| `empty-200`            |                         | 200 with an empty body                                    |
| `schema-violation`     |                         | 200 with a JSON body that breaks the response schema      |
| `rate-limited`         | `retry-after` (1)       | 429 + `Retry-After`, the vendor's error body              |
| `unavailable`          | `retry-after` (1)       | 503 + `Retry-After`, the vendor's error body              |
| `flap`                 | `n` (3), `status` (503) | `status` for tries 1..n-1, then the normal answer         |
| `drip`                 | `interval` (0.5 s), `chunks` (20) | the body in `chunks` pieces, `interval` apart   |
| `huge`                 | `mb` (10)               | the normal body padded with JSON whitespace to `mb` MiB   |

Every mode also takes `times=<k>` (fault only the first k requests, then answer normally) and `key=<name>`
(the counter `times` and `flap` count with; default: the `X-Mock-Fault-Key` header, else the fault text), so a
flapping sequence is deterministic however many clients share the app. Only a request the mock authenticates
is counted (one that is not gets the normal answer, its 401), and the counters are bounded: the MAX_KEYS most
recently used keys, each kept as a 16-byte digest, so no number or length of keys grows memory.

Under uvicorn a reset is real (SO_LINGER 0 then abort: the peer gets RST). In-process (httpx's ASGI transport)
there is no socket, so the app raises `httpx.ReadError`, which the transport hands to the client as-is.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import socket
import struct
import threading
from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx
from starlette.types import ASGIApp, Message, Receive, Scope, Send

HEADER = "x-mock-fault"
KEY_HEADER = "x-mock-fault-key"
MIB = 1024 * 1024
MAX_LATENCY_MS = 60_000
MAX_DRIP_SECONDS = 30.0
MAX_MB = 64
MAX_KEYS = 10_000  # counters kept for `times`/`flap`; the least recently used key is forgotten first

ErrorBody = Callable[[int, str], bytes]
"""The vendor's documented error body for (status, message), already encoded as JSON."""
Admits = Callable[[Mapping[str, str]], bool]
"""Whether a request with these (lowercase) headers carries credentials the mock accepts."""

_PARAMS: dict[str, dict[str, float]] = {  # mode -> allowed params with their defaults
    "latency": {"ms": 500},
    "reset-before-headers": {},
    "reset-after-headers": {},
    "truncated-json": {},
    "html-502": {},
    "empty-200": {},
    "schema-violation": {},
    "rate-limited": {"retry-after": 1},
    "unavailable": {"retry-after": 1},
    "flap": {"n": 3, "status": 503},
    "drip": {"interval": 0.5, "chunks": 20},
    "huge": {"mb": 10},
}
MODES = tuple(_PARAMS)
_LIMITS: dict[str, tuple[float, float]] = {
    "ms": (0, MAX_LATENCY_MS),
    "retry-after": (0, 3600),
    "n": (1, 1000),
    "status": (500, 599),
    "interval": (0, 10),
    "chunks": (1, 10_000),
    "mb": (0, MAX_MB),
    "times": (0, 1_000_000),
}


class FaultError(ValueError):
    """A malformed `X-Mock-Fault` value; the app answers 400 with the vendor's error body."""


@dataclass(frozen=True)
class Fault:
    mode: str
    params: dict[str, float] = field(default_factory=dict)
    key: str | None = None
    times: int | None = None  # fault only the first `times` requests per key; None: every request
    text: str = ""

    def __getitem__(self, name: str) -> float:
        return self.params[name]


def parse(text: str) -> Fault:
    """`"flap;n=3;key=a"` -> Fault, or FaultError naming the bad part and the known modes."""
    mode, *items = [part.strip() for part in text.split(";")]
    mode = mode.lower()
    if mode not in _PARAMS:
        raise FaultError(f"unknown X-Mock-Fault mode {mode!r}; known: {', '.join(MODES)}")
    params = dict(_PARAMS[mode])
    key: str | None = None
    times: int | None = None
    for item in filter(None, items):
        name, sep, value = (part.strip() for part in item.partition("="))
        name = name.lower()
        if not sep:
            raise FaultError(f"X-Mock-Fault parameter {item!r} must be name=value")
        if name == "key":
            key = value
        elif name == "times":
            times = int(_number(name, value))
        elif name in params:
            params[name] = _number(name, value)
        else:
            raise FaultError(f"X-Mock-Fault mode {mode!r} takes no parameter {name!r}")
    if mode == "flap":
        times = int(params["n"]) - 1
    if mode == "drip" and params["interval"] * params["chunks"] > MAX_DRIP_SECONDS:
        raise FaultError(f"X-Mock-Fault drip must finish within {MAX_DRIP_SECONDS:g}s (interval x chunks)")
    return Fault(mode, params, key, times, text.strip())


def _number(name: str, value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise FaultError(f"X-Mock-Fault parameter {name}={value!r} must be a number") from None
    low, high = _LIMITS[name]
    if not low <= number <= high:
        raise FaultError(f"X-Mock-Fault parameter {name}={value} must be between {low:g} and {high:g}")
    return number


@dataclass
class Captured:
    """The inner app's response, buffered so a fault can rewrite it."""

    status: int = 500
    headers: list[tuple[bytes, bytes]] = field(default_factory=list)
    body: bytes = b""

    def headers_without(self, *names: bytes) -> list[tuple[bytes, bytes]]:
        return [(k, v) for k, v in self.headers if k.lower() not in names]


class KeyCounts:
    """Requests counted per fault key, for at most `limit` keys (least recently used forgotten first)."""

    def __init__(self, limit: int = MAX_KEYS) -> None:
        self.limit = limit
        self._counts: OrderedDict[bytes, int] = OrderedDict()
        self._lock = threading.Lock()

    def add(self, key: str) -> int:
        """Count one more request under `key`; how many there have been."""
        digest = hashlib.blake2b(key.encode(), digest_size=16).digest()
        with self._lock:
            count = self._counts.pop(digest, 0) + 1
            self._counts[digest] = count
            if len(self._counts) > self.limit:
                self._counts.popitem(last=False)
        return count

    def __len__(self) -> int:
        return len(self._counts)


class FaultInjection:
    """ASGI wrapper around the mock: applies the request's (or the app's) fault, or passes the request through."""

    def __init__(
        self, app: ASGIApp, *, error_body: ErrorBody, default: str | None = None, admits: Admits = lambda _: True
    ) -> None:
        self.app = app
        self.error_body = error_body
        self.default = parse(default) if default else None
        self.admits = admits
        self.counts = KeyCounts()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        try:
            fault = parse(headers[HEADER]) if headers.get(HEADER, "").strip() else self.default
        except FaultError as problem:
            await _send(send, 400, [(b"content-type", b"application/json")], self.error_body(400, str(problem)))
            return
        if fault is None or not self._applies(fault, headers):
            await self.app(scope, receive, send)
            return
        await _FAULTS[fault.mode](self, fault, scope, receive, send)

    def _applies(self, fault: Fault, headers: Mapping[str, str]) -> bool:
        """Count this request under the fault's key (if it is authenticated); whether it is still within `times`."""
        if fault.times is None:
            return True
        if not self.admits(headers):
            return False
        return self.counts.add(fault.key or headers.get(KEY_HEADER) or fault.text) <= fault.times

    async def capture(self, scope: Scope, receive: Receive) -> Captured:
        captured = Captured()

        async def keep(message: Message) -> None:
            if message["type"] == "http.response.start":
                captured.status = message["status"]
                captured.headers = list(message.get("headers", []))
            elif message["type"] == "http.response.body":
                captured.body += message.get("body", b"")

        await self.app(scope, receive, keep)
        return captured

    def error(self, status: int, message: str, extra: list[tuple[bytes, bytes]]) -> tuple[list[Any], bytes]:
        return [(b"content-type", b"application/json"), *extra], self.error_body(status, message)


async def _send(send: Send, status: int, headers: list[tuple[bytes, bytes]], body: bytes) -> None:
    headers = [(k, v) for k, v in headers if k.lower() != b"content-length"]
    headers.append((b"content-length", str(len(body)).encode()))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body, "more_body": False})


async def _reset(send: Send, *, after_headers: bool) -> None:
    """Abort the connection with an RST (uvicorn), or raise the transport error httpx would (in-process)."""
    transport = getattr(getattr(send, "__self__", None), "transport", None)
    if transport is None or not hasattr(transport, "abort"):
        where = "after the headers" if after_headers else "before the headers"
        raise httpx.ReadError(f"connection reset by the mock {where} (X-Mock-Fault)")
    sock = transport.get_extra_info("socket")
    if sock is not None:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    transport.abort()
    await asyncio.sleep(0)  # let uvicorn see the connection lost before the app returns (no "no response" log)


async def _latency(fi: FaultInjection, fault: Fault, scope: Scope, receive: Receive, send: Send) -> None:
    await asyncio.sleep(fault["ms"] / 1000)
    await fi.app(scope, receive, send)


async def _reset_before(fi: FaultInjection, fault: Fault, scope: Scope, receive: Receive, send: Send) -> None:
    await _reset(send, after_headers=False)


async def _reset_after(fi: FaultInjection, fault: Fault, scope: Scope, receive: Receive, send: Send) -> None:
    answer = await fi.capture(scope, receive)
    headers = [*answer.headers_without(b"content-length"), (b"content-length", str(len(answer.body)).encode())]
    await send({"type": "http.response.start", "status": answer.status, "headers": headers})
    await send({"type": "http.response.body", "body": answer.body[: len(answer.body) // 2], "more_body": True})
    await asyncio.sleep(0.05)  # let the headers and the half body reach the peer before the reset
    await _reset(send, after_headers=True)


async def _truncated(fi: FaultInjection, fault: Fault, scope: Scope, receive: Receive, send: Send) -> None:
    answer = await fi.capture(scope, receive)
    await _send(send, answer.status, answer.headers, answer.body[: len(answer.body) // 2])


async def _html_502(fi: FaultInjection, fault: Fault, scope: Scope, receive: Receive, send: Send) -> None:
    page = b"<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>"
    await _send(send, 502, [(b"content-type", b"text/html; charset=utf-8")], page)


async def _empty_200(fi: FaultInjection, fault: Fault, scope: Scope, receive: Receive, send: Send) -> None:
    await _send(send, 200, [(b"content-type", b"application/json")], b"")


async def _schema_violation(fi: FaultInjection, fault: Fault, scope: Scope, receive: Receive, send: Send) -> None:
    answer = await fi.capture(scope, receive)
    await _send(send, 200, [(b"content-type", b"application/json")], violate(answer.body))


def violate(body: bytes) -> bytes:
    """Valid JSON of the wrong shape: every top-level value of an object wrapped in a list (types no longer match)."""
    try:
        data = json.loads(body)
    except ValueError:
        data = None
    wrong = {key: [value] for key, value in data.items()} if isinstance(data, dict) and data else []
    return json.dumps(wrong, separators=(",", ":")).encode()


async def _status_with_retry_after(
    fi: FaultInjection, fault: Fault, scope: Scope, receive: Receive, send: Send
) -> None:
    status = 429 if fault.mode == "rate-limited" else 503
    extra = [(b"retry-after", f"{fault['retry-after']:g}".encode())]
    headers, body = fi.error(status, f"Injected fault {fault.mode}; retry after {fault['retry-after']:g}s.", extra)
    await _send(send, status, headers, body)


async def _flap(fi: FaultInjection, fault: Fault, scope: Scope, receive: Receive, send: Send) -> None:
    status = int(fault["status"])
    headers, body = fi.error(status, f"Injected flapping failure; succeeds on try {int(fault['n'])}.", [])
    await _send(send, status, headers, body)


async def _drip(fi: FaultInjection, fault: Fault, scope: Scope, receive: Receive, send: Send) -> None:
    answer = await fi.capture(scope, receive)
    chunks = int(fault["chunks"])
    size = max(1, -(-len(answer.body) // chunks))
    headers = [*answer.headers_without(b"content-length"), (b"content-length", str(len(answer.body)).encode())]
    await send({"type": "http.response.start", "status": answer.status, "headers": headers})
    gone = asyncio.ensure_future(_disconnected(receive))
    try:
        for start in range(0, len(answer.body), size):
            await asyncio.wait([gone], timeout=fault["interval"])
            if gone.done():
                return
            await send({"type": "http.response.body", "body": answer.body[start : start + size], "more_body": True})
        await send({"type": "http.response.body", "body": b"", "more_body": False})
    finally:
        gone.cancel()


async def _disconnected(receive: Receive) -> None:
    """Return once the client has hung up (a request body the app did not read is drained first)."""
    while (await receive())["type"] != "http.disconnect":
        pass


async def _huge(fi: FaultInjection, fault: Fault, scope: Scope, receive: Receive, send: Send) -> None:
    answer = await fi.capture(scope, receive)
    padding = max(0, int(fault["mb"] * MIB) - len(answer.body))
    await _send(send, answer.status, answer.headers, answer.body + b" " * padding)


_Handler = Callable[[FaultInjection, Fault, Scope, Receive, Send], Any]
_FAULTS: dict[str, _Handler] = {
    "latency": _latency,
    "reset-before-headers": _reset_before,
    "reset-after-headers": _reset_after,
    "truncated-json": _truncated,
    "html-502": _html_502,
    "empty-200": _empty_200,
    "schema-violation": _schema_violation,
    "rate-limited": _status_with_retry_after,
    "unavailable": _status_with_retry_after,
    "flap": _flap,
    "drip": _drip,
    "huge": _huge,
}
