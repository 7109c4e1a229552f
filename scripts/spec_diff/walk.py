"""State shared by one comparison: both documents, the changes found, and the pairs already compared."""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, replace

from scripts.spec.document import last_token, pointer
from scripts.spec_diff.document import Document
from scripts.spec_diff.model import Change
from scripts.spec_diff.rules import RULES


@dataclass(frozen=True)
class Site:
    """Where a schema sits: its location, a readable name for messages, and the rule-id prefix of its side."""

    location: str
    label: str
    prefix: str

    @property
    def request(self) -> bool:
        return self.prefix.startswith("request")

    def child(self, *tokens: object, label: str | None = None) -> Site:
        return replace(self, location=self.location + pointer(*tokens), label=label or self.label)

    def component(self, location: str) -> Site:
        return replace(self, location=location, label=last_token(location))


class Walk:
    def __init__(self, old: Document, new: Document) -> None:
        self.old = old
        self.new = new
        self._changes: dict[tuple[str, str, str], Change] = {}
        self._visited: set[Hashable] = set()

    def emit(self, rule: str, location: str, message: str) -> None:
        self._changes.setdefault((rule, location, message), Change(rule, RULES[rule], location, message))

    def first_visit(self, key: Hashable) -> bool:
        """Record `key`; False when it was seen before, which stops recursion through self-referencing schemas."""
        if key in self._visited:
            return False
        self._visited.add(key)
        return True

    def changes(self) -> list[Change]:
        return sorted(self._changes.values(), key=Change.sort_key)
