"""`x-paging` on an operation: how it pages, read and checked against the spec, for the templates (`paging(...)`).

The extension (in an overlay, with the reason it is there):

    x-paging:
      cursor: startingFrom        # the query parameter that carries the cursor
      pageSize: limit             # the query parameter that carries the page size (optional)
      answerPageSize: [limit]     # where the answer says the page size it used (optional: a server that caps the
                                  #   page size and says so does not end the iteration with its capped pages)
      items: [data]               # where the items are: property names from the 2xx JSON body to the array
      nextCursor:                 # where the next cursor comes from, exactly one of
        response: [next]          #   a field of the answer (token paging); absent, null or "" means no next page
        lastItem:                 #   the last item's key field (keyset paging), either
          key: id                 #     always `id`, or
          keyParameter: orderBy   #     the one this parameter names (each of its enum values must be an item
                                  #     property; its `default` when the caller gives none)
          directionParameter: orderByDirection  # optional: `asc` or `desc` (the mock reads it; the client needs not)

A paged operation's endpoint module gets `PAGING`, a `synq_coalesce_core.paging.Paging` with the generated argument
and attribute names, and the clients an `iter_<operation>` method per paged operation (api_init.py.jinja). A spec
whose `x-paging` names what the operation lacks stops the generation, naming the operation and the field.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.model_property import ModelProperty

from scripts.codegen.request_schemas import RequestSchemas
from scripts.errors import GenerationFailed
from scripts.spec.document import resolve

__all__ = ["EXTENSION", "PagedOperation", "Pagings"]

EXTENSION = "x-paging"


@dataclass(frozen=True)
class PagedOperation:
    literal: str
    """The `Paging(...)` constructor call for the endpoint module."""
    item_type: str
    """The generated type of one item (what the iterator yields)."""
    item_imports: list[str]
    """What the client module imports for `item_type`."""


class Pagings:
    """The paged operations of one effective spec, matched to openapi-python-client's parsed endpoints."""

    def __init__(self, spec: Mapping[str, Any], models: Sequence[ModelProperty]) -> None:
        self._spec = spec
        self._operations = RequestSchemas(spec)
        self._models = {str(model.class_info.name): model for model in models}

    def of(self, endpoint: Any) -> PagedOperation | None:
        """The paging of a parsed endpoint, or None when its operation has no `x-paging`."""
        path, method = _text(endpoint.path), str(endpoint.method).lower()
        paging = self._operations.operation(path, method).get(EXTENSION)
        if paging is None:
            return None
        where = f"{EXTENSION} of {method.upper()} {path}"
        if not isinstance(paging, Mapping):
            raise GenerationFailed(f"{where}: must be a mapping")
        unknown = set(paging) - {"cursor", "pageSize", "answerPageSize", "items", "nextCursor"}
        if unknown:
            raise GenerationFailed(f"{where}: unknown field(s) {sorted(unknown)}")
        parameters = {_text(p.name): p for p in endpoint.query_parameters}
        arguments = {"cursor": self._parameter(parameters, paging.get("cursor"), f"{where}: cursor")}
        if "pageSize" in paging:
            arguments["page_size"] = self._parameter(parameters, paging["pageSize"], f"{where}: pageSize")
        items = _path(paging.get("items"), f"{where}: items")
        attributes, array = self._walk(endpoint, items, f"{where}: items")
        if not isinstance(array, ListProperty):
            raise GenerationFailed(f"{where}: items {items} is not an array in the 2xx body")
        item = array.inner_property
        arguments |= {"items": repr(tuple(items)), "item_attributes": repr(tuple(attributes))}
        if "answerPageSize" in paging:
            answer_page_size = _path(paging["answerPageSize"], f"{where}: answerPageSize")
            self._walk(endpoint, answer_page_size, f"{where}: answerPageSize")
            arguments["answer_page_size"] = repr(tuple(answer_page_size))
        defaults = self._defaults(path, method)
        arguments |= self._next_cursor(paging.get("nextCursor"), parameters, defaults, item, where)
        literal = "Paging(" + ", ".join(f"{name}={value}" for name, value in arguments.items()) + ")"
        return PagedOperation(literal, item.get_type_string().as_unembedded_code(), _imports(item))

    def _parameter(self, parameters: Mapping[str, Any], name: Any, where: str) -> str:
        if name not in parameters:
            raise GenerationFailed(
                f"{where}: {name!r} is not a query parameter of the operation ({sorted(parameters)})"
            )
        return repr(str(parameters[name].python_name))

    def _walk(self, endpoint: Any, path: list[str], where: str) -> tuple[list[str], Any]:
        """The attribute names along `path` in the one 2xx model, and the property at its end."""
        successes = [r.prop for r in endpoint.responses.patterns if 200 <= r.status_code.range[0] <= 299]
        node: Any = successes[0] if len(successes) == 1 else None
        attributes = []
        for name in path:
            match = [p for p in self._properties(node) if _text(p.name) == name]
            if not match:
                raise GenerationFailed(f"{where}: {path}: the one 2xx body has no property {name!r} there")
            node = match[0]
            attributes.append(str(node.python_name))
        return attributes, node

    def _defaults(self, path: str, method: str) -> dict[str, Any]:
        """Each query parameter's default in the spec: beside its schema's `$ref` (OpenAPI 3.1) or in the schema it
        refers to. The parsed model drops a referenced schema's default (its argument defaults to None)."""
        found = {}
        for parameter in self._operations.operation(path, method).get("parameters", []):
            parameter = resolve(self._spec, parameter)[0]
            schema = parameter.get("schema", {})
            target = resolve(self._spec, schema)[0]
            if parameter.get("in") == "query" and "default" in {**target, **schema}:
                found[str(parameter["name"])] = {**target, **schema}["default"]
        return found

    def _properties(self, node: Any) -> list[Any]:
        model = self._models.get(str(node.class_info.name)) if isinstance(node, ModelProperty) else None
        return [*(model.required_properties or []), *(model.optional_properties or [])] if model else []

    def _next_cursor(
        self,
        next_cursor: Any,
        parameters: Mapping[str, Any],
        defaults: Mapping[str, Any],
        item: Any,
        where: str,
    ) -> dict[str, str]:
        if not isinstance(next_cursor, Mapping) or len(next_cursor) != 1:
            raise GenerationFailed(f"{where}: nextCursor must have exactly one of 'response', 'lastItem'")
        ((kind, value),) = next_cursor.items()
        if kind == "response":
            return {"next_cursor": repr(tuple(_path(value, f"{where}: nextCursor.response")))}
        if kind != "lastItem" or not isinstance(value, Mapping) or len({"key", "keyParameter"} & set(value)) != 1:
            raise GenerationFailed(
                f"{where}: nextCursor must be {{response: [...]}} or {{lastItem: {{key|keyParameter}}}}"
            )
        unknown = set(value) - {"key", "keyParameter", "directionParameter"}
        if unknown:
            raise GenerationFailed(f"{where}: nextCursor.lastItem: unknown field(s) {sorted(unknown)}")
        if "directionParameter" in value:  # read by the mock only: the client follows whatever order it asked for
            direction = value["directionParameter"]
            self._parameter(parameters, direction, f"{where}: nextCursor.lastItem.directionParameter")
            if not {"asc", "desc"} <= set(_enum(parameters[direction])):
                raise GenerationFailed(f"{where}: directionParameter {direction!r} needs the values 'asc' and 'desc'")
        properties = {_text(p.name) for p in self._properties(item)}
        if "key" in value:
            if value["key"] not in properties:
                raise GenerationFailed(
                    f"{where}: nextCursor.lastItem.key {value['key']!r} is not a property of the items"
                )
            return {"key": repr(str(value["key"]))}
        name = value["keyParameter"]
        python_name = self._parameter(parameters, name, f"{where}: nextCursor.lastItem.keyParameter")
        keys = _enum(parameters[name])
        default = defaults.get(name)
        missing = [key for key in keys if key not in properties]
        if not keys or default is None or missing:
            raise GenerationFailed(
                f"{where}: keyParameter {name!r} needs an enum of item properties and a default"
                + (f" ({missing} are not item properties)" if missing else "")
            )
        return {"key_argument": python_name, "key_default": repr(str(default))}


def _enum(parameter: Any) -> list[str]:
    """The values of a parameter's enum (the parsed property's), or []."""
    return [str(value) for value in getattr(parameter, "values", {}).values()]


def _imports(item: Any) -> list[str]:
    """The imports of an item type in `api/__init__.py` (a model's own module is a lazy import of the generator's)."""
    lazy = item.get_lazy_imports(prefix="..") if isinstance(item, ModelProperty) else set()
    return sorted(item.get_imports(prefix="..") | lazy)


def _path(value: Any, where: str) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value or not all(isinstance(name, str) for name in value):
        raise GenerationFailed(f"{where}: must be a property name or a list of them")
    return list(value)


def _text(value: Any) -> str:
    return value.get_untrusted_value() if hasattr(value, "get_untrusted_value") else str(value)
