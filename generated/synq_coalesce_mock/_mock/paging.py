# Copied from scripts/mock/paging.py by "make generate". DO NOT EDIT here: edit scripts/mock/paging.py.
"""Paged list answers: an operation with `x-paging` (scripts/codegen/paging.py describes it) answers one page.

The whole list is the store's records when they are items of the list (each carries the properties the item schema
requires; each is cut to the item schema's properties and fitted to it by `conform`: Coalesce's runs, started ones
too), else the items of the handler's answer. Then, read from `x-paging` alone:

- filters: a query parameter named like an item property keeps the items with that value;
- order: keyset paging (`lastItem`) orders by the key field (the `keyParameter`'s value or default) in the
  `directionParameter`'s direction (its value or default; ascending without one) and keeps the items after the
  cursor, exclusive; an item without the key is not in a list ordered by it, and nothing comes after a cursor of
  another type than the key (a run ID while ordering by time: the spec allows it, so no 400). Token paging keeps
  the list's order and its cursor is the position of the next item, as text (after any other text: nothing);
- size: the page size parameter's value or default; the answer says the next cursor (token paging) and echoes
  every query parameter it has a property for (Coalesce's `limit`, `orderBy`, `orderByDirection`).
"""

from __future__ import annotations

import copy
import datetime as dt
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from synq_coalesce_mock._mock.conform import conform
from synq_coalesce_mock._mock.handlers import Handler, Reply
from synq_coalesce_mock._mock.store import Store
from synq_coalesce_mock._mock.validation import ValidRequest
from synq_coalesce_mock._spec.document import pointer, resolve
from synq_coalesce_mock._spec.model import OperationSpec, Spec
from synq_coalesce_mock._spec.values import success_schema, walk

__all__ = ["EXTENSION", "ListPaging", "paged"]

EXTENSION = "x-paging"
MAX_FITTED = 10_000
Items = list[dict[str, Any]]


def paged(spec: Spec, store: Store[Any], operation: OperationSpec, handler: Handler) -> Handler:
    """`handler`, answering one page when the operation has `x-paging`."""
    paging = ListPaging.of(spec, operation)
    if paging is None:
        return handler

    def handle(request: ValidRequest) -> Reply:
        reply = handler(request)
        if reply.error is not None or not 200 <= reply.status <= 299 or reply.body is None:
            return reply
        return Reply(reply.status, paging.page(request, reply.body, paging.listed(store)))

    return handle


