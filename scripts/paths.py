"""Where the repository's pieces are, and where Python finds the packages that ship (the one list of each)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GENERATED = ROOT / "generated"
"""The generated packages (`synq_client`, `coalesce_client`, `synq_coalesce_mock`) and the effective specs."""
RUNTIME = ROOT / "scripts" / "runtime"
"""The hand-written runtime, under the name it ships with: `scripts/runtime/synq_coalesce_core/`."""
FACADES = ROOT / "scripts" / "facades"
"""The hand-written facades, `<package>/` each, which `make generate` copies into the generated package."""
MOCK_PACKAGE = ROOT / "scripts" / "mock_package"
"""The hand-written front of the shipped mock `synq_coalesce_mock` (`serve_mock`, the pytest fixtures, `python -m`),
which `make generate` copies into `generated/synq_coalesce_mock/` beside the copy of scripts/mock (scripts/ship_mock.py)."""
CLI = ROOT / "scripts" / "cli"
"""The hand-written command-line tool, under the name it ships with: `scripts/cli/synq_coalesce_cli/`."""
IMPORT_ROOTS = (GENERATED, RUNTIME, CLI)
"""What must be on sys.path (or PYTHONPATH) to import the clients from the checkout, as the wheel installs them."""


def put_packages_on_path() -> None:
    """Import the clients from this checkout unless they are installed (the wheel, or pytest's `pythonpath`)."""
    for directory in reversed(IMPORT_ROOTS):
        if str(directory) not in sys.path:
            sys.path.insert(0, str(directory))


def pythonpath(root: Path = ROOT) -> str:
    """A PYTHONPATH value that imports the clients from the checkout at `root` (a scratch copy, say)."""
    return ":".join(str(root / directory.relative_to(ROOT)) for directory in IMPORT_ROOTS)
