"""Where the generated parser spends its time: cProfile of `BatchGetExecutionsResponse.from_dict` on the body."""

from __future__ import annotations

import cProfile
import io
import json
import pstats

from synq_client.models import BatchGetExecutionsResponse


def profile_from_dict(body: bytes, *, repeat: int = 50, top: int = 10) -> str:
    """The `top` functions by own time over `repeat` parses of `body` (`json.loads` shows up as one line of its own;
    each parse gets fresh data in case from_dict consumes its input)."""
    BatchGetExecutionsResponse.from_dict(json.loads(body))  # warm-up
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(repeat):
        BatchGetExecutionsResponse.from_dict(json.loads(body))
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.strip_dirs().sort_stats(pstats.SortKey.TIME).print_stats(top)
    return (
        f"cProfile: {repeat} x BatchGetExecutionsResponse.from_dict, top {top} by own time\n" + out.getvalue().strip()
    )
