"""mypy --strict and ruff are part of the suite, so `make test` alone is the whole gate.

The python blocks of the README and of the PyPI page are type-checked in the same mypy run, as a user's own code
would be: an example that needed a cast, or an `isinstance` on `Unset` or on the error model, would teach one.
The typing cases under tests/ (typed_narrowing.py, vendors/typed_errors_usage.py) are checked here too, so one
cold mypy run, the slowest test of a fresh CI machine, covers everything.
"""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from scripts.paths import ROOT
from tests.docs.test_readme import README, python_blocks
from tests.paths import PYPI_PAGE

pytestmark = pytest.mark.slow


def run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)


def test_mypy_strict_is_clean_on_the_code_and_every_documented_example(tmp_path: Path) -> None:
    examples = [block for page in (README, PYPI_PAGE) for block in python_blocks(page)]
    assert examples
    for index, block in enumerate(examples):
        (tmp_path / f"example_{index}.py").write_text(block, encoding="utf-8")
    files = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]["files"]
    done = run(sys.executable, "-m", "mypy", *files, *sorted(str(path) for path in tmp_path.glob("*.py")))
    report = done.stdout
    for index, block in enumerate(examples):  # name the example by its first line, not its scratch file
        report = report.replace(f"example_{index}.py", f"example_{index}.py ({block.splitlines()[0]!r})")
    assert done.returncode == 0, report + done.stderr


def test_ruff_lint_and_format_are_clean() -> None:
    ruff = [sys.executable, "-m", "ruff"]
    lint = run(*ruff, "check", "scripts", "tests")
    assert lint.returncode == 0, lint.stdout + lint.stderr
    fmt = run(*ruff, "format", "--check", "scripts", "tests")
    assert fmt.returncode == 0, fmt.stdout + fmt.stderr
