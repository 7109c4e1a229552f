"""The README runbook against the whole catalogue of vendor changes (tests/runbook/changes.py), as `make test` runs
it, in one scratch copy of HEAD: first every kind that cannot break (parameters drawn from one fixed seed), and
`make generate gate` must pass; then every kind that may break, on top (another fixed seed), and the gate must stop
at the breaking ones; then the tests that read the spec or the fact lists. `make runbook-fuzz` draws fresh seeds, runs
the full `make` (wheel, `ALLOW_BREAKING=1`) and the whole suite."""

from __future__ import annotations

from pathlib import Path

import pytest

from .changes import KINDS, MAY_BREAK, apply
from .runbook import Outcome, generate_and_gate
from .scratch import output, scratch_of_head

pytestmark = pytest.mark.slow

FIXED_SEEDS = (27, 2027)
SPEC_READERS = [
    "tests/openapi",
    "tests/mock/test_mock_seeds.py",
    "tests/codegen/test_parsing.py",
    "tests/docs/test_readme.py",
]
"""What reads the spec or the fact lists first: the spec against the fact lists, the mock's seeds, the clients'
parsing of every enum value and Identifier kind, the README's examples against the mock."""


def stages() -> list[list[str]]:
    return [[kind for kind in KINDS if kind not in MAY_BREAK], [kind for kind in KINDS if kind in MAY_BREAK]]


def test_the_stages_cover_every_change_kind_and_the_second_breaks() -> None:
    assert sorted(kind for stage in stages() for kind in stage) == sorted(KINDS)
    assert all(stages())


def test_the_runbook_takes_every_kind_of_vendor_change(tmp_path: Path) -> None:
    scratch = scratch_of_head(tmp_path)
    outcomes = []
    for seed, kinds in zip(FIXED_SEEDS, stages(), strict=True):
        outcome = Outcome(seed, apply(seed, scratch.root, 0, 0, kinds))
        outcomes.append(outcome)
        assert any(change.breaking for change in outcome.changes) == (kinds == stages()[1]), outcome.report()
        assert generate_and_gate(scratch, outcome), outcome.report()
    done = scratch.pytest("-p", "no:xdist", *SPEC_READERS)
    drawn = "\n".join(outcome.report() for outcome in outcomes)
    assert done.returncode == 0, f"{drawn}\nthe tests that read the spec failed:\n{output(done)}"
