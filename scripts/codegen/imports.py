"""The import lines a generated module needs, for the templates (`used_imports(...)`).

ruff's post-hook drops unused imports from a module but not from a package's `__init__.py`, so a template that
writes one (api_init.py.jinja) offers every import its code might need and keeps the ones whose names the code uses.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable

__all__ = ["used_imports"]


def used_imports(code: str, candidates: Iterable[str]) -> str:
    """The lines of `candidates` (`import a`, `from m import a, b`), cut to the names that `code` reads, sorted and
    without duplicates. A name is read when it appears in `code` as a name (not inside a string or a docstring)."""
    names = {node.id for node in ast.walk(ast.parse(code)) if isinstance(node, ast.Name)}
    kept: dict[str, set[str]] = {}
    for line in candidates:
        statement = ast.parse(line.strip()).body[0]
        if isinstance(statement, ast.Import):
            for alias in statement.names:
                if (alias.asname or alias.name).split(".")[0] in names:
                    kept.setdefault("", set()).add(_alias(alias))
        elif isinstance(statement, ast.ImportFrom):
            module = "." * statement.level + (statement.module or "")
            for alias in statement.names:
                if (alias.asname or alias.name) in names:
                    kept.setdefault(module, set()).add(_alias(alias))
    lines = [f"import {name}" for name in sorted(kept.pop("", ()))]
    lines += [f"from {module} import {', '.join(sorted(kept[module]))}" for module in sorted(kept)]
    return "\n".join(lines)


def _alias(alias: ast.alias) -> str:
    return alias.name if alias.asname is None else f"{alias.name} as {alias.asname}"
