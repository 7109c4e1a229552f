"""The Python-API gate: the public API of the shipped packages at a git revision against the working tree.

A generator or template upgrade can rename a class, an argument or an attribute while the specs stay the same;
griffe (static analysis, nothing is imported) finds those breakages, and a walk of the public names finds
additions. `__version__` is left out: it changes with every release by design.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from collections.abc import Iterable
from importlib.metadata import version
from pathlib import Path

import griffe

from scripts.git import git, read_at
from scripts.release.packages import listed_packages, shipped_packages
from scripts.release.snapshot import tree_at
from scripts.spec_diff.gate import Comparison
from scripts.spec_diff.model import Change, Level

BRK, WARN, INFO = Level.BREAKING, Level.WARNING, Level.INFO
KIND = griffe.BreakageKind
LEVELS = {
    KIND.OBJECT_REMOVED: BRK,
    KIND.OBJECT_CHANGED_KIND: BRK,
    KIND.PARAMETER_REMOVED: BRK,
    KIND.PARAMETER_MOVED: BRK,
    KIND.PARAMETER_CHANGED_KIND: BRK,
    KIND.PARAMETER_CHANGED_DEFAULT: BRK,
    KIND.PARAMETER_CHANGED_REQUIRED: BRK,
    KIND.PARAMETER_ADDED_REQUIRED: BRK,
    KIND.CLASS_REMOVED_BASE: BRK,
    KIND.RETURN_CHANGED_TYPE: WARN,
    KIND.ATTRIBUTE_CHANGED_TYPE: WARN,
    KIND.ATTRIBUTE_CHANGED_VALUE: WARN,
}
PLAIN = {
    KIND.OBJECT_REMOVED,
    KIND.PARAMETER_REMOVED,
    KIND.PARAMETER_ADDED_REQUIRED,
    KIND.PARAMETER_MOVED,
    KIND.PARAMETER_CHANGED_REQUIRED,
    KIND.CLASS_REMOVED_BASE,
}
ADDED = "python-object-added"


def rule_id(kind: griffe.BreakageKind) -> str:
    return "python-" + kind.name.lower().replace("_", "-")


RULES: dict[str, Level] = {rule_id(kind): level for kind, level in LEVELS.items()}
RULES[ADDED] = INFO
ADDITIVE = frozenset({ADDED})
UNVERSIONED = "__version__"
Packages = dict[str, griffe.Object | griffe.Alias]
GRIFFE = version("griffe")


CACHE = Path("build") / "api-gate"
"""The comparisons made so far, one JSON file per key (see `_key`): `make diff`, `make gate` and `make release` on one
state of the repository load the two APIs (about 3 s) once, not once each."""
Result = list[tuple[str, str, list[Change]]]  # (package, "compared" / "added" / "removed", its changes)


def against_base(ref: str, root: Path) -> list[Comparison]:
    """One comparison per package shipped at `ref` or now (read from each side's pyproject.toml)."""
    old = listed_packages(read_at(ref, "pyproject.toml", root), f"{ref}:pyproject.toml")
    new = [str(path.relative_to(root)) for path in shipped_packages(root)]
    stored = root / CACHE / f"{_key(ref, root, old, new)}.json"
    result = _read(stored)
    if result is None:
        result = _compare_trees(ref, root, old)
        _write(stored, result)
    return [_comparison(name, state, changes, ref) for name, state, changes in result]


def _compare_trees(ref: str, root: Path, listed: list[str]) -> Result:
    """Only pyproject.toml and the packages are unpacked from `ref`, not its whole tree."""
    old: Packages = {}
    if listed:
        present = git(root, "ls-tree", "--name-only", ref, "--", *listed).split()
        with tree_at(ref, root, "pyproject.toml", *present) as base:
            old = load(shipped_packages(base))
    new = load(shipped_packages(root))
    return [_package(name, old.get(name), new.get(name)) for name in [*old, *(n for n in new if n not in old)]]


def _key(ref: str, root: Path, old: list[str], new: list[str]) -> str:
    """What decides the result: this module, griffe, Python, both package lists, the git trees of the folders holding
    the packages at `ref` (a tree's id covers everything below it) and every file in those folders now."""
    digest = hashlib.sha256()
    for part in (sys.version, GRIFFE, Path(__file__).read_text(encoding="utf-8"), json.dumps([old, new])):
        digest.update(part.encode() + b"\0")
    if old:
        digest.update(git(root, "ls-tree", ref, "--", *sorted({f"{Path(path).parent}/" for path in old})).encode())
    for folder in sorted({(root / path).parent for path in new}):
        for file in sorted(folder.rglob("*")):
            relative = file.relative_to(root)
            if file.is_file() and not any(part == "__pycache__" or part.startswith(".") for part in relative.parts):
                digest.update(f"\0{relative}\0".encode() + file.read_bytes())
    return digest.hexdigest()


def _read(stored: Path) -> Result | None:
    try:
        rows = json.loads(stored.read_text(encoding="utf-8"))
        return [
            (name, state, [Change(r, Level(level), at, text) for r, level, at, text in found])
            for name, state, found in rows
        ]
    except (OSError, ValueError, TypeError):
        return None  # not compared yet (or an unreadable file): compare


def _write(stored: Path, result: Result) -> None:
    rows = [
        [name, state, [[c.rule, c.level.value, c.location, c.message] for c in changes]]
        for name, state, changes in result
    ]
    partial = stored.with_name(f"{stored.name}.{os.getpid()}.tmp")
    try:
        stored.parent.mkdir(parents=True, exist_ok=True)
        partial.write_text(json.dumps(rows), encoding="utf-8")
        partial.replace(stored)
    except OSError:
        pass  # a read-only checkout is gated all the same, only without reuse


def load(paths: Iterable[Path]) -> Packages:
    """Every package into one collection, so a re-export from a sibling package resolves."""
    paths = list(paths)
    modules, lines = griffe.ModulesCollection(), griffe.LinesCollection()
    search = sorted({str(path.parent) for path in paths})
    return {
        path.name: griffe.load(
            path.name,
            search_paths=search,
            modules_collection=modules,
            lines_collection=lines,
            allow_inspection=False,
            resolve_aliases=True,
        )
        for path in paths
        if path.is_dir()
    }


def _package(
    name: str, old: griffe.Object | griffe.Alias | None, new: griffe.Object | griffe.Alias | None
) -> tuple[str, str, list[Change]]:
    if old is None:
        return name, "added", [Change(ADDED, INFO, name, f"added the package {name}")]
    if new is None:
        return name, "removed", [Change(rule_id(KIND.OBJECT_REMOVED), BRK, name, f"removed the package {name}")]
    return name, "compared", compare(old, new)


def _comparison(name: str, state: str, changes: list[Change], ref: str) -> Comparison:
    title = f"{name} (Python API): {ref} -> working tree"
    suffix = {"added": " (new package)", "removed": " (package removed)"}.get(state, "")
    return Comparison(f"{name} (Python API)", title + suffix, changes)


def compare(old: griffe.Object | griffe.Alias, new: griffe.Object | griffe.Alias) -> list[Change]:
    changes = {_breakage(b) for b in griffe.find_breaking_changes(old, new) if b.obj.name != UNVERSIONED}
    before = public_paths(old)
    changes |= {Change(ADDED, INFO, path, f"added {path}") for path in public_paths(new) - before}
    return sorted(changes, key=Change.sort_key)


def public_paths(obj: griffe.Object | griffe.Alias) -> set[str]:
    """Paths of the public objects below `obj`; re-exports count, but are not entered."""
    found: set[str] = set()
    for member in obj.members.values():
        if not member.is_public or member.name == UNVERSIONED:
            continue
        found.add(member.path)
        if not member.is_alias and (member.is_module or member.is_class):
            found |= public_paths(member)
    return found


def _breakage(breakage: griffe.Breakage) -> Change:
    old, new = breakage.old_value, breakage.new_value
    parameter = next((v for v in (old, new) if isinstance(v, griffe.Parameter)), None)
    location = breakage.obj.path + (f"({parameter.name})" if parameter is not None else "")
    detail = "" if breakage.kind in PLAIN else f" ({_show(old, breakage.kind)} -> {_show(new, breakage.kind)})"
    return Change(
        rule_id(breakage.kind), LEVELS[breakage.kind], location, f"{location}: {breakage.kind.value.lower()}{detail}"
    )


def _show(value: object, kind: griffe.BreakageKind) -> str:
    if isinstance(value, griffe.Parameter):
        return str(value.kind and value.kind.value) if kind is KIND.PARAMETER_CHANGED_KIND else str(value.default)
    if isinstance(value, griffe.Object | griffe.Alias):
        return value.kind.value
    return str(value)
