"""The Jinja environment our templates render in (scripts/codegen/templates, on top of openapi-python-client's).

- Every stock template is also reachable as `stock/<name>`, so an override can import or include the template it
  replaces instead of copying it (templates/FORKS.txt lists the overrides).
- The algorithms the templates need are Python functions here and in the modules they come from, offered to the
  templates as globals and unit-tested on their own: `request_schema(...)` (request_schemas.py), `used_imports(...)`
  (imports.py), `is_request_model(model)` (request_schemas.py), `union_dispatch(...)` (unions.py), `enum_marks(...)`
  (enum_marks.py), `operation_safety(...)` and `secret_properties(...)` (safety.py) and `replace_once(...)`.
- The filter `absent_as_none` rewrites a model module from the generator's `UNSET`/`Unset` vocabulary (the stock
  property templates and `Property.get_type_string()` speak it) to `None`: a field the body left out (or sent as
  `null`, which proto3 JSON reads as unset) reads as `None`, typed `X | None` (README "Reading responses").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import jinja2
from openapi_python_client.schema.untrusted_string import UntrustedString

from scripts.codegen.enum_marks import EnumMarks
from scripts.codegen.imports import used_imports
from scripts.codegen.request_schemas import RequestSchemas
from scripts.codegen.safety import declare_secret, operation_safety, secret_properties
from scripts.codegen.unions import union_dispatch

__all__ = ["TEMPLATES", "absent_as_none", "configure", "replace_once"]

TEMPLATES = Path(__file__).parent / "templates"
STOCK_PREFIX = "stock"


def configure(env: jinja2.Environment, spec: Mapping[str, Any]) -> None:
    """Point `env` (an openapi-python-client Project's) at our templates over the stock ones, and add the globals."""
    stock = jinja2.PackageLoader("openapi_python_client")
    env.loader = jinja2.ChoiceLoader(
        [jinja2.FileSystemLoader(TEMPLATES), jinja2.PrefixLoader({STOCK_PREFIX: stock}), stock]
    )
    schemas = RequestSchemas(spec)
    env.globals["request_schema"] = lambda path, method, location, name=None: schemas.literal(
        _text(path), method, location, None if name is None else _text(name)
    )
    marks = EnumMarks(spec)
    env.globals["enum_marks"] = lambda enum: marks.constants(
        str(enum.class_info.name), str(enum.class_info.module_name), enum.values
    )
    env.globals["operation_safety"] = lambda path, method: operation_safety(
        schemas.operation(_text(path), method), method
    )
    env.globals["secret_properties"] = lambda model: secret_properties(spec, model.data)
    env.globals["declare_secret"] = declare_secret
    body_components = schemas.body_components()
    env.globals["is_request_model"] = lambda model: any(  # a component, or a model inline in one
        _text(model.name) == name or _text(model.name).startswith(name + "/") for name in body_components
    )
    env.globals["used_imports"] = used_imports
    env.globals["union_dispatch"] = union_dispatch
    env.globals["replace_once"] = replace_once
    env.filters["absent_as_none"] = absent_as_none


def replace_once(text: str, old: str, new: str) -> str:
    """`text` with its one occurrence of `old` replaced: an override that edits a stock template's output says so,
    and stops the generation when a generator upgrade changed that output (instead of silently editing nothing)."""
    if text.count(old) != 1:
        raise ValueError(f"expected one {old!r} in the stock template's output, found {text.count(old)}: re-check")
    return text.replace(old, new)


_UNSET_WORDS = (
    (re.compile(r"\bnot isinstance\(([\w.\[\]\"]+), Unset\)"), r"\1 is not None"),
    (re.compile(r"\bisinstance\(([\w.\[\]\"]+), Unset\)"), r"\1 is None"),
    (re.compile(r"(?<![.\w])(?:Unset|UNSET)\b"), "None"),
)


_TYPES_IMPORT = re.compile(r"(?m)^(from \.+types import )(.*)$")


def absent_as_none(code: str) -> str:
    """Generated model code with `None` for the generator's `UNSET` (value) and `Unset` (type): `x: X | Unset = UNSET`
    becomes `x: X | None = None`, `not isinstance(x, Unset)` becomes `x is not None`, and an import of them goes. An
    enum member named UNSET (`Status.UNSET`) is left alone."""
    code = _TYPES_IMPORT.sub(_without_unset, code)
    for pattern, replacement in _UNSET_WORDS:
        code = pattern.sub(replacement, code)
    return code


def _without_unset(line: re.Match[str]) -> str:
    names = [name for name in re.split(r",\s*", line[2].strip()) if name and name not in ("UNSET", "Unset")]
    return line[1] + ", ".join(names) if names else ""


def _text(value: UntrustedString | str) -> str:
    return value.get_untrusted_value() if isinstance(value, UntrustedString) else value
