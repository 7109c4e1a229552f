"""A scratch copy of this checkout in which a test edits `openapi/` the way a user would, then runs `make`.

The copy (`tests.release.repository.copy_repository`) holds every file git knows as it is in the working tree, committed
as the scratch repository's HEAD, so the gate compares the user's edit against exactly this tree. It shares this
checkout's `.venv`; `make -o .venv/.installed` keeps make from reinstalling it.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from tests.release.repository import copy_repository

Spec = dict[str, Any]
SPEC_TESTS = ("tests/openapi", "tests/mock/test_mock_seeds.py", "-k", "not a_type_change_in_the_spec")
"""What a spec change touches first: the completeness tests against tests/data/, and the mock's seeds (without the
seed tests that make type changes of their own)."""


@dataclass(frozen=True)
class Scratch:
    root: Path

    def edit_spec(self, vendor: str, change: Callable[[Spec], None]) -> None:
        """Load openapi/<vendor>.yaml, let `change` edit it in place, write it back."""
        path = self.root / "openapi" / f"{vendor}.yaml"
        spec = yaml.safe_load(path.read_text(encoding="utf-8"))
        change(spec)
        path.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True, width=120), encoding="utf-8")

    def append_to_list(self, relative: str, *lines: str) -> None:
        """Append entries to a vendor-fact list in tests/data/."""
        path = self.root / relative
        path.write_text(path.read_text(encoding="utf-8") + "".join(f"{line}\n" for line in lines), encoding="utf-8")

    def replace_in_list(self, relative: str, old: str, new: str) -> None:
        path = self.root / relative
        lines = path.read_text(encoding="utf-8").splitlines()
        assert old in lines, f"{old!r} is not in {relative}"
        path.write_text("\n".join(new if line == old else line for line in lines) + "\n", encoding="utf-8")

    def make(self, *targets: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
        return self.run(["make", "-o", ".venv/.installed", *targets], env=env)

    def pytest(self, *paths: str) -> subprocess.CompletedProcess[str]:
        return self.run([str(self.root / ".venv" / "bin" / "python"), "-m", "pytest", "-p", "no:xdist", "-q", *paths])

    def run(self, command: list[str], env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
        clean = {key: value for key, value in os.environ.items() if not key.startswith(("MAKE", "PYTEST_", "ALLOW_"))}
        return subprocess.run(
            command, cwd=self.root, env={**clean, **(env or {})}, capture_output=True, text=True, check=False
        )


def scratch_checkout(destination: Path) -> Scratch:
    return Scratch(copy_repository(destination))


def passed(done: subprocess.CompletedProcess[str]) -> bool:
    return done.returncode == 0


def output(done: subprocess.CompletedProcess[str]) -> str:
    return f"exit {done.returncode}\n--- stdout\n{done.stdout[-6000:]}\n--- stderr\n{done.stderr[-6000:]}"
