# Copied from scripts/mock/prefer.py by "make generate". DO NOT EDIT here: edit scripts/mock/prefer.py.
"""The `Prefer` request header (RFC 7240), as Prism reads it: `Prefer: code=503`, `Prefer: dynamic=true, seed=7`.

- `code=<status>` answers with that documented status (error statuses get the vendor's error body).
- `dynamic=true` answers with a body generated from the response schema; `seed=<int>` picks which one
  (default 0), so the same header always gives the same body.

Preferences the mock does not know are ignored, as RFC 7240 asks; a known one with a bad value is a 400,
because a test that asked for something should not silently get something else.

Parsing is linear in the header's length (it runs on the event loop): string splits and strips, and regular
expressions only in `fullmatch` with a single repetition, never a pattern that can backtrack over whitespace.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

HEADER = "prefer"
_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_-]*")
_SEPARATORS = re.compile(r"[,;]")
_TRUE, _FALSE = {"true", "1", "yes"}, {"false", "0", "no"}


class PreferError(ValueError):
    pass


@dataclass(frozen=True)
class Preferences:
    code: int | None = None
    dynamic: bool = False
    seed: int = 0

    def applied(self) -> str:
        """Value for the `Preference-Applied` response header ("" when nothing was asked for)."""
        parts = [f"code={self.code}"] if self.code is not None else []
        parts += [f"dynamic=true, seed={self.seed}"] if self.dynamic else []
        return ", ".join(parts)


def parse(values: Iterable[str]) -> Preferences:
    """Read every `Prefer` header value (preferences may be split on `,` or `;`)."""
    found: dict[str, str] = {}
    for value in values:
        for item in _SEPARATORS.split(value):
            if item.strip():
                name, setting = _preference(item)
                found[name] = setting
    return Preferences(
        code=_status(found["code"]) if "code" in found else None,
        dynamic=_flag(found.get("dynamic", "false")),
        seed=_integer("seed", found.get("seed", "0")),
    )


def _preference(item: str) -> tuple[str, str]:
    """`name`, `name=value` or `name="value"` (blanks around each part) -> (lowercase name, value)."""
    name, _, value = (part.strip() for part in item.partition("="))
    value = value.removeprefix('"').removesuffix('"')
    if not _NAME.fullmatch(name) or '"' in value:
        raise PreferError(f"malformed Prefer header item {item.strip()[:80]!r}")
    return name.lower(), value.strip()


def _status(value: str) -> int:
    status = _integer("code", value)
    if not 100 <= status <= 599:
        raise PreferError(f"Prefer: code={value} is not an HTTP status code")
    return status


def _flag(value: str) -> bool:
    lowered = value.lower()
    if lowered in _TRUE:
        return True
    if lowered in _FALSE:
        return False
    raise PreferError(f"Prefer: dynamic={value[:80]} must be true or false")


def _integer(name: str, value: str) -> int:
    if not re.fullmatch(r"-?[0-9]{1,18}", value):
        raise PreferError(f"Prefer: {name}={value[:80]} must be an integer")
    return int(value)
