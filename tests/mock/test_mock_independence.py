"""The mock is an independent oracle: it never imports the generated clients, their runtime or the code generator,
nor does the spec model it reads (scripts/spec)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from tests.paths import ROOT

MOCK = ROOT / "scripts" / "mock"
SPEC = ROOT / "scripts" / "spec"
SHIPPED = ROOT / "generated" / "synq_coalesce_mock"
FORBIDDEN = (
    "synq_client",
    "coalesce_client",
    "synq_coalesce_core",
    "generated",
    "scripts.codegen",
    "scripts.runtime",
    "openapi_python_client",
)


def imported_modules(path: Path) -> set[str]:
    modules: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            modules.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            package = ["scripts", path.parent.name][: max(0, 3 - node.level)] if node.level else []
            module = ".".join([*package, *([node.module] if node.module else [])])
            modules.add(module)
            modules.update(f"{module}.{alias.name}" for alias in node.names)  # `from x import y` may be a module
    return modules


def is_forbidden(module: str) -> bool:
    return any(module == name or module.startswith(name + ".") for name in FORBIDDEN)


def test_no_mock_or_spec_module_imports_a_client_or_the_generator() -> None:
    sources = sorted([*MOCK.glob("*.py"), *SPEC.glob("*.py")])
    assert len(sources) >= 8
    offenders = {str(path.relative_to(ROOT)): sorted(filter(is_forbidden, imported_modules(path))) for path in sources}
    assert not {name: found for name, found in offenders.items() if found}


def test_the_shipped_mock_imports_no_client_runtime_or_repository_module() -> None:
    """The copy the wheel ships (the `mock` extra) stands alone: not even scripts/, which no pip user has."""
    sources = sorted(SHIPPED.rglob("*.py"))
    assert {path.name for path in MOCK.glob("*.py")} <= {path.name for path in sources}
    offenders = {
        str(path.relative_to(ROOT)): sorted(m for m in imported_modules(path) if is_forbidden(m) or is_repository(m))
        for path in sources
    }
    assert not {name: found for name, found in offenders.items() if found}


def is_repository(module: str) -> bool:
    return module == "scripts" or module.startswith("scripts.")


def test_the_import_check_would_catch_an_offender(tmp_path: Path) -> None:
    offender = tmp_path / "offender.py"
    offender.write_text("import synq_client.api\nfrom .. import codegen\nfrom coalesce_client import Client\n")
    found = sorted(filter(is_forbidden, imported_modules(offender)))
    assert found == ["coalesce_client", "coalesce_client.Client", "scripts.codegen", "synq_client.api"]


def test_running_the_mock_loads_no_client_module() -> None:
    probe = (
        "import sys, scripts.mock.app, scripts.mock.__main__, scripts.mock.serving\n"
        "scripts.mock.app.create_app('synq'); scripts.mock.app.create_app('coalesce')\n"
        f"print(sorted(m for m in sys.modules if any(m == n or m.startswith(n + '.') for n in {FORBIDDEN!r})))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.strip() == "[]"
