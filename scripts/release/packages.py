"""The packages the wheel ships, as pyproject.toml lists them (never a list kept here)."""

from __future__ import annotations

import tomllib
from pathlib import Path

from scripts.spec.document import SpecError


def shipped_packages(root: Path) -> list[Path]:
    """`[tool.hatch.build.targets.wheel] packages` of `root/pyproject.toml`, as paths below `root`."""
    pyproject = root / "pyproject.toml"
    if not pyproject.is_file():
        return []
    return [root / package for package in listed_packages(pyproject.read_text(encoding="utf-8"), str(pyproject))]


def listed_packages(pyproject: str | None, origin: str) -> list[str]:
    """The same list from the text of a pyproject.toml (None: no pyproject.toml, no packages)."""
    if pyproject is None:
        return []
    table = tomllib.loads(pyproject)
    listed = table.get("tool", {}).get("hatch", {}).get("build", {}).get("targets", {}).get("wheel", {})
    packages = listed.get("packages")
    if not isinstance(packages, list) or not all(isinstance(p, str) for p in packages):
        raise SpecError(f"{origin}: [tool.hatch.build.targets.wheel] packages must be a list of paths")
    return packages
