"""`x-paging` on an operation: how it pages, read and checked against the spec, for the templates (`paging(...)`).

The extension (in an overlay, with the reason it is there):

    x-paging:
      cursor: startingFrom        # the query parameter that carries the cursor
      pageSize: limit             # the query parameter that carries the page size (optional)
      items: [data]               # where the items are: property names from the 2xx JSON body to the array
      nextCursor:                 # where the next cursor comes from, exactly one of
        response: [next]          #   a field of the answer (token paging); absent, null or "" means no next page
        lastItem: {key: id}       #   the last item's field `id` (keyset paging)
        lastItem: {keyParameter: orderBy}   # the last item's field named by this parameter (each of its enum
                                  #   values must be an item property; its `default` when the caller gives none)

A paged operation's endpoint module gets `PAGING`, a `synq_coalesce_core.paging.Paging` with the generated argument
and attribute names, and the clients an `iter_<operation>` method per paged operation (api_init.py.jinja). A spec
whose `x-paging` names what the operation lacks stops the generation, naming the operation and the field.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from openapi_python_client.parser.properties import ListProperty, ModelProperty

from scripts.codegen.request_schemas import RequestSchemas
from scripts.errors import GenerationFailed

__all__ = ["EXTENSION", "PagedOperation", "Pagings"]

EXTENSION = "x-paging"
_JSON = "application/json"


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
        unknown = set(paging) - {"cursor", "pageSize", "items", "nextCursor"}
        if unknown:
            raise GenerationFailed(f"{where}: unknown field(s) {sorted(unknown)}")
        parameters = {_text(p.name): p for p in endpoint.query_parameters}
        arguments = {"cursor": self._parameter(parameters, paging.get("cursor"), f"{where}: cursor")}
        if "pageSize" in paging:
            arguments["page_size"] = self._parameter(parameters, paging["pageSize"], f"{where}: pageSize")
        items = _path(paging.get("items"), f"{where}: items")
        attributes, item = self._items(endpoint, items, where)
        arguments |= {"items": repr(tuple(items)), "item_attributes": repr(tuple(attributes))}
        arguments |= self._next_cursor(paging.get("nextCursor"), parameters, item, where)
        literal = "Paging(" + ", ".join(f"{name}={value}" for name, value in arguments.items()) + ")"
        return PagedOperation(literal, item.get_type_string().as_unembedded_code(), _imports(item))

    def _parameter(self, parameters: Mapping[str, Any], name: Any, where: str) -> str:
        if name not in parameters:
            raise GenerationFailed(f"{where}: {name!r} is not a query parameter of the operation ({sorted(parameters)})")
        return repr(str(parameters[name].python_name))

    def _items(self, endpoint: Any, items: list[str], where: str) -> tuple[list[str], Any]:
        """The attribute names along `items` in the 2xx model, and the property of one item."""
        successes = [r.prop for r in endpoint.responses.patterns if 200 <= r.status_code.range[0] <= 299]
        node: Any = successes[0] if len(successes) == 1 else None
        attributes = []
        for name in items:
            model = self._models.get(str(node.class_info.name)) if isinstance(node, ModelProperty) else None
            found = [p for p in (model.required_properties or []) + (model.optional_properties or [])] if model else []
            match = [p for p in found if _text(p.name) == name]
            if not match:
                raise GenerationFailed(f"{where}: items {items}: the 2xx body has no property {name!r} there")
            node = match[0]
            attributes.append(str(node.python_name))
        if not isinstance(node, ListProperty):
            raise GenerationFailed(f"{where}: items {items} is not an array in the 2xx body")
        return attributes, node.inner_property

    def _next_cursor(
        self, next_cursor: Any, parameters: Mapping[str, Any], item: Any, where: str
    ) -> dict[str, str]:
        if not isinstance(next_cursor, Mapping) or len(next_cursor) != 1:
            raise GenerationFailed(f"{where}: nextCursor must have exactly one of 'response', 'lastItem'")
        ((kind, value),) = next_cursor.items()
        if kind == "response":
            return {"next_cursor": repr(tuple(_path(value, f"{where}: nextCursor.response")))}
        if kind != "lastItem" or not isinstance(value, Mapping) or len(value) != 1:
            raise GenerationFailed(f"{where}: nextCursor must be {{response: [...]}} or {{lastItem: {{key|keyParameter}}}}")
        properties = self._item_properties(item)
        ((how, name),) = value.items()
        if how == "key":
            if name not in properties:
                raise GenerationFailed(f"{where}: nextCursor.lastItem.key {name!r} is not a property of the items")
            return {"key": repr(str(name))}
        if how != "keyParameter":
            raise GenerationFailed(f"{where}: nextCursor.lastItem takes 'key' or 'keyParameter', got {how!r}")
        python_name = self._parameter(parameters, name, f"{where}: nextCursor.lastItem.keyParameter")
        parameter = parameters[name]
        keys = [str(value) for value in getattr(parameter, "values", {}).values()]
        default = getattr(getattr(parameter, "default", None), "raw_value", None)
        missing = [key for key in keys if key not in properties]
        if not keys or default is None or missing:
            raise GenerationFailed(
                f"{where}: keyParameter {name!r} needs an enum of item properties and a default"
                + (f" ({missing} are not item properties)" if missing else "")
            )
        return {"key_argument": python_name, "key_default": repr(str(default))}

    def _item_properties(self, item: Any) -> set[str]:
        model = self._models.get(str(item.class_info.name)) if isinstance(item, ModelProperty) else None
        return {_text(p.name) for p in (model.required_properties or []) + (model.optional_properties or [])} if model else set()


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
