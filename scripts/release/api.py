"""The Python-API gate: the public API of the shipped packages at a git revision against the working tree.

A generator or template upgrade can rename a class, an argument or an attribute while the specs stay the same;
griffe (static analysis, nothing is imported) finds those breakages, and a walk of the public names finds
additions. `__version__` is left out: it changes with every release by design.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import griffe

from scripts.release.packages import shipped_packages
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


def against_base(ref: str, root: Path) -> list[Comparison]:
    """One comparison per package shipped at `ref` or now (read from each side's pyproject.toml)."""
    with tree_at(ref, root) as base:
        old = load(shipped_packages(base))
        new = load(shipped_packages(root))
        return [_package(name, old.get(name), new.get(name), ref) for name in [*old, *(n for n in new if n not in old)]]


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
    name: str, old: griffe.Object | griffe.Alias | None, new: griffe.Object | griffe.Alias | None, ref: str
) -> Comparison:
    title = f"{name} (Python API): {ref} -> working tree"
    if old is None:
        change = Change(ADDED, INFO, name, f"added the package {name}")
        return Comparison(f"{name} (Python API)", title + " (new package)", [change])
    if new is None:
        change = Change(rule_id(KIND.OBJECT_REMOVED), BRK, name, f"removed the package {name}")
        return Comparison(f"{name} (Python API)", title + " (package removed)", [change])
    return Comparison(f"{name} (Python API)", title, compare(old, new))


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
