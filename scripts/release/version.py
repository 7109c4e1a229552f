"""The version policy: the next version follows from the levels of the changes since the last release.

breaking -> major (minor while 0.x); additive -> minor (patch while 0.x); anything else -> patch.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from enum import StrEnum

from scripts.release import api
from scripts.spec_diff.model import Change, Level
from scripts.spec_diff.rules import ADDITIVE

SEMVER = re.compile(r"(\d+)\.(\d+)\.(\d+)")


class Bump(StrEnum):
    MAJOR = "major"
    MINOR = "minor"
    PATCH = "patch"


def bump_for(changes: Iterable[Change]) -> Bump:
    changes = list(changes)
    if any(change.level is Level.BREAKING for change in changes):
        return Bump.MAJOR
    if any(change.rule in ADDITIVE or change.rule in api.ADDITIVE for change in changes):
        return Bump.MINOR
    return Bump.PATCH


def parse(version: str) -> tuple[int, int, int]:
    match = SEMVER.fullmatch(version.strip())
    if match is None:
        raise ValueError(f"VERSION must be MAJOR.MINOR.PATCH, got {version.strip()!r}")
    major, minor, patch = (int(part) for part in match.groups())
    return major, minor, patch


def next_version(current: str, bump: Bump) -> str:
    """`current` bumped; while the major version is 0, each level moves one place down (0.x makes no promises)."""
    major, minor, patch = parse(current)
    if major == 0:
        bump = {Bump.MAJOR: Bump.MINOR, Bump.MINOR: Bump.PATCH, Bump.PATCH: Bump.PATCH}[bump]
    if bump is Bump.MAJOR:
        return f"{major + 1}.0.0"
    if bump is Bump.MINOR:
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"
