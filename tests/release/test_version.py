"""The version policy: breaking -> major, additive -> minor, else patch; one place down while 0.x."""

from __future__ import annotations

import pytest

from scripts.release.version import Bump, bump_for, next_version
from scripts.spec_diff.model import Change, Level

REMOVED = Change("response-property-enum-value-removed", Level.BREAKING, "/x", "removed")
ADDED_VALUE = Change("response-property-enum-value-added", Level.WARNING, "/x", "added")
ADDED_FUNCTION = Change("python-object-added", Level.INFO, "pkg.f", "added pkg.f")
PROSE = Change("description-changed", Level.INFO, "/x/description", "changed")
DEPRECATED = Change("endpoint-deprecated", Level.WARNING, "/x/deprecated", "deprecated")


@pytest.mark.parametrize(
    ("changes", "bump"),
    [
        ([REMOVED, ADDED_VALUE], Bump.MAJOR),
        ([ADDED_VALUE, PROSE], Bump.MINOR),
        ([ADDED_FUNCTION], Bump.MINOR),
        ([PROSE, DEPRECATED], Bump.PATCH),
        ([], Bump.PATCH),
    ],
)
def test_bump_follows_the_strongest_change(changes: list[Change], bump: Bump) -> None:
    assert bump_for(changes) is bump


@pytest.mark.parametrize(
    ("current", "bump", "expected"),
    [
        ("1.4.2", Bump.MAJOR, "2.0.0"),
        ("1.4.2", Bump.MINOR, "1.5.0"),
        ("1.4.2", Bump.PATCH, "1.4.3"),
        ("0.4.2", Bump.MAJOR, "0.5.0"),
        ("0.4.2", Bump.MINOR, "0.4.3"),
        ("0.4.2", Bump.PATCH, "0.4.3"),
    ],
)
def test_next_version(current: str, bump: Bump, expected: str) -> None:
    assert next_version(current, bump) == expected


@pytest.mark.parametrize("bad", ["1.2", "v1.2.3", "1.2.3rc1", ""])
def test_version_must_be_three_numbers(bad: str) -> None:
    with pytest.raises(ValueError, match=r"MAJOR\.MINOR\.PATCH"):
        next_version(bad, Bump.PATCH)
