"""`python -m scripts.bench` (`make bench`): issue #16's performance goals, measured side by side in one run.

    python -m scripts.bench [--rounds N] [--quick] [--only P1,P2] [--profile]

Every goal not met comes with a cProfile (tracemalloc for P6) of our contestant; `--profile` adds one for every goal.
`--quick` is two rounds with tiny bodies (the smoke test's mode: it checks the plumbing and the same-work check,
not the speed). Network: 127.0.0.1 only (uvicorn in a child process). A full run takes about two minutes on 2 cores.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections.abc import Sequence

from scripts.paths import put_packages_on_path


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.bench", description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--rounds", type=int, help="rounds of interleaved timing (default 11; 2 with --quick)")
    parser.add_argument("--quick", action="store_true", help="two rounds, tiny sizes: a smoke run, not a measurement")
    parser.add_argument("--only", help="comma-separated goals to run: P1,...,P7 (default: all)")
    parser.add_argument("--profile", action="store_true", help="profile every goal, not only the ones not met")
    args = parser.parse_args(argv)
    put_packages_on_path()

    from scripts.bench import goals, report

    try:
        only = goals.parse_only(args.only)
    except ValueError as error:
        parser.error(str(error))
    settings = goals.Settings.quick(only) if args.quick else goals.Settings(only=only)
    settings = dataclasses.replace(settings, profile_all=args.profile)
    if args.rounds is not None:
        if args.rounds < 1:
            parser.error("--rounds must be at least 1")
        settings = dataclasses.replace(settings, rounds=args.rounds)

    def progress(message: str) -> None:
        print(f"... {message}", file=sys.stderr, flush=True)

    results = goals.run(settings, progress)
    print(report.render(results), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
