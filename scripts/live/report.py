"""The two reports of a live run: JUnit XML for CI, and a Markdown summary with one line per finding.

JUnit: one suite per vendor, one test case per (operation, check) that ran, failing with its findings; a run
that could not start is an `error`, a run the vendor stopped (429) is a `skipped` case that says so.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from xml.etree import ElementTree

from scripts.live.findings import Counted, group
from scripts.live.runner import VendorRun

JUNIT = "live-junit.xml"
SUMMARY = "live-summary.md"


def junit(runs: Sequence[VendorRun]) -> ElementTree.ElementTree:
    root = ElementTree.Element("testsuites", name="contract-live")
    for run in runs:
        grouped = group(run.findings)
        suite = ElementTree.SubElement(root, "testsuite", name=f"live.{run.vendor}", time=f"{run.seconds:.3f}")
        for operation, check in sorted(run.checks_run):
            found = [item for item in grouped if (item.finding.operation, item.finding.check) == (operation, check)]
            case = ElementTree.SubElement(
                suite, "testcase", classname=f"live.{run.vendor}", name=f"{check} [{operation}]"
            )
            if found:
                failure = ElementTree.SubElement(case, "failure", message=f"{len(found)} finding(s)")
                failure.text = "\n".join(_line(item) for item in found)
        if run.could_not_start is not None:
            case = ElementTree.SubElement(suite, "testcase", classname=f"live.{run.vendor}", name="start")
            ElementTree.SubElement(case, "error", message=str(run.could_not_start), type=run.could_not_start.reason)
        if run.stop_reason is not None:
            case = ElementTree.SubElement(suite, "testcase", classname=f"live.{run.vendor}", name="stopped early")
            ElementTree.SubElement(case, "skipped", message=run.stop_reason)
        cases = suite.findall("testcase")
        suite.set("tests", str(len(cases)))
        suite.set("failures", str(sum(case.find("failure") is not None for case in cases)))
        suite.set("errors", str(sum(case.find("error") is not None for case in cases)))
        suite.set("skipped", str(sum(case.find("skipped") is not None for case in cases)))
    ElementTree.indent(root)
    return ElementTree.ElementTree(root)


def _line(item: Counted) -> str:
    f = item.finding
    return f"{f.operation} {f.path}: spec says {f.expected}; vendor sent {f.actual} (x{item.count}); e.g. {f.example}"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def markdown(runs: Sequence[VendorRun]) -> str:
    lines = ["# Live contract check", ""]
    for run in runs:
        state = "could not start" if run.could_not_start else ("drift" if run.findings else "no drift")
        lines.append(f"- **{run.vendor}** ({run.base_url}): {state}; {run.requests} requests in {run.seconds:.1f} s")
        if run.could_not_start is not None:
            lines.append(f"  - could not start: {run.could_not_start}")
        if run.stop_reason is not None:
            lines.append(f"  - stopped early: {run.stop_reason}")
    findings = [(run.vendor, item) for run in runs for item in group(run.findings)]
    lines += ["", f"## Findings ({len(findings)})", ""]
    if not findings:
        lines.append("None: every answer fit the spec.")
        return "\n".join(lines) + "\n"
    lines += [
        "| Vendor | Operation | Check | JSON path | Spec says | Vendor sent | Count | Example (redacted) |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for vendor, item in findings:
        f = item.finding
        cells = [
            vendor,
            f.operation,
            f.check,
            f"`{f.path}`",
            f.expected,
            f.actual,
            str(item.count),
            f"`{f.example}`" if f.example else "",
        ]
        lines.append("| " + " | ".join(_cell(cell) for cell in cells) + " |")
    return "\n".join(lines) + "\n"


def write(runs: Sequence[VendorRun], directory: Path) -> tuple[Path, Path]:
    directory.mkdir(parents=True, exist_ok=True)
    xml_path, md_path = directory / JUNIT, directory / SUMMARY
    junit(runs).write(xml_path, encoding="utf-8", xml_declaration=True)
    md_path.write_text(markdown(runs), encoding="utf-8")
    return xml_path, md_path
