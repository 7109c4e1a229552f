"""`python -m scripts.bench` (`make bench`): issue #8's performance goals, measured side by side in one run.

    python -m scripts.bench [--rounds N] [--quick] [--only P1,P2] [--profile]

`--quick` is one round with tiny bodies (the smoke test's mode: it checks the plumbing, not the speed).
Network: 127.0.0.1 only (uvicorn in a child process). A full run takes about a minute on 2 cores.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections.abc import Sequence
from pathlib import Path

GENERATED = Path(__file__).resolve().parents[2] / "generated"


def _importable_clients() -> None:
    """Put generated/ on sys.path unless the clients are installed (the wheel, or pytest's `pythonpath`)."""
    try:
        import coalesce_client  # noqa: F401
        import synq_client  # noqa: F401
    except ImportError:
        sys.path.insert(0, str(GENERATED))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.bench", description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--rounds", type=int, help="rounds of interleaved timing (default 7; 1 with --quick)")
    parser.add_argument("--quick", action="store_true", help="one round, tiny sizes: a smoke run, not a measurement")
    parser.add_argument("--only", help="comma-separated goals to run: P1,P2,P3,P4 (default: all)")
    parser.add_argument("--profile", action="store_true", help="also cProfile the generated from_dict on the P2 body")
    args = parser.parse_args(argv)
    _importable_clients()

    from scripts.bench import goals, report

    try:
        only = goals.parse_only(args.only)
    except ValueError as error:
        parser.error(str(error))
    settings = goals.Settings.quick(only) if args.quick else goals.Settings(only=only)
    if args.rounds is not None:
        if args.rounds < 1:
            parser.error("--rounds must be at least 1")
        settings = dataclasses.replace(settings, rounds=args.rounds)

    def progress(message: str) -> None:
        print(f"... {message}", file=sys.stderr, flush=True)

    results = goals.run(settings, progress)
    print(report.render(results), flush=True)
    if args.profile:
        from scripts.bench.bodies import Bodies
        from scripts.bench.profile import profile_from_dict

        print()
        print(profile_from_dict(Bodies.build(settings.executions).synq, repeat=10 if args.quick else 50))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
