"""Merging change bullets into the `## Unreleased` section of CHANGELOG.md, and turning it into a release."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from pathlib import Path

TITLE = "# Changelog"
UNRELEASED = "## Unreleased"
GATE_BULLET = re.compile(r"- \*\*(breaking|warning|info)\*\* `")


def update(path: Path, sections: Mapping[str, Sequence[str]]) -> bool:
    """Add each bullet under `### <section>` in `## Unreleased` unless already there; return whether the file changed.

    Only the Unreleased block is rewritten, and only when a bullet is new, so re-running the gate on an
    unchanged tree leaves the file byte-for-byte the same.
    """
    text = path.read_text(encoding="utf-8") if path.exists() else f"{TITLE}\n"
    lines = text.splitlines()
    start = _unreleased(lines)
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines))
    preamble, subsections = _parse(lines[start + 1 : end])
    added = False
    for name, bullets in sections.items():
        for bullet in bullets:
            body = subsections.setdefault(f"### {name}", [])
            if bullet not in body:
                body.append(bullet)
                added = True
    if not added:
        return False
    lines[start:end] = _render(UNRELEASED, preamble, subsections) + ([""] if end < len(lines) else [])
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return True


def release(path: Path, heading: str, sections: Mapping[str, Sequence[str]]) -> str:
    """Turn `## Unreleased` into `## <heading>` with `sections`; return the new section's text.

    The gate's running bullets are dropped: `sections` (the changes since the last release) replace them.
    Prose and hand-written bullets in Unreleased stay.
    """
    lines = (path.read_text(encoding="utf-8") if path.exists() else f"{TITLE}\n").splitlines()
    start = _unreleased(lines)
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines))
    preamble, subsections = _parse(lines[start + 1 : end])
    kept = {name: [b for b in body if not GATE_BULLET.match(b)] for name, body in subsections.items()}
    fresh = {f"### {name}": list(bullets) for name, bullets in sections.items() if bullets}
    block = _render(f"## {heading}", preamble, {**fresh, **{k: _strip(v) for k, v in kept.items() if _strip(v)}})
    lines[start:end] = block + ([""] if end < len(lines) else [])
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return "\n".join(block) + "\n"


def _unreleased(lines: list[str]) -> int:
    if UNRELEASED in lines:
        return lines.index(UNRELEASED)
    at = next((i for i, line in enumerate(lines) if line.startswith("## ")), len(lines))
    while at > 0 and not lines[at - 1].strip():
        at -= 1
    lines[at:at] = ["", UNRELEASED] if at > 0 else [UNRELEASED]
    return at + 1 if at > 0 else at


def _strip(lines: list[str]) -> list[str]:
    while lines and not lines[0].strip():
        lines = lines[1:]
    while lines and not lines[-1].strip():
        lines = lines[:-1]
    return lines


def _parse(block: list[str]) -> tuple[list[str], dict[str, list[str]]]:
    preamble: list[str] = []
    subsections: dict[str, list[str]] = {}
    current = preamble
    for line in block:
        if line.startswith("### "):
            current = subsections.setdefault(line.rstrip(), [])
        else:
            current.append(line)
    return _strip(preamble), {heading: _strip(body) for heading, body in subsections.items()}


def _render(heading: str, preamble: list[str], subsections: dict[str, list[str]]) -> list[str]:
    rendered = [heading]
    if preamble:
        rendered += ["", *preamble]
    for heading, body in subsections.items():
        rendered += ["", heading]
        if body:
            rendered += ["", *body]
    return rendered
