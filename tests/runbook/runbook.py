"""One seed of vendor changes through the README runbook, in a scratch copy of HEAD: apply the drawn changes to
`openapi/` and the fact lists, run `make` (a breaking change must stop at the gate, then pass with
`ALLOW_BREAKING=1`), then the tests. The outcome lists every step that went wrong, with the changes drawn."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from .changes import Change, apply
from .scratch import Scratch, output, scratch_of_head

INNER_SUITE = ["--ignore=tests/runbook"]
"""The suite a fuzz seed runs: all of it but tests/runbook itself (the fixed seeds inside a seed are recursion, not
coverage)."""


@dataclass
class Outcome:
    seed: int
    changes: list[Change] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    log: list[str] = field(default_factory=list)
    """Every step's command and whole output, in order (the failures keep only their tails)."""

    def report(self) -> str:
        drawn = "\n".join(f"  - {change}" for change in self.changes)
        found = "\n".join(self.failures)
        return f"RUNBOOK_SEED={self.seed} drew:\n{drawn}\n{found}"

    def record(self, step: str, done: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
        self.log.append(f"$ {step}\n{output(done, tail=None)}")
        return done

    def full_log(self) -> str:
        drawn = "\n".join(f"  - {change}" for change in self.changes)
        return f"RUNBOOK_SEED={self.seed} drew:\n{drawn}\n\n" + "\n\n".join(self.log)


def run_seed(
    seed: int, directory: Path, low: int, high: int, tests: list[str], kinds: list[str] | None = None
) -> Outcome:
    """`tests`: pytest arguments for the scratch copy after `make`, or [] for `make test` without tests/runbook
    (INNER_SUITE); `kinds`: these change kinds instead of `low`..`high` drawn ones."""
    scratch = scratch_of_head(directory)
    outcome = Outcome(seed, apply(seed, scratch.root, low, high, kinds))
    if make_as_the_runbook_says(scratch, outcome):
        if tests:
            done = outcome.record("pytest " + " ".join(tests), scratch.pytest("-p", "no:xdist", *tests))
        else:
            arguments = f"PYTEST_ARGS={' '.join(INNER_SUITE)}"
            done = outcome.record(f"make test {arguments}", scratch.make("test", arguments))
        if done.returncode != 0:
            outcome.failures.append(f"the tests failed after make:\n{output(done)}")
    return outcome


def make_as_the_runbook_says(scratch: Scratch, outcome: Outcome) -> bool:
    done = outcome.record("make", scratch.make())
    if any(change.breaking for change in outcome.changes):
        said = done.stdout + done.stderr
        if done.returncode == 0:
            outcome.failures.append(f"make passed a breaking change:\n{output(done)}")
        elif "ALLOW_BREAKING=1" not in said or list((scratch.root / "dist").glob("*.whl")):
            outcome.failures.append(f"make failed, but not at the gate (or left a wheel):\n{output(done)}")
            return False
        done = outcome.record("ALLOW_BREAKING=1 make", scratch.make(env={"ALLOW_BREAKING": "1"}))
    if not succeeded(done, scratch):
        outcome.failures.append(f"make failed:\n{output(done)}")
        return False
    return True


def generate_and_gate(scratch: Scratch, outcome: Outcome) -> bool:
    """`make generate gate` (no second generation for check-drift, no wheel: other tests cover both): the gate must
    stop, saying `ALLOW_BREAKING=1`, exactly when a change drawn is breaking."""
    done = outcome.record("make generate", scratch.make("generate"))
    if done.returncode != 0:
        outcome.failures.append(f"make generate failed:\n{output(done)}")
        return False
    done = outcome.record("make gate", scratch.make("gate"))
    breaking = any(change.breaking for change in outcome.changes)
    if breaking and (done.returncode == 0 or "ALLOW_BREAKING=1" not in done.stdout + done.stderr):
        outcome.failures.append(f"the gate did not stop at a breaking change, saying ALLOW_BREAKING=1:\n{output(done)}")
    elif not breaking and done.returncode != 0:
        outcome.failures.append(f"the gate stopped changes that are not breaking:\n{output(done)}")
    return not outcome.failures


def succeeded(done: subprocess.CompletedProcess[str], scratch: Scratch) -> bool:
    return done.returncode == 0 and bool(list((scratch.root / "dist").glob("*.whl")))
