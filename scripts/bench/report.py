"""The benchmark's output: environment, the measurements (min, median, max, ratio of minimums to each baseline, the
load each block started at) and the goals with their verdicts."""

from __future__ import annotations

import math
import os
import platform
from importlib import metadata

from scripts.bench.goals import Goal, Group, Results
from scripts.bench.verdicts import SPREAD_LIMIT, Verdict

LIBRARIES = (
    "httpx",
    "attrs",
    "orjson",
    "pydantic",
    "pydantic-core",
    "datamodel-code-generator",
    "msgspec",
    "openapi-python-client",
    "starlette",
    "uvicorn",
)


def versions() -> dict[str, str]:
    found = {"Python": f"{platform.python_version()} ({platform.python_implementation()})"}
    for name in LIBRARIES:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = "not installed"
    return found


def _duration(seconds: float) -> str:
    if not math.isfinite(seconds):
        return str(seconds)
    if seconds >= 1:
        return f"{seconds:.2f} s"
    if seconds >= 1e-3:
        return f"{seconds * 1e3:.2f} ms"
    return f"{seconds * 1e6:.1f} µs"


def _group_rows(group: Group) -> list[list[str]]:
    rows = []
    for name, sample in group.samples.items():
        ratios = []
        for baseline in group.baselines:
            reference = group.samples[baseline].min
            ratios.append("-" if baseline == name else f"{sample.min / reference:.2f}x")
        rate = "-" if sample.min <= 0 else f"{1 / sample.min:,.{0 if sample.min < 0.1 else 2}f}"
        times = [_duration(sample.min), _duration(sample.median), _duration(sample.max), f"{sample.spread:.2f}"]
        rows.append([group.title, name, *times, rate, *ratios])
    return rows


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    widths = [max(len(row[index]) for row in [header, *rows]) for index in range(len(header))]

    def line(cells: list[str]) -> str:
        return "| " + " | ".join(cell.ljust(width) for cell, width in zip(cells, widths, strict=True)) + " |"

    return [line(header), "|" + "|".join("-" * (width + 2) for width in widths) + "|", *map(line, rows)]


def _order(item: Group | Goal) -> int:
    """Goal order P1, P2, ... whatever order they ran in (the sort is stable within a goal)."""
    return int(item.key[1]) if item.key[:1] == "P" and item.key[1:2].isdigit() else 99


def _value(goal: Goal, value: float) -> str:
    if goal.unit == " s":
        return _duration(value)
    return f"{value:.3f}{goal.unit}" if goal.unit == " KiB" else f"{value:.2f}{goal.unit}"


def render(results: Results) -> str:
    settings = results.settings
    lines = ["# Benchmark (issues #16, #26)", ""]
    lines.append(", ".join(f"{name} {version}" for name, version in versions().items()))
    lines.append(f"{os.cpu_count()} CPUs, {platform.system()} {platform.machine()}; rounds: {settings.rounds}")
    lines.append("; ".join(f"{name}: {size:,} bytes" for name, size in results.sizes.items()))
    lines.append("")
    for group in sorted(results.groups, key=_order):
        baselines = [f"time / {name}" for name in group.baselines]
        lines.append(f"## {group.title} (per {group.unit}; 1-minute load at the start: {group.load:.2f})")
        lines.append("")
        header = ["goal", "contestant", "min", "median", "max", "median/min", "per second (min)", *baselines]
        lines += _table(header, _group_rows(group))
        lines.append("")
    lines.append("## Goals")
    lines.append("")
    lines.append(
        "Judged on the ratio of minimums; the paired median (of the per-round ratios, with their quartiles and range)"
        " beside it. median/min is the wider of the two contestants'; above"
        f" {SPREAD_LIMIT:g} the run was too noisy to decide, and the verdict is 'inconclusive'."
    )
    lines.append("")
    rows = []
    for goal in sorted(results.goals, key=_order):
        status = "-" if goal.verdict is None else goal.verdict.value
        ratio = goal.ratio
        quartiles = f"{_value(goal, ratio.q1)} .. {_value(goal, ratio.q3)}"
        extremes = f"{_value(goal, ratio.low)} .. {_value(goal, ratio.high)}"
        rows.append([goal.key, goal.metric, _value(goal, ratio.of_mins), _value(goal, ratio.paired), quartiles])
        rows[-1] += [extremes, f"{ratio.spread:.2f}", goal.target, status]
    header = ["goal", "metric", "of mins", "paired median", "quartiles", "range", "median/min", "target", "verdict"]
    lines += _table(header, rows)
    for goal in sorted(results.goals, key=_order):
        if goal.profile:
            why = "profiled on request" if goal.verdict in (None, Verdict.MET) else goal.verdict.value
            lines += ["", f"## Where it goes: {goal.key} ({why})", "", "```", goal.profile, "```"]
    return "\n".join(lines)
