"""A command per operation of the spec, built from the generated code: `api/<tag>/<operation>.py` gives the group
and the command name and its `OPERATION.arguments` (each argument's schema from the spec) the parameters; the
facade method's and the models' docstrings (the spec's summary and descriptions) give the help.

How an argument becomes parameters:
- a required path or query parameter: a positional argument; an optional one: an option;
- a request body with declared properties: an option per property (`--environment-id`), required as the
  spec says; a body without declared properties: `--body JSON`;
- integer, number, string and boolean schemas: the click type (`--x/--no-x` for a boolean), an enum: a choice,
  an array of those: a repeatable option (or several positional values), anything else: JSON text, or `@FILE`
  to read it from a file (`@-`: stdin), which keeps a secret out of the process list.
The values are checked against the schema (`synq_coalesce_core.validation`) before anything is sent.
"""

from __future__ import annotations

import enum
import functools
import importlib
import json
import pkgutil
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING, Any

import click
from synq_coalesce_core.exceptions import RequestValidationError
from synq_coalesce_core.operations import Operation
from synq_coalesce_core.parsing import MODEL_ERRORS
from synq_coalesce_core.validation import Argument, check_arguments

from .docstrings import Help, help_of
from .session import session
from .vendors import Vendor

__all__ = ["JSON_TEXT", "ParamType", "checked", "operation_command", "operation_groups", "option_name", "secret_values"]

if TYPE_CHECKING:  # click 8.5 made ParamType generic; the `cli` extra's floor, 8.1, has the plain class
    ParamType = click.ParamType[Any, Any]
else:
    ParamType = click.ParamType

_SCALARS: Mapping[str, ParamType] = {"integer": click.INT, "number": click.FLOAT, "string": click.STRING}
MAX_CHOICES_SHOWN = 8
"""An enum with more values shows the first few in the help (click's error for a bad value lists them all)."""


class JsonText(ParamType):
    """JSON text, or `@FILE` (`@-`: stdin) holding it."""

    name = "json"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if not isinstance(value, str):
            return value
        if value.startswith("@"):
            try:
                with click.open_file(value[1:], encoding="utf-8") as source:
                    value = source.read()
            except OSError as error:
                self.fail(f"cannot read {value[1:]!r}: {error.strerror or error}", param, ctx)
        try:
            return json.loads(value)
        except ValueError as error:
            self.fail(f"not JSON: {error}", param, ctx)  # the message quotes no part of the value


JSON_TEXT = JsonText()


def option_name(name: str) -> str:
    """`--environment-id` for `environmentID`, `--run-id` for `run_id`."""
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "-", name)
    return "--" + spaced.replace("_", "-").lower()


def secret_values(schema: Mapping[str, Any], value: Any) -> Iterator[str]:
    """The strings in `value` that `schema` marks secret (`format: password`), wherever they are nested."""
    if schema.get("format") == "password" and isinstance(value, str):
        yield value
    if isinstance(value, Mapping):
        for key, item in value.items():
            if key in schema.get("properties", {}):
                yield from secret_values(schema["properties"][key], item)
    if isinstance(value, list) and isinstance(schema.get("items"), Mapping):
        for item in value:
            yield from secret_values(schema["items"], item)
    for keyword in ("allOf", "anyOf", "oneOf"):
        for branch in schema.get(keyword, ()):
            yield from secret_values(branch, value)


def operation_groups(vendor: Vendor) -> dict[str, click.Group]:
    """A group per tag of the generated package (`runs`), holding a command per operation (`get-run`)."""
    api = importlib.import_module(f"{vendor.package}.api")
    groups: dict[str, click.Group] = {}
    for tag in _subpackages(api):
        name = tag.__name__.rpartition(".")[2]
        group = click.Group(name, help=f"The {vendor.title} operations tagged {name!r} in the spec.")
        for module in _modules(tag):
            if isinstance(getattr(module, "OPERATION", None), Operation):
                group.add_command(operation_command(vendor, module))
        groups[name] = group
    return groups