@dataclass(frozen=True)
class ListPaging:
    """One paged operation's `x-paging`, with its parameters' defaults and its item schema."""

    spec: Spec
    paging: Mapping[str, Any]
    defaults: Mapping[str, Any]
    filters: tuple[str, ...]
    echoed: tuple[str, ...]
    item_schema: str
    fitted: dict[str, dict[str, Any]] = field(default_factory=dict, repr=False)

    @classmethod
    def of(cls, spec: Spec, operation: OperationSpec) -> ListPaging | None:
        paging = spec.node(pointer("paths", operation.path, operation.method.lower())).get(EXTENSION)
        if paging is None:
            return None
        queries = [parameter for parameter in operation.parameters if parameter.location == "query"]
        defaults = {p.name: _default(spec, p.schema) for p in queries if _default(spec, p.schema) is not None}
        answer = spec.schema(success_schema(spec, operation)).get("properties", {})
        item_schema = walk(spec, success_schema(spec, operation), *_steps(paging["items"]), "items")
        properties = spec.schema(item_schema).get("properties", {})
        own = {paging["cursor"], paging.get("pageSize"), *paging["nextCursor"].get("lastItem", {}).values()}
        filters = tuple(p.name for p in queries if p.name in properties and p.name not in own)
        return cls(spec, paging, defaults, filters, tuple(p.name for p in queries if p.name in answer), item_schema)

    def listed(self, store: Store[Any]) -> Items | None:
        """The store's records as list items (cut to the item schema's properties and fitted to it), or None when
        the store has none, or they lack a property every item has."""
        records = getattr(store, "records", None)
        schema = self.spec.schema(self.item_schema)
        required = set(schema.get("required", ()))
        if not isinstance(records, Mapping) or not records or not all(required <= set(r) for r in records.values()):
            return None
        properties = schema.get("properties", {})
        return [
            self._item({key: value for key, value in record.items() if key in properties})
            for record in records.values()
        ]

    def _item(self, cut: dict[str, Any]) -> dict[str, Any]:
        """`conform`ed once per distinct content: it validates, which made a page cost 20 times a get."""
        text = json.dumps(cut, sort_keys=True, default=str)
        if text not in self.fitted:
            if len(self.fitted) >= MAX_FITTED:
                self.fitted.clear()
            self.fitted[text] = conform(self.spec, self.item_schema, cut)
        return self.fitted[text]  # shared: pages only list items, never change them

    def page(self, request: ValidRequest, body: Any, items: Items | None) -> Any:
        """`body` (the handler's answer) holding one page of `items` (the handler's own when None)."""
        body = copy.deepcopy(body)
        holder = _at(body, self.paging["items"][:-1])
        values = {**self.defaults, **request.parameters}
        listed = [
            item
            for item in (holder[self.paging["items"][-1]] if items is None else items)
            if all(name not in request.parameters or item.get(name) == values[name] for name in self.filters)
        ]
        size = values.get(self.paging.get("pageSize", ""))
        last_item = self.paging["nextCursor"].get("lastItem")
        if last_item is not None:
            listed = self._after(listed, last_item, values, request.parameters.get(self.paging["cursor"]))
            holder[self.paging["items"][-1]] = listed[:size]
        else:
            start = _position(request.parameters.get(self.paging["cursor"], 0))
            if start is None:  # nothing comes after a token this mock did not give (the spec allows any text)
                start = len(listed)
            holder[self.paging["items"][-1]] = listed[start : None if size is None else start + size]
            following = start + (len(listed) if size is None else size)
            next_path = self.paging["nextCursor"]["response"]
            if following < len(listed):
                _at(body, next_path[:-1])[next_path[-1]] = str(following)
            else:
                _at(body, next_path[:-1]).pop(next_path[-1], None)
        for name in self.echoed:
            if name in values:
                body[name] = values[name]
        return body

    def _after(self, items: Items, last_item: Mapping[str, Any], values: Mapping[str, Any], cursor: Any) -> Items:
        key = str(last_item.get("key") or values[last_item["keyParameter"]])
        descending = values.get(last_item.get("directionParameter", "")) == "desc"
        keyed = [item for item in items if item.get(key) is not None]
        order = _order(self.spec.schema(walk(self.spec, self.item_schema, "properties", key)))
        keyed.sort(key=lambda item: order(item[key]), reverse=descending)
        if cursor is None:
            return keyed
        try:
            after = order(cursor)
            return [item for item in keyed if (order(item[key]) < after if descending else order(item[key]) > after)]
        except (TypeError, ValueError):  # the spec allows it (a run ID while ordering by time): nothing comes after
            return []


def _position(cursor: Any) -> int | None:
    """A token cursor: the position of the page's first item, as the mock wrote it (None: not one of its tokens)."""
    return int(str(cursor)) if str(cursor).isdigit() else None


def _order(schema: Mapping[str, Any]) -> Callable[[Any], Any]:
    """How values of a key compare, a cursor's text too (a query parameter may type it as a string): date-times as
    moments, integers and numbers as numbers, anything else as itself."""
    types = schema.get("type")
    types = {types} if isinstance(types, str) else set(types or ())
    if schema.get("format") == "date-time":
        return lambda value: dt.datetime.fromisoformat(str(value))
    if types & {"integer", "number"} and not types & {"string"}:
        return lambda value: value if isinstance(value, int | float) and not isinstance(value, bool) else float(value)
    return lambda value: value


def _default(spec: Spec, location: str) -> Any:
    """A parameter's default: beside its schema's `$ref` (OpenAPI 3.1) or in the schema it refers to."""
    schema = spec.node(location)
    return schema.get("default", resolve(spec.document, schema)[0].get("default"))


def _steps(path: list[str]) -> list[str]:
    return [step for name in path for step in ("properties", name)]


def _at(body: Any, path: list[str]) -> Any:
    for name in path:
        body = body[name]
    return body
