"""The live mode is an independent oracle: nothing in scripts/live, nor the spec model it reads (scripts/spec), imports
the generated clients or their runtime."""

from __future__ import annotations

import ast

from tests.paths import ROOT

CLIENTS = ("synq_client", "coalesce_client", "synq_coalesce_core", "generated")


def imported_modules(source: str) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_scripts_live_never_imports_the_generated_clients() -> None:
    modules = sorted([*(ROOT / "scripts" / "live").glob("*.py"), *(ROOT / "scripts" / "spec").glob("*.py")])
    assert len(modules) > 5
    for module in modules:
        found = {name for name in imported_modules(module.read_text()) if name.split(".")[0] in CLIENTS}
        assert not found, f"{module.name} imports {found}"


def test_the_import_check_sees_imports() -> None:
    assert imported_modules("import synq_client\nfrom coalesce_client.models import Run\n") == {
        "synq_client",
        "coalesce_client.models",
    }
