"""Help text from the generated docstrings: openapi-python-client writes an operation's summary and description,
and each argument's or property's description, from the spec into them (Google style)."""

from __future__ import annotations

import inspect
import re
from dataclasses import dataclass, field

__all__ = ["Help", "help_of"]

_SECTION = re.compile(r"^(Args|Attributes|Raises|Returns|Yields):$")
_ENTRY = re.compile(r"^    (\w+)(?: \(.*\))?:(.*)$")
_DESCRIBED = ("Args", "Attributes")


@dataclass(frozen=True)
class Help:
    """`text`: the summary, then the description; `fields`: each argument's or attribute's description."""

    text: str = ""
    fields: dict[str, str] = field(default_factory=dict)

    @property
    def summary(self) -> str:
        return self.text.partition("\n")[0]


def help_of(documented: object) -> Help:
    """The help in the docstring of `documented` (a generated method or model class)."""
    text: list[str] = []
    fields: dict[str, str] = {}
    section = current = None
    for line in (inspect.getdoc(documented) or "").splitlines():
        heading = _SECTION.match(line)
        if heading:
            section, current = heading.group(1), None
        elif section is None:
            text.append(line.strip())
        elif section in _DESCRIBED and (entry := _ENTRY.match(line)):
            current = entry.group(1)
            fields[current] = entry.group(2).strip()
        elif current is not None and line.startswith(" " * 8):
            fields[current] = f"{fields[current]} {line.strip()}".strip()
    return Help("\n".join(text).strip(), fields)
