"""Where the repository's files are, for tests at any depth."""

import tomllib

from scripts.paths import ROOT as ROOT

DATA = ROOT / "tests" / "data"
PYPI_PAGE = ROOT / tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["readme"]
"""The wheel's long description (pyproject.toml `readme`): the package's page on PyPI."""
