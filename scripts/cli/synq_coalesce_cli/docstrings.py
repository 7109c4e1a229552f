"""Help text from the generated docstrings: openapi-python-client writes an operation's summary and description,
and each argument's or property's description, from the spec into them (Google style)."""

from __future__ import annotations

import inspect
import re
from dataclasses import dataclass, field

__all__ = ["Help", "help_of"]

_SECTION = re.compile(r"^( *)(Args|Attributes|Raises|Returns|Yields):$")
_ENTRY = re.compile(r"^(\w+)(?: \(.*?\))?:(?:\s+|$)(.*)$", re.S)
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
    entries: list[str] = []  # each argument's lines, joined: a long type annotation wraps onto the next lines
    section, indent = None, ""
    for line in (inspect.getdoc(documented) or "").splitlines():
        heading = _SECTION.match(line)
        if heading:
            indent, section = heading.group(1) + " " * 4, heading.group(2)
        elif section is None:
            text.append(line.strip())
        elif section in _DESCRIBED and line.startswith(indent) and line[len(indent) : len(indent) + 1] not in " ":
            entries.append(line.strip())
        elif section in _DESCRIBED and entries and line.startswith(indent + " "):
            entries[-1] += " " + line.strip()
    fields = {}
    for entry in entries:
        parsed = _ENTRY.match(entry)
        if parsed:
            fields[parsed.group(1)] = parsed.group(2).strip()
    return Help("\n".join(text).strip(), fields)
