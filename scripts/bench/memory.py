"""P6: memory a parsed result keeps, per execution, measured with tracemalloc (the contestants' own allocations only:
the body's bytes exist before the measurement starts, and what a parse frees again is not counted)."""

from __future__ import annotations

import gc
import tracemalloc
from collections.abc import Callable


def retained_kib(parse: Callable[[], object], executions: int) -> float:
    """KiB that the result of one `parse()` holds on to, per execution."""
    parse()  # warm-up: lazily built caches are not the result's
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        kept = parse()
        gc.collect()
        after = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    del kept
    return (after - before) / executions / 1024


def top_allocations(parse: Callable[[], object], top: int = 10) -> str:
    """Where the retained memory of one `parse()` was allocated, by source line (for a P6 goal not met)."""
    parse()
    gc.collect()
    tracemalloc.start()
    try:
        kept = parse()
        gc.collect()
        snapshot = tracemalloc.take_snapshot()
    finally:
        tracemalloc.stop()
    del kept
    stats = snapshot.statistics("lineno")[:top]
    return "\n".join(f"{stat.size / 1024:10.1f} KiB {stat.count:8} blocks  {stat.traceback[0]}" for stat in stats)
