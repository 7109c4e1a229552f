"""Where a contestant spends its time: cProfile of `repeat` calls, the `top` functions by own time."""

from __future__ import annotations

import cProfile
import io
import pstats
from collections.abc import Callable


def profile(call: Callable[[], object], *, repeat: int, top: int = 12) -> str:
    call()  # warm-up
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(repeat):
        call()
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.strip_dirs().sort_stats(pstats.SortKey.TIME).print_stats(top)
    text = out.getvalue().strip()
    return text[text.find("ncalls") :] if "ncalls" in text else text
