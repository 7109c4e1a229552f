"""`UnknownValue`: an enum value that the client's spec does not list (a status the vendor added later, or a bare
integer, as proto3 JSON sends for an enum number the server's own schema has no name for).

Generated string enums are open: a field typed `RunStatus` in the spec is `RunStatus | UnknownValue` in Python, and
parsing a value the enum lacks gives an `UnknownValue` instead of raising. It is a separate type, not a pseudo-member
of the enum, so that type checkers see it: a `match` over every `RunStatus` member is not exhaustive until a
`case UnknownValue():` (or `case _:`) handles the rest, and `assert_never` says so. `isinstance(x, UnknownValue)`
narrows; `x.is_known` is False here and True on every member.

It is a `str` (the value's text, `.value` too), so it compares, hashes and formats like the text the API sent, and
`.raw` is the value as sent (an integer stays an int), which `to_dict()` writes back.
"""

from __future__ import annotations

from enum import Enum
from typing import Literal

__all__ = ["UnknownValue"]


class UnknownValue(str):
    """A value of the enum `enum` that this client does not know: `str(x)` and `x.value` are its text, `x.raw` the
    value as sent (str or int); `repr` names the enum: `RunStatus.unknown('archived')`."""

    enum: type[Enum]
    raw: str | int

    def __new__(cls, enum: type[Enum], raw: str | int) -> UnknownValue:
        self = super().__new__(cls, raw if isinstance(raw, str) else str(raw))
        self.enum = enum
        self.raw = raw
        return self

    @property
    def value(self) -> str:
        """The text of the value, like a member's `.value`."""
        return str.__str__(self)

    @property
    def is_known(self) -> Literal[False]:
        """Always False (True on every member of a generated enum)."""
        return False

    def __str__(self) -> str:
        return str.__str__(self)

    def __repr__(self) -> str:
        return f"{self.enum.__name__}.unknown({self.raw!r})"

    def __reduce__(self) -> tuple[type[UnknownValue], tuple[type[Enum], str | int]]:
        return type(self), (self.enum, self.raw)
