"""Time, sleep and jitter behind one object, so tests can fake all three and never wait."""

from __future__ import annotations

import asyncio
import random
import time
from typing import Protocol

__all__ = ["SYSTEM_CLOCK", "Clock", "ManualClock", "SystemClock"]


class Clock(Protocol):
    """What the retry loop, the token cache and the pollers need from the outside world."""

    def time(self) -> float:
        """Wall-clock seconds since the epoch (to read a `Retry-After` HTTP-date)."""
        ...

    def monotonic(self) -> float:
        """Seconds on a clock that never goes back (elapsed times, deadlines, token expiry)."""
        ...

    def sleep(self, seconds: float) -> None:
        """Block for `seconds`."""
        ...

    async def async_sleep(self, seconds: float) -> None:
        """Suspend the task for `seconds`."""
        ...

    def random(self) -> float:
        """A float in [0, 1) for backoff jitter."""
        ...


class SystemClock:
    """The real clock: `time`, `asyncio` and `random`."""

    def time(self) -> float:
        return time.time()

    def monotonic(self) -> float:
        return time.monotonic()

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)

    async def async_sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)

    def random(self) -> float:
        return random.random()

    def __repr__(self) -> str:
        return "SystemClock()"


SYSTEM_CLOCK: Clock = SystemClock()


class ManualClock:
    """A clock for tests: time moves only when something sleeps or `advance` is called, and every sleep is recorded.

    Pass it as `clock=` to a client and retries, token expiry and polling run instantly; `sleeps` lists the delays
    that were asked for. `random` is the fixed jitter draw (0.0: no jitter).
    """

    def __init__(self, *, start: float = 1_700_000_000.0, random: float = 0.0) -> None:
        self.start = start
        self.elapsed = 0.0
        self.sleeps: list[float] = []
        self.random_value = random

    def time(self) -> float:
        """`start` plus the seconds that have passed."""
        return self.start + self.elapsed

    def monotonic(self) -> float:
        """The seconds that have passed since the clock was made."""
        return self.elapsed

    def advance(self, seconds: float) -> None:
        """Let `seconds` pass without recording a sleep."""
        self.elapsed += seconds

    def sleep(self, seconds: float) -> None:
        """Record the sleep and let `seconds` pass, at once."""
        self.sleeps.append(seconds)
        self.elapsed += seconds

    async def async_sleep(self, seconds: float) -> None:
        """Record the sleep and let `seconds` pass, yielding to the event loop once."""
        self.sleeps.append(seconds)
        self.elapsed += seconds
        await asyncio.sleep(0)  # still a suspension point, so other tasks run as they would

    def random(self) -> float:
        """The fixed jitter draw given as `random=`."""
        return self.random_value

    def __repr__(self) -> str:
        return f"ManualClock(elapsed={self.elapsed}, sleeps={self.sleeps})"
