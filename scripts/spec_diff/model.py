"""What the comparison produces: one `Change` per rule hit."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Level(StrEnum):
    BREAKING = "breaking"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return list(Level).index(self)


@dataclass(frozen=True)
class Change:
    rule: str
    level: Level
    location: str
    message: str

    def sort_key(self) -> tuple[int, str, str, str]:
        return (self.level.rank, self.location, self.rule, self.message)
