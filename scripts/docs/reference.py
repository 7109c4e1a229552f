"""The API reference: pdoc renders the signatures and docstrings of what a user imports from the wheel as HTML.

The modules are derived, not listed: each package in pyproject.toml's wheel target that declares `__all__` (the
clients), every public submodule its `__all__` leaves out (pdoc follows `__all__`, so `synq_client.models` and
`synq_client.api` would be skipped), and the modules that define the exceptions the clients export (the shared
`synq_coalesce_core.exceptions`). The rest of the runtime is internal and has no page.

What pdoc sees is then adjusted for a reader (see `present`): a landing page that starts with the clients, each
package's names grouped with the clients first, every method of a client on its page (inherited ones included),
and the attrs-generated model constructors documented from the spec's descriptions.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import tomllib
from collections.abc import Iterable
from pathlib import Path
from types import ModuleType

import pdoc.doc
import pdoc.extract
import pdoc.render

from scripts.docs.presentation import group_of, grouped, landing, present
from scripts.paths import ROOT

TEMPLATES = Path(__file__).parent / "templates"


def shipped_packages() -> list[str]:
    """The import names of the packages in the wheel that the reference covers, e.g. `synq_client`."""
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    names = [Path(path).name for path in pyproject["tool"]["hatch"]["build"]["targets"]["wheel"]["packages"]]
    return [name for name in names if name not in NOT_DOCUMENTED]


NOT_DOCUMENTED = ("synq_coalesce_mock",)
"""The shipped mock is no client, and its names load lazily (so that its pytest plugin imports without the `mock`
extra), which pdoc cannot resolve: its docstrings and the README's "Offline testing" document it."""


def page_modules(package: str) -> list[str]:
    """`package` and its public submodules that its `__all__` does not export (those get pages of their own)."""
    module = importlib.import_module(package)
    exported = getattr(module, "__all__", None)
    if exported is None:
        return [package]
    children = [info.name for info in pkgutil.iter_modules(module.__path__)]
    return [package, *(f"{package}.{name}" for name in children if not name.startswith("_") and name not in exported)]


def client_packages() -> list[str]:
    """The shipped packages a user imports from: those that declare `__all__` (the runtime declares none)."""
    return [name for name in shipped_packages() if hasattr(importlib.import_module(name), "__all__")]


def exception_modules(packages: Iterable[str]) -> list[str]:
    """The public modules, inside the shipped packages, that define an exception class one of `packages` exports."""
    ours, found = tuple(shipped_packages()), []
    for package in packages:
        module = importlib.import_module(package)
        for name in module.__all__:
            value = getattr(module, name)
            where = getattr(value, "__module__", "")
            public = where.startswith(ours) and not any(part.startswith("_") for part in where.split("."))
            if inspect.isclass(value) and issubclass(value, BaseException) and public and where not in found:
                found.append(where)
    return [name for name in found if name.partition(".")[0] not in packages]


def build(out: Path) -> Path:
    """Write the reference into `out` and return `out`."""
    write(load(), out)
    return out


def load() -> dict[str, pdoc.doc.Module]:
    """What the reference shows, by module name: pdoc's view of every documented module."""
    packages = client_packages()
    specs = [name for package in packages for name in page_modules(package)] + exception_modules(packages)
    modules = {name: pdoc.doc.Module.from_name(name) for name in pdoc.extract.walk_specs(specs)}
    _carry_constant_docstrings(modules.values())
    present(modules)
    return modules


def page_of(module: str) -> str:
    """The page of `module`, relative to the reference's root."""
    return module.replace(".", "/") + ".html"


def write(modules: dict[str, pdoc.doc.Module], out: Path) -> None:
    """index.html (the landing page), one page per module (see `page_of`) and search.js, into `out`."""
    pdoc.render.configure(
        docformat="google", show_source=False, footer_text="synq-coalesce-clients", template_directory=TEMPLATES
    )
    pdoc.render.env.globals["group_of"] = group_of
    pdoc.render.env.globals["grouped"] = grouped
    pdoc.render.env.globals["landing"] = landing(modules, {name: page_of(name) for name in modules})
    pdoc.render.env.globals["project"] = _project()
    for name, module in modules.items():
        page = out / page_of(name)
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text(pdoc.render.html_module(module, modules), encoding="utf-8")
    (out / "index.html").write_text(pdoc.render.html_index(modules), encoding="utf-8")
    (out / "search.js").write_text(pdoc.render.search_index(modules), encoding="utf-8")


def _project() -> dict[str, str]:
    """The project's name, description and home page, from pyproject.toml."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return {"name": project["name"], "description": project["description"], "home": project["urls"]["Homepage"]}


def _carry_constant_docstrings(modules: Iterable[pdoc.doc.Module]) -> None:
    """Give a re-exported constant (`synq_client.SYNQ_SERVERS`) the docstring written where it is defined.

    pdoc reads a variable's docstring from the source of the module it documents, and a re-export has none there.
    """
    written: dict[tuple[str, int], str] = {}
    for package in shipped_packages():
        for origin in _all_modules(importlib.import_module(package)):
            for doc in pdoc.doc.Module(origin).members.values():
                if isinstance(doc, pdoc.doc.Variable) and doc.docstring:
                    written[(doc.name, id(getattr(origin, doc.name, None)))] = doc.docstring
    for module in modules:
        for doc in module.members.values():
            if isinstance(doc, pdoc.doc.Variable) and not doc.docstring:
                doc.docstring = written.get((doc.name, id(getattr(module.obj, doc.name, None))), "")


def _all_modules(package: ModuleType) -> list[ModuleType]:
    """`package` and every module under it, private ones included (where re-exported names are defined)."""
    names = [info.name for info in pkgutil.walk_packages(package.__path__, package.__name__ + ".")]
    return [package, *(importlib.import_module(name) for name in names)]
