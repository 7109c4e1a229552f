"""The shipped mock, `generated/synq_coalesce_mock/` (the wheel's `[mock]` extra), written by `make generate`.

It is a copy, not a move: scripts/mock/ and the spec readers it imports (scripts/spec/, scripts/yaml_files.py, ...)
stay where the tools and tests import them. Each `scripts.<name>` module the mock needs, found by following its
imports, is copied as `synq_coalesce_mock._<name>` with its imports rewritten; `scripts.paths` is replaced by the
package's own `_paths` (the effective specs, copied beside it). The hand-written front (the start API, the pytest
fixtures, `python -m synq_coalesce_mock`) is copied from scripts/mock_package/. Every copied file names its source.
"""

from __future__ import annotations

import ast
import functools
import re
import shutil
from pathlib import Path

from scripts.errors import GenerationFailed
from scripts.paths import MOCK_PACKAGE, ROOT
from scripts.vendors import VENDORS

PACKAGE = "synq_coalesce_mock"
SCRIPTS = ROOT / "scripts"
MOCK = SCRIPTS / "mock"
REPLACED = {"scripts.paths"}
"""Modules the package does not copy: its hand-written `_paths` stands in (specs found beside the package)."""
COMMAND = {"python -m scripts.mock": f"python -m {PACKAGE}", " (`make mock`)": ""}
"""The mock's own usage lines, as a pip user runs it."""
SPEC_HEADER = '# Copied from generated/{name} by "make generate" (the effective spec the mock serves). DO NOT EDIT.\n'


def sources() -> list[Path]:
    """scripts/mock/*.py and every hand-written module they import, transitively, but `REPLACED`."""
    found: set[Path] = set()
    pending = sorted(MOCK.glob("*.py"))
    while pending:
        path = pending.pop()
        if path in found:
            continue
        found.add(path)
        for module in _our_imports(path.read_text(encoding="utf-8")):
            pending += _files_of(module)
    return sorted(found)


def front() -> list[Path]:
    """The hand-written modules of the package (scripts/mock_package/)."""
    return sorted(MOCK_PACKAGE.glob("*.py"))


@functools.cache
def _our_imports(text: str) -> tuple[str, ...]:
    """The `scripts.*` modules `text` imports, anywhere in its statements (`from x import y` adds x.y: it may be a
    module). Cached by text: `make generate` reads each source twice (the copy, then the manifest's inputs)."""
    if "scripts" not in text:
        return ()
    found: list[str] = []
    pending = list(ast.parse(text).body)
    while pending:
        node = pending.pop()
        if isinstance(node, ast.Import):
            found += (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.module and not node.level:
                found += [node.module, *(f"{node.module}.{alias.name}" for alias in node.names)]
        else:  # an import is a statement: only statement bodies can hold one (expressions cannot)
            for block in ("body", "orelse", "finalbody", "handlers", "cases"):
                pending += getattr(node, block, ())
    return tuple(module for module in found if module.split(".")[0] == "scripts")


def _files_of(module: str) -> list[Path]:
    """The files that importing `module` runs (its packages' `__init__.py` too), if it is one of ours."""
    parts = module.split(".")
    if parts[0] != "scripts" or len(parts) < 2 or module in REPLACED:
        return []
    files = [SCRIPTS.joinpath(*parts[1:i], "__init__.py") for i in range(2, len(parts))]
    target = SCRIPTS.joinpath(*parts[1:])
    files += [target.with_suffix(".py"), target / "__init__.py"]
    return [path for path in files if path.is_file()]


def shipped_path(source: Path) -> Path:
    """scripts/mock/app.py -> _mock/app.py, scripts/yaml_files.py -> _yaml_files.py (inside the package)."""
    first, *rest = source.relative_to(SCRIPTS).parts
    return Path(f"_{first}", *rest)


def rewrite(text: str, copied: list[Path]) -> str:
    """Point the copy's imports (and its usage line) at the shipped names of the `copied` modules and `_paths`."""
    names = sorted({source.relative_to(SCRIPTS).parts[0].removesuffix(".py") for source in copied} | {"paths"})
    module = re.compile(rf"\bscripts\.({'|'.join(names)})\b")
    for old, new in COMMAND.items():
        text = text.replace(old, new)
    return module.sub(lambda match: f"{PACKAGE}._{match[1]}", text)


def write_package(out: Path, copied_header: str) -> None:
    """Write `<out>/synq_coalesce_mock/` from the sources and `<out>/<vendor>.openapi.yaml` (written before); each
    copied module starts with `copied_header` naming its source."""
    package = out / PACKAGE
    files: dict[Path, str] = {}
    copied = sources()
    for source in copied:
        text = rewrite(source.read_text(encoding="utf-8"), copied)
        _check_imports(text, source)
        files[shipped_path(source)] = _header(copied_header, source) + text
    for source in front():
        files[Path(source.name)] = _header(copied_header, source) + source.read_text(encoding="utf-8")
    for vendor in VENDORS:
        name = f"{vendor}.openapi.yaml"
        files[Path(name)] = SPEC_HEADER.format(name=name) + (out / name).read_text(encoding="utf-8")
    files[Path("py.typed")] = ""
    _replace_tree(package, files)


def _header(template: str, source: Path) -> str:
    return template.format(source=source.relative_to(ROOT).as_posix())


def _check_imports(text: str, source: Path) -> None:
    left = sorted(set(_our_imports(text)))
    if left:
        raise GenerationFailed(f"{source.relative_to(ROOT)}: the shipped copy would still import {', '.join(left)}")


def _replace_tree(package: Path, files: dict[Path, str]) -> None:
    shutil.rmtree(package, ignore_errors=True)
    for relative, text in sorted(files.items()):
        target = package / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
