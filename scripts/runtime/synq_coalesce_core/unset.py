"""`UNSET`: the value of a field the body did not carry (absent, or `null`, which proto3 JSON reads as unset).

A single-member Enum, so that type checkers narrow on identity: after `if x.status is not UNSET:`, mypy and pyright
know `x.status` is no longer `Unset`. It is falsy, and `isinstance(x, Unset)` keeps working.
"""

from __future__ import annotations

from enum import Enum
from typing import Final, Literal

__all__ = ["UNSET", "Unset"]


class Unset(Enum):
    UNSET = "UNSET"

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Final = Unset.UNSET
