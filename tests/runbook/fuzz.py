"""`make runbook-fuzz SEEDS=N`: N random seeds of 3-5 vendor changes each, every one through `make` and the whole
suite but tests/runbook (runbook.INNER_SUITE) in its own scratch copy of HEAD; prints each seed with the changes it
drew and the path of its whole log (build/runbook-fuzz/<seed>.log). `RUNBOOK_SEED=<n>` replays one seed (the same
changes, the same run)."""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

from tests.paths import ROOT

from .runbook import run_seed

LOW, HIGH = 3, 5
LOGS = ROOT / "build" / "runbook-fuzz"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make runbook-fuzz", description=__doc__)
    parser.add_argument("--seeds", type=int, default=int(os.environ.get("SEEDS") or 20))
    arguments = parser.parse_args(argv)
    replay = os.environ.get("RUNBOOK_SEED", "").strip()
    seeds = [int(replay)] if replay else [random.SystemRandom().randrange(10**6) for _ in range(arguments.seeds)]
    failed = 0
    for seed in seeds:
        started = time.monotonic()
        with tempfile.TemporaryDirectory(prefix=f"runbook-{seed}-") as directory:
            outcome = run_seed(seed, Path(directory), LOW, HIGH, tests=[])
        took = f"{time.monotonic() - started:.0f} s"
        LOGS.mkdir(parents=True, exist_ok=True)
        log = LOGS / f"{seed}.log"
        log.write_text(outcome.full_log(), encoding="utf-8")
        if outcome.failures:
            failed += 1
            print(f"FAILED ({took}) {outcome.report()}\nwhole log: {log}\n", flush=True)
        else:
            drew = "; ".join(map(str, outcome.changes))
            print(f"ok ({took}) RUNBOOK_SEED={seed}: {drew}\nwhole log: {log}", flush=True)
    print(f"runbook-fuzz: {len(seeds) - failed} of {len(seeds)} seeds green")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
