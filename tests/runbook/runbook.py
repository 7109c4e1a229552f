"""One seed of vendor changes through the README runbook, in a scratch copy of HEAD: apply the drawn changes to
`openapi/` and the fact lists, run `make` (a breaking change must stop at the gate, then pass with
`ALLOW_BREAKING=1`), then the tests. The outcome lists every step that went wrong, with the changes drawn."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from .changes import Change, apply
from .scratch import Scratch, output, scratch_of_head


@dataclass
class Outcome:
    seed: int
    changes: list[Change] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)

    def report(self) -> str:
        drawn = "\n".join(f"  - {change}" for change in self.changes)
        found = "\n".join(self.failures)
        return f"RUNBOOK_SEED={self.seed} drew:\n{drawn}\n{found}"


def run_seed(
    seed: int, directory: Path, low: int, high: int, tests: list[str], kinds: list[str] | None = None
) -> Outcome:
    """`tests`: pytest arguments for the scratch copy after `make`, or [] for `make test` (the whole suite);
    `kinds`: these change kinds instead of `low`..`high` drawn ones."""
    scratch = scratch_of_head(directory)
    outcome = Outcome(seed, apply(seed, scratch.root, low, high, kinds))
    if make_as_the_runbook_says(scratch, outcome):
        done = scratch.pytest("-p", "no:xdist", *tests) if tests else scratch.make("test")
        if done.returncode != 0:
            outcome.failures.append(f"the tests failed after make:\n{output(done)}")
    return outcome


def make_as_the_runbook_says(scratch: Scratch, outcome: Outcome) -> bool:
    done = scratch.make()
    if any(change.breaking for change in outcome.changes):
        said = done.stdout + done.stderr
        if done.returncode == 0:
            outcome.failures.append(f"make passed a breaking change:\n{output(done)}")
        elif "ALLOW_BREAKING=1" not in said or list((scratch.root / "dist").glob("*.whl")):
            outcome.failures.append(f"make failed, but not at the gate (or left a wheel):\n{output(done)}")
            return False
        done = scratch.make(env={"ALLOW_BREAKING": "1"})
    if not succeeded(done, scratch):
        outcome.failures.append(f"make failed:\n{output(done)}")
        return False
    return True


def succeeded(done: subprocess.CompletedProcess[str], scratch: Scratch) -> bool:
    return done.returncode == 0 and bool(list((scratch.root / "dist").glob("*.whl")))
