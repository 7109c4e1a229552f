"""The API reference (`make docs`, scripts/docs/reference.py) is built from the code and covers the public surface.

The public names are read from the packages themselves: `__all__` of both clients and of the exception module, every
member of each class they export, and every model, so a name added without a docstring fails here.
"""

from __future__ import annotations

import importlib
import inspect
import re
from pathlib import Path

import pdoc.doc
import pytest
from synq_coalesce_core.base_client import AsyncAPIClient, SyncAPIClient

from scripts.docs.reference import build, load, page_of, shipped_packages

pytestmark = pytest.mark.slow

PUBLIC_MODULES = ("synq_client", "coalesce_client", "synq_coalesce_core.exceptions")
CLIENT_PACKAGES = tuple(name for name in PUBLIC_MODULES if "." not in name)
OURS = tuple(shipped_packages())


@pytest.fixture(scope="module")
def modules() -> dict[str, pdoc.doc.Module]:
    return load()


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("reference") / "api")


def exported(module: str) -> list[tuple[str, object]]:
    imported = importlib.import_module(module)
    return [(name, getattr(imported, name)) for name in imported.__all__]


def public_members(cls: type) -> list[str]:
    """Public attributes, properties and methods that `cls` has from our packages (not from object or Exception)."""
    names: set[str] = set()
    for klass in cls.__mro__:
        if klass.__module__.partition(".")[0] in OURS:
            names.update(vars(klass), inspect.get_annotations(klass))
    return sorted(name for name in names if not name.startswith("_"))


def public_names() -> list[tuple[str, str]]:
    """(module, dotted name) for every exported name and every public member of an exported class."""
    found: list[tuple[str, str]] = []
    for module in PUBLIC_MODULES:
        for name, value in exported(module):
            found.append((module, name))
            if inspect.isclass(value):
                found += [(module, f"{name}.{member}") for member in public_members(value)]
    return found


def models() -> list[tuple[str, str]]:
    return [(f"{package}.models", name) for package in CLIENT_PACKAGES for name, _ in exported(f"{package}.models")]


def test_the_reference_has_an_index_a_search_and_a_page_per_module(reference: Path) -> None:
    written = {path.relative_to(reference).as_posix() for path in reference.rglob("*") if path.is_file()}
    assert {"index.html", "search.js", *(page_of(module) for module in PUBLIC_MODULES)} <= written
    assert {page_of(f"{package}.models") for package in CLIENT_PACKAGES} <= written


def test_every_public_name_and_model_has_an_entry(reference: Path) -> None:
    names = public_names() + models()
    pages = {module: (reference / page_of(module)).read_text(encoding="utf-8") for module, _ in names}
    assert len(names) > 100
    assert [f"{module}.{name}" for module, name in names if f'id="{name}"' not in pages[module]] == []


def documented(doc: pdoc.doc.Doc[object], owner: object) -> bool:
    """A class needs its own docstring; a function or constant one of any kind; a data attribute its own docstring
    or a mention in the docstring of its class (the `Attributes:` style the generated clients use)."""
    if isinstance(doc, pdoc.doc.Class):
        return bool(vars(doc.obj).get("__doc__"))
    if doc.docstring.strip():
        return True
    if isinstance(doc, pdoc.doc.Variable) and inspect.isclass(owner):
        mention = re.compile(rf"\b{re.escape(doc.name)}\b")
        return any(mention.search(klass.__doc__ or "") for klass in owner.__mro__ if klass.__module__ != "builtins")
    return False


def test_no_public_name_is_undocumented(modules: dict[str, pdoc.doc.Module]) -> None:
    undocumented = []
    for module, dotted in public_names():
        doc: pdoc.doc.Doc[object] | None = modules[module].get(dotted)
        owner = getattr(importlib.import_module(module), dotted.partition(".")[0])
        if doc is None or not documented(doc, owner):
            undocumented.append(f"{module}.{dotted}")
    for module, name in models():
        if not vars(getattr(importlib.import_module(module), name)).get("__doc__"):
            undocumented.append(f"{module}.{name}")
    assert undocumented == []


def test_every_client_method_says_what_it_raises() -> None:
    clients = [
        value
        for package in CLIENT_PACKAGES
        for _, value in exported(package)
        if inspect.isclass(value) and issubclass(value, SyncAPIClient | AsyncAPIClient)
    ]
    assert clients
    silent = [
        f"{client.__name__}.{name}"
        for client in clients
        for name, method in inspect.getmembers(client, inspect.isfunction)
        if not name.startswith("_")
        and method.__module__.partition(".")[0] in CLIENT_PACKAGES
        and "Raises:" not in (inspect.getdoc(method) or "")
    ]
    assert silent == []
