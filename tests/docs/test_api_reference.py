"""The API reference (`make docs`, scripts/docs/reference.py) is built from the code and covers the public surface,
arranged as a site a pip user opens (published by .github/workflows/ci.yml): a landing page that starts with the
clients, no pages for the runtime's internals, each package's clients before its exceptions and test helpers, every
method of a client on its own page, and model constructors documented like the models' attributes.

The public names are read from the packages themselves: `__all__` of both clients and of the exception module, every
member of each class they export, the client bases, attrs fields and every model, so a name added without a
docstring fails here.
"""

from __future__ import annotations

import html
import importlib
import inspect
import pkgutil
import re
import warnings
from pathlib import Path

import attrs
import pdoc.doc
import pytest
from synq_coalesce_core.base_client import AsyncAPIClient, SyncAPIClient

from scripts.docs.reference import build, client_packages, load, page_of, shipped_packages

pytestmark = pytest.mark.slow

PUBLIC_MODULES = ("synq_client", "coalesce_client", "synq_coalesce_core.exceptions")
CLIENT_PACKAGES = tuple(name for name in PUBLIC_MODULES if "." not in name)
OURS = tuple(shipped_packages())
RUNTIME = "synq_coalesce_core"


@pytest.fixture(scope="module")
def modules() -> dict[str, pdoc.doc.Module]:
    return load()


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """The reference, and the warnings its build raised (pdoc warns about an annotation it cannot resolve)."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        out = build(tmp_path_factory.mktemp("reference") / "api")
    return out, [str(warning.message) for warning in caught]


@pytest.fixture(scope="module")
def reference(built: tuple[Path, list[str]]) -> Path:
    return built[0]


def test_the_build_warns_about_nothing(built: tuple[Path, list[str]]) -> None:
    assert built[1] == []


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


def read(reference: Path, module: str) -> str:
    return (reference / page_of(module)).read_text(encoding="utf-8")


def exported_classes(package: str) -> list[type]:
    module = importlib.import_module(package)
    return [value for name in module.__all__ if inspect.isclass(value := getattr(module, name))]


def clients(package: str) -> list[type]:
    return [cls for cls in exported_classes(package) if issubclass(cls, SyncAPIClient | AsyncAPIClient)]


def text(fragment: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", fragment)).split())


def section(page: str, anchor: str) -> str:
    """The HTML of the element with id=`anchor`, up to the next member anchor at its level or deeper."""
    start = page.index(f'id="{anchor}"')
    following = re.compile(r'<(?:section|div) id="(?!' + re.escape(anchor) + r'")')
    found = following.search(page, start + 1)
    return page[start : found.start() if found else len(page)]


def test_the_landing_page_starts_with_every_client(reference: Path) -> None:
    landing = (reference / "index.html").read_text(encoding="utf-8")
    content = landing[landing.index('<main class="pdoc">') :]
    expected = [cls for package in client_packages() for cls in clients(package)]
    assert expected
    first_heading = re.search(r"<h2[^>]*>(.*?)</h2>", content)
    assert first_heading is not None and first_heading.group(1) == "Clients"
    listed = content[: content.index('id="modules"')]
    for package in client_packages():
        for cls in clients(package):
            link = f'href="{page_of(package)}#{cls.__name__}"'
            assert link in listed, f"{package}.{cls.__name__} is not among the landing page's clients"
            assert f'id="{cls.__name__}"' in read(reference, package)
    assert "Module List" not in landing and "<title>" in landing


def test_runtime_internals_have_no_page_and_no_link(reference: Path) -> None:
    """A runtime module is documented only when it defines an exception a client exports (the shared exceptions)."""
    exported = {
        cls.__module__
        for package in client_packages()
        for cls in exported_classes(package)
        if issubclass(cls, BaseException)
    }
    runtime = importlib.import_module(RUNTIME)
    internals = [
        info.name for info in pkgutil.iter_modules(runtime.__path__, RUNTIME + ".") if info.name not in exported
    ]
    assert internals
    pages = {path.relative_to(reference).as_posix() for path in reference.rglob("*.html")}
    landing = (reference / "index.html").read_text(encoding="utf-8")
    assert [name for name in [RUNTIME, *internals] if page_of(name) in pages] == []
    assert [name for name in internals if page_of(name) in landing] == []
    shared = sorted(name for name in exported if name.startswith(RUNTIME + "."))
    assert shared and all(page_of(name) in pages for name in shared)


def top_level_order(page: str) -> list[str]:
    return re.findall(r'<section id="([^".]+)">', page)


def test_each_package_page_lists_its_clients_first_and_exports_no_test_helper(reference: Path) -> None:
    for package in client_packages():
        order = top_level_order(read(reference, package))
        classes = exported_classes(package)
        first = [cls.__name__ for cls in clients(package)]
        errors = [cls.__name__ for cls in classes if issubclass(cls, BaseException)]
        for_tests = [cls.__name__ for cls in classes if "for tests" in (inspect.getdoc(cls) or "").partition("\n")[0]]
        assert sorted(order[: len(first)]) == sorted(first), f"{package}: the clients do not come first: {order}"
        assert order[: len(first)][0] in {cls.__name__ for cls in clients(package) if issubclass(cls, SyncAPIClient)}
        assert max(map(order.index, first)) < min(map(order.index, errors))
        assert for_tests == [], f"{package} exports helpers for tests: {for_tests}"
        page = read(reference, package)
        assert re.findall(r'<h2 class="member-group"[^>]*>([^<]+)<', page)[0] == "Clients"


def public_methods(cls: type) -> list[str]:
    return [name for name, _ in inspect.getmembers(cls, callable) if not name.startswith("_")]


def test_each_client_page_shows_every_method_inherited_ones_included(reference: Path) -> None:
    for package in client_packages():
        page = read(reference, package)
        for cls in clients(package):
            methods = public_methods(cls)
            inherited = [name for name in methods if name not in vars(cls)]
            assert inherited, f"{cls.__name__} inherits no method: nothing to check"
            shown = section(page, cls.__name__)
            assert "Inherited Members" not in shown
            for name in methods:
                entry = section(page, f"{cls.__name__}.{name}")
                assert f"def {name}" in text(entry), f"{cls.__name__}.{name} has no entry of its own"
                assert (inspect.getdoc(getattr(cls, name)) or "").split()[0] in text(entry)


def listed_items(fragment: str) -> dict[str, str]:
    """name -> text of each `<li><strong>name (type):</strong> text</li>` of a rendered Google docstring section."""
    items = re.findall(r"<li><strong>(\w+)(?: \([^<]*\))?:</strong>(.*?)</li>", fragment, re.DOTALL)
    return {name: text(body) for name, body in items}


def test_model_constructors_document_each_argument_as_its_attribute(reference: Path) -> None:
    checked = 0
    for package in client_packages():
        module = f"{package}.models"
        page = read(reference, module)
        models = importlib.import_module(module)
        for name in models.__all__:
            cls = getattr(models, name)
            if not attrs.has(cls):
                continue
            constructor = section(page, f"{name}.__init__")
            assert "generated by attrs" not in constructor, f"{module}.{name}.__init__"
            arguments = listed_items(constructor)
            attributes = listed_items(section(page, name).split(f'id="{name}.__init__"')[0])
            parameters = [p for p in inspect.signature(cls.__init__).parameters if p != "self"]
            assert list(arguments) == parameters, f"{module}.{name}.__init__"
            for parameter in parameters:
                if attributes.get(parameter):
                    assert arguments[parameter] == attributes[parameter], f"{module}.{name}({parameter}=)"
                    checked += 1
    assert checked > 0
