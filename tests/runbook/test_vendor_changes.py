"""The README runbook against the catalogue of vendor changes (tests/runbook/changes.py), as `make test` runs it:
three fixed seeds, each applying a third of the catalogue (every kind, with parameters drawn from the seed) to a
scratch copy of HEAD, then `make` (stopping at the gate when a change is breaking, until `ALLOW_BREAKING=1`), then
the tests that read the spec or the fact lists. `make runbook-fuzz` draws fresh seeds and runs the whole suite."""

from __future__ import annotations

from pathlib import Path

import pytest

from .changes import KINDS
from .runbook import run_seed

pytestmark = pytest.mark.slow

FIXED_SEEDS = (27, 2027, 4027)
SPEC_READERS = [
    "tests/openapi",
    "tests/mock/test_mock_seeds.py",
    "tests/codegen/test_parsing.py",
    "tests/docs/test_readme.py",
]
"""What reads the spec or the fact lists first: the spec against the fact lists, the mock's seeds, the clients'
parsing of every enum value and Identifier kind, the README's examples against the mock."""


def part(index: int) -> list[str]:
    return list(KINDS[index :: len(FIXED_SEEDS)])


def test_the_fixed_seeds_cover_every_change_kind() -> None:
    covered = [kind for index in range(len(FIXED_SEEDS)) for kind in part(index)]
    assert sorted(covered) == sorted(KINDS)


def check(index: int, directory: Path) -> None:
    outcome = run_seed(FIXED_SEEDS[index], directory, 0, 0, SPEC_READERS, kinds=part(index))
    assert not outcome.failures, outcome.report()


# One class each, so that pytest-xdist (--dist loadscope) can hand them to different workers.
class TestFirstThird:
    def test_the_runbook_takes_these_vendor_changes(self, tmp_path: Path) -> None:
        check(0, tmp_path)


class TestSecondThird:
    def test_the_runbook_takes_these_vendor_changes(self, tmp_path: Path) -> None:
        check(1, tmp_path)


class TestLastThird:
    def test_the_runbook_takes_these_vendor_changes(self, tmp_path: Path) -> None:
        check(2, tmp_path)
