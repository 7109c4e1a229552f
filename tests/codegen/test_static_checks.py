"""mypy --strict and ruff are part of the suite, so `make test` alone is the whole gate."""

from __future__ import annotations

import subprocess
import sys

from scripts.generate import ROOT


def run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)


def test_mypy_strict_is_clean_on_generated_and_hand_written_code() -> None:
    done = run(sys.executable, "-m", "mypy")  # the files to check are listed once, in pyproject.toml
    assert done.returncode == 0, done.stdout + done.stderr


def test_ruff_lint_and_format_are_clean() -> None:
    ruff = [sys.executable, "-m", "ruff"]
    lint = run(*ruff, "check", "scripts", "tests")
    assert lint.returncode == 0, lint.stdout + lint.stderr
    fmt = run(*ruff, "format", "--check", "scripts", "tests")
    assert fmt.returncode == 0, fmt.stdout + fmt.stderr