def operation_command(
    vendor: Vendor,
    module: ModuleType,
    *,
    name: str | None = None,
    flags: Mapping[str, str] | None = None,
    every_page: bool = False,
    max_items: int | None = None,
    text: str | None = None,
) -> click.Command:
    """The command for the operation of a generated endpoint module: named after it (or `name`), an option per
    argument (`flags` renames some), the operation's help (or `text`). A paged operation (one with an `iter_`
    method) prints one page, or with `--all-pages` or `--max-items` (or `every_page`) the items of the pages, as
    one JSON array, up to `--max-items` (default `max_items`)."""
    method_name = module.__name__.rpartition(".")[2]
    operation: Operation[Any] = module.OPERATION
    client_class = getattr(vendor.module, vendor.client_class)
    documented = help_of(getattr(client_class, method_name))
    renamed = flags or {}
    inputs = [_input(key, argument, documented, renamed.get(key)) for key, argument in operation.arguments.items()]
    parameters = [parameter for each in inputs for parameter in each.parameters]
    pager = getattr(client_class, f"iter_{method_name}", None)
    if pager is not None:
        if not every_page:
            parameters.append(click.Option(["--all-pages"], is_flag=True, help="Every page's items, as one array."))
        parameters.append(
            click.Option(
                ["--max-items"],
                type=click.IntRange(min=1),
                default=max_items,
                show_default=max_items is not None,
                help="At most this many items.",
            )
        )

    def run(**parsed: Any) -> None:
        current = session()
        values = {}
        for each in inputs:
            value = each.value(parsed)
            if value is not None:
                current.output.add_secrets(functools.partial(secret_values, each.argument.schema, value))
                values[each.name] = _typed(each, value)
        client = current.client()
        paging = pager is not None and (every_page or parsed["all_pages"] or parsed["max_items"] is not None)
        if paging:
            current.output.result(list(getattr(client, f"iter_{method_name}")(**values, max_items=parsed["max_items"])))
        else:
            current.output.result(getattr(client, method_name)(**values))

    return click.Command(
        name or method_name.replace("_", "-"),
        callback=run,
        params=parameters,
        help=text or documented.text,
        short_help=None if text else documented.summary,
    )


def _subpackages(package: ModuleType) -> list[ModuleType]:
    found = pkgutil.iter_modules(package.__path__, package.__name__ + ".")
    return [importlib.import_module(info.name) for info in found if info.ispkg]


def _modules(package: ModuleType) -> list[ModuleType]:
    found = pkgutil.iter_modules(package.__path__, package.__name__ + ".")
    return [importlib.import_module(info.name) for info in found if not info.ispkg]


@dataclass(frozen=True)
class _Input:
    """One argument of the operation, and the command-line parameters that give its value."""

    name: str
    argument: Argument
    parameters: list[click.Parameter]
    value: Callable[[Mapping[str, Any]], Any]  # the parsed parameters -> the argument's value (None: not given)


def _typed(each: _Input, value: Any) -> Any:
    """The value as the client method takes it (see `checked`)."""
    return value if each.argument.cls is None else checked(each.name, each.argument.schema, each.argument.cls, value)


def checked(name: str, schema: Mapping[str, Any], cls: type, value: Any) -> Any:
    """`value` (JSON data from the command line) as an instance of the generated `cls`: checked against its schema
    first, so a bad value is a RequestValidationError naming the field and the constraint (exit 2), as the client
    method's own check would be, instead of a parse error from the model."""
    check_arguments({name: Argument(schema, None)}, {name: value})
    try:
        return cls(value) if issubclass(cls, enum.Enum) else cls.from_dict(value)  # type: ignore[attr-defined]
    except MODEL_ERRORS as error:  # what the check cannot see (a recursive schema's inner levels)
        raise RequestValidationError(f"{name}: {error}", field=name) from None


def _input(name: str, argument: Argument, documented: Help, flag: str | None = None) -> _Input:
    schema = argument.schema
    model = argument.cls is not None and not issubclass(argument.cls, enum.Enum)
    if model and schema.get("properties"):
        return _body(name, argument, help_of(argument.cls))
    key = f"{name}_value"
    positional = argument.required and not model and flag is None
    decls = [key] if positional else [flag or option_name(name), key]
    text = documented.fields.get(name, "")
    parameter = _parameter(decls, schema, required=argument.required, positional=positional, text=text)

    def value(parsed: Mapping[str, Any]) -> Any:
        return _given(parsed[key])

    return _Input(name, argument, [parameter], value)


