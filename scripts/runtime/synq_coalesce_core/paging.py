"""Iterate over every item of a paged operation, one page at a time, as the spec's `x-paging` describes it.

A generated endpoint module of a paged operation holds a `Paging` (the generator's reading of `x-paging`); its
`iter_<operation>` method on the clients hands that and the caller's arguments to `Pager`, the decisions shared by the
sync and the async loop (`SyncAPIClient._iterate`, `AsyncAPIClient._iterate`): the arguments of the next page, and
after each page which items to yield and whether another page follows. Pages are fetched only as the items are
consumed.

The next cursor comes from one of two places:

- the answer (`next_cursor`, token paging): a field holding the cursor of the next page; absent, null or "" ends;
- the page's last item (`key` or `key_argument`, keyset paging): the value of its key field, the field named by the
  `key_argument`'s value (its spec default when the caller gives none: Coalesce's `orderBy`). A page shorter than
  the page size sent is the last one; when the answer says the page size it used (`answer_page_size`) and that is
  smaller (a server that caps it), a page is short only against that.

An empty page ends either way, and so does `max_items`. A cursor already sent (the server ignored it, or led back)
raises `PagingError` instead of fetching the same pages forever; so does a last item without its key.
"""

from __future__ import annotations

import json
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import httpx

from .exceptions import PagingError, RequestValidationError
from .messages import describe_response
from .parsing import response_json
from .validation import Argument

__all__ = ["Pager", "Paging"]


@dataclass(frozen=True, slots=True)
class Paging:
    """How one operation pages. Argument names are the generated method's; `items`, `next_cursor` and the item keys
    are JSON names in the 2xx body; `item_attributes` is the `items` path as attributes of the parsed model.
    Exactly one of `next_cursor`, `key` and `key_argument` is set."""

    cursor: str
    items: tuple[str, ...]
    item_attributes: tuple[str, ...]
    page_size: str | None = None
    answer_page_size: tuple[str, ...] = ()
    next_cursor: tuple[str, ...] = ()
    key: str | None = None
    key_argument: str | None = None
    key_default: str | None = None


class Pager:
    """One iteration's state: the arguments of the next page, the cursors sent, the items still wanted."""

    def __init__(
        self, paging: Paging, arguments: Mapping[str, Argument], values: Mapping[str, Any], max_items: int | None
    ) -> None:
        if max_items is not None and (isinstance(max_items, bool) or not isinstance(max_items, int) or max_items < 0):
            raise RequestValidationError(
                f"max_items must be None or an integer >= 0, got {max_items!r}", field="max_items"
            )
        self._paging = paging
        self._cursor_schema = arguments[paging.cursor].schema
        self._values = dict(values)
        self._remaining = max_items
        self._done = max_items == 0
        self._problem: PagingError | None = None
        start = self._values.get(paging.cursor)  # None: not given
        self._sent: set[Hashable] = set() if start is None else {_plain(start)}

    def next_request(self) -> dict[str, Any] | None:
        """The arguments of the next page; None when the iteration is over. Raises the PagingError the last page
        caused, once its items were yielded."""
        if self._problem is not None:
            raise self._problem
        return None if self._done else dict(self._values)

    def receive(self, parsed: Any, response: httpx.Response) -> list[Any]:
        """The items of a page to yield (at most the ones still wanted); decides what comes next."""
        items = list(_attributes(parsed, self._paging.item_attributes))
        if self._remaining is not None:
            items, self._remaining = items[: self._remaining], self._remaining - min(len(items), self._remaining)
        if not items or self._remaining == 0:
            self._done = True
            return items
        body = response_json(response)
        cursor = self._next_cursor(body, response, len(_at(body, self._paging.items)))
        if cursor is None:
            self._done = True
        elif cursor in self._sent:
            self._problem = PagingError(
                f"{describe_response(response)}: the next cursor {cursor!r} was sent before; paging stopped instead "
                "of fetching the same pages again",
                response=response,
                cursor=cursor,
            )
        else:
            self._sent.add(cursor)
            self._values[self._paging.cursor] = _as_argument(cursor, self._cursor_schema)
        return items

    def _next_cursor(self, body: Any, response: httpx.Response, page_length: int) -> Hashable | None:
        paging = self._paging
        if paging.next_cursor:
            found = _at(body, paging.next_cursor, missing=None)
            return None if found is None or found == "" else _scalar(found, response)
        sizes = [self._values.get(paging.page_size) if paging.page_size else None]
        sizes.append(_at(body, paging.answer_page_size, missing=None) if paging.answer_page_size else None)
        known = [size for size in sizes if isinstance(size, int) and not isinstance(size, bool) and size > 0]
        if known and page_length < min(known):
            return None  # a short page: the last one
        field = paging.key or self._key_field()
        last = _at(body, paging.items)[-1]
        if not isinstance(last, Mapping) or last.get(field) is None:
            raise PagingError(
                f"{describe_response(response)}: the page's last item has no {field!r} to ask for the next page with",
                response=response,
                cursor=None,
            )
        return _scalar(last[field], response)

    def _key_field(self) -> str:
        value = self._values.get(str(self._paging.key_argument))
        return str(self._paging.key_default if value is None else _plain(value))


def _attributes(parsed: Any, path: Sequence[str]) -> list[Any]:
    for name in path:
        parsed = getattr(parsed, name)
    return [] if parsed is None else list(parsed)


def _at(body: Any, path: Sequence[str], missing: Any = ()) -> Any:
    for name in path:
        if not isinstance(body, Mapping) or name not in body:
            return missing
        body = body[name]
    return body


def _plain(value: Any) -> Any:
    """An argument as it is sent (an enum member as its value)."""
    return getattr(value, "value", value)


def _scalar(value: Any, response: httpx.Response) -> Hashable:
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return value
    raise PagingError(
        f"{describe_response(response)}: the next cursor is a {type(value).__name__}, not a string or a number",
        response=response,
        cursor=None,
    )


def _as_argument(cursor: Hashable, schema: Mapping[str, Any]) -> Any:
    """The cursor as the cursor argument takes it: a number stays a number unless the argument is a string only."""
    types = schema.get("type")
    allowed = [types] if isinstance(types, str) else list(types or ())
    if isinstance(cursor, str) or not allowed or {"integer", "number"} & set(allowed):
        return cursor
    return json.dumps(cursor) if "string" in allowed else cursor
