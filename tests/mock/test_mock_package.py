"""The mock as the wheel ships it, `generated/synq_coalesce_mock/` (scripts/ship_mock.py): a faithful copy whose
every source the stale-guard watches, rewritten the same way each time, and safe to import without its extra.
tests/codegen/test_wheel.py runs it from the installed wheel; test_mock_independence.py checks its imports."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

from scripts import ship_mock
from scripts.check_drift import tree
from scripts.generate import COPIED_HEADER, input_digests
from scripts.paths import GENERATED, ROOT
from scripts.vendors import VENDORS

PACKAGE = GENERATED / ship_mock.PACKAGE
HEADER = re.compile(r'# Copied from (\S+) by "make generate"\. DO NOT EDIT here: edit \1\.')


def copied_sources() -> dict[Path, Path]:
    """Each copied module of the committed package and the source its header names."""
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        header = HEADER.fullmatch(path.read_text(encoding="utf-8").split("\n", 1)[0])
        assert header, f"{path.relative_to(ROOT)} does not name its source"
        found[path] = ROOT / header[1]
    return found


def test_regenerating_the_package_is_byte_identical(tmp_path: Path) -> None:
    for vendor in VENDORS:
        shutil.copy(GENERATED / f"{vendor}.openapi.yaml", tmp_path)
    ship_mock.write_package(tmp_path, COPIED_HEADER)
    fresh = tree(tmp_path / ship_mock.PACKAGE)
    assert fresh == tree(PACKAGE)
    ship_mock.write_package(tmp_path, COPIED_HEADER)
    assert tree(tmp_path / ship_mock.PACKAGE) == fresh


def test_each_module_is_its_source_with_only_the_module_names_changed() -> None:
    copies = copied_sources()
    assert {source.parent for source in copies.values()} >= {ROOT / "scripts" / "mock", ROOT / "scripts" / "spec"}
    for copy, source in copies.items():
        copied = copy.read_text(encoding="utf-8").splitlines()[1:]
        original = source.read_text(encoding="utf-8").splitlines()
        assert len(copied) == len(original), copy
        changed = [line for line, before in zip(copied, original, strict=True) if line != before]
        assert all(ship_mock.PACKAGE in line for line in changed), (copy, changed)


def test_the_stale_guard_watches_every_source_of_the_package() -> None:
    """An edit to scripts/mock (or a spec reader it imports, or the front) makes tests/conftest.py demand `make generate`."""
    watched = input_digests()
    assert {source.relative_to(ROOT).as_posix() for source in copied_sources().values()} <= watched.keys()
    assert {f"scripts/mock/{path.name}" for path in (ROOT / "scripts" / "mock").glob("*.py")} <= watched.keys()


def test_the_effective_specs_ship_beside_the_mock() -> None:
    for vendor in VENDORS:
        shipped = (PACKAGE / f"{vendor}.openapi.yaml").read_text(encoding="utf-8").split("\n", 1)[1]
        assert shipped == (GENERATED / f"{vendor}.openapi.yaml").read_text(encoding="utf-8")


PROBE = """
import sys
import synq_coalesce_mock.pytest_plugin
print(sorted(name for name in sys.modules if name.startswith(("synq_coalesce_mock.", "starlette", "uvicorn"))))
sys.modules["starlette"] = None  # as without the extra
try:
    synq_coalesce_mock.serve_mock
except ModuleNotFoundError as error:
    print(error)
"""


def test_the_pytest_plugin_loads_without_the_extra_and_the_api_says_what_to_install() -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=GENERATED, capture_output=True, text=True, timeout=60, check=True
    )
    loaded, error = done.stdout.splitlines()
    assert loaded == "['synq_coalesce_mock.pytest_plugin']"
    assert error.startswith("synq_coalesce_mock needs the mock extra (") and "starlette" in error
    assert error.endswith(": pip install 'synq-coalesce-clients[mock]'")