def _body(name: str, argument: Argument, documented: Help) -> _Input:
    """An option per property of the body; the value is the body as JSON data, or None when none was given."""
    required = set(argument.schema.get("required", ()))
    keys: dict[str, str] = {}
    parameters = []
    for index, (prop, schema) in enumerate(argument.schema["properties"].items()):
        keys[prop] = key = f"{name}_{index}"
        text = _described(documented, prop)
        parameters.append(
            _parameter([option_name(prop), key], schema, required=prop in required, positional=False, text=text)
        )

    def value(parsed: Mapping[str, Any]) -> Any:
        body = {prop: _given(parsed[key]) for prop, key in keys.items()}
        body = {prop: item for prop, item in body.items() if item is not None}
        return body if body or argument.required else None

    return _Input(name, argument, parameters, value)


def _described(documented: Help, prop: str) -> str:
    """The model attribute's description for the JSON property `prop` (`execution_ids` for `executionIds`)."""
    wanted = prop.replace("_", "").lower()
    return next((text for attribute, text in documented.fields.items() if attribute.replace("_", "") == wanted), "")


def _given(value: Any) -> Any:
    """None for a parameter not given (an empty tuple for a repeatable one)."""
    return None if value == () else list(value) if isinstance(value, tuple) else value


def _parameter(
    decls: list[str], schema: Mapping[str, Any], *, required: bool, positional: bool, text: str
) -> click.Parameter:
    schema = _not_null(schema)
    kind = schema.get("type")
    many = kind == "array" and isinstance(schema.get("items"), Mapping)
    item = _not_null(schema["items"]) if many else schema
    param_type = _type(item)
    if positional:
        metavar = decls[0].removesuffix("_value").upper() + ("..." if many else "")
        return click.Argument(decls, type=param_type, required=required, nargs=-1 if many else 1, metavar=metavar)
    if item.get("type") == "boolean" and not many:
        flag = decls[0]
        return click.Option([f"{flag}/--no-{flag[2:]}", decls[1]], default=None, required=required, help=text)
    if isinstance(param_type, click.Choice) and len(param_type.choices) > MAX_CHOICES_SHOWN:
        listed = ", ".join(map(str, param_type.choices[:MAX_CHOICES_SHOWN]))
        text = f"{text} One of the spec's {len(param_type.choices)} values: {listed}, ...".strip()
        return click.Option(decls, type=param_type, multiple=many, required=required, help=text, metavar="VALUE")
    return click.Option(decls, type=param_type, multiple=many, required=required, help=text)


def _type(schema: Mapping[str, Any]) -> ParamType:
    if "enum" in schema and all(isinstance(value, str) for value in schema["enum"]):
        return click.Choice(schema["enum"])
    kinds = schema.get("type")
    if isinstance(kinds, list) and kinds and all(kind in _SCALARS for kind in kinds):
        return _Scalars(kinds)
    return _SCALARS.get(str(kinds), JSON_TEXT)


class _Scalars(ParamType):
    """A value of one of several scalar types (`type: [integer, string]`): the first that reads it."""

    def __init__(self, kinds: list[str]) -> None:
        self.kinds = sorted(kinds, key=list(_SCALARS).index)  # integer before number before string
        self.name = "|".join(self.kinds)

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        for kind in self.kinds:
            try:
                return _SCALARS[kind].convert(value, param, ctx)
            except click.BadParameter:
                continue
        self.fail(f"{value!r} is not {' or '.join(self.kinds)}", param, ctx)


def _not_null(schema: Mapping[str, Any]) -> Mapping[str, Any]:
    """`schema` without its null alternative (`type: [integer, "null"]`, `anyOf: [X, {type: null}]`)."""
    kind = schema.get("type")
    if isinstance(kind, list):
        rest = [name for name in kind if name != "null"]
        return {**schema, "type": rest[0] if len(rest) == 1 else rest}
    for keyword in ("anyOf", "oneOf"):
        branches = [branch for branch in schema.get(keyword, ()) if branch.get("type") != "null"]
        if keyword in schema and len(branches) == 1:
            return _not_null({**{key: v for key, v in schema.items() if key != keyword}, **branches[0]})
    return schema
