"""The two reports of a live run: JUnit XML for CI, and a Markdown summary with one line per finding.

JUnit: one suite per vendor, one test case per (check, operation), failing with its findings; each reason a run is
inconclusive is an `error` (a `skipped` case when the run was cut short); each operation with side effects, never
sent live, is a `skipped` case that says so. The summary's first line is the verdict.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from xml.etree import ElementTree

from scripts.live.findings import Counted, group
from scripts.live.runner import VendorRun
from scripts.live.verdict import PASS, reasons, verdict

JUNIT = "live-junit.xml"
SUMMARY = "live-summary.md"


def junit(runs: Sequence[VendorRun], min_answers: int) -> ElementTree.ElementTree:
    """One suite per vendor, one case per (check, operation) that ran or found something: every finding is in a
    `<failure>`, every reason the run is inconclusive in an `<error>` or `<skipped>` case of its own."""
    root = ElementTree.Element("testsuites", name="contract-live")
    for run in runs:
        suite = ElementTree.SubElement(root, "testsuite", name=f"live.{run.vendor}", time=f"{run.seconds:.3f}")
        by_case: dict[str, list[Counted]] = {f"{check} [{operation}]": [] for operation, check in run.checks_run}
        for item in group(run.findings):
            by_case.setdefault(f"{item.finding.check} [{item.finding.operation}]", []).append(item)
        cases: dict[str, ElementTree.Element] = {}
        for name, found in sorted(by_case.items()):
            cases[name] = ElementTree.SubElement(suite, "testcase", classname=f"live.{run.vendor}", name=name)
            if found:
                failure = ElementTree.SubElement(cases[name], "failure", message=f"{len(found)} finding(s)")
                failure.text = "\n".join(_line(item) for item in found)
        for reason in reasons(run, min_answers):
            if reason.case not in cases:
                cases[reason.case] = ElementTree.SubElement(
                    suite, "testcase", classname=f"live.{run.vendor}", name=reason.case
                )
            kind = "skipped" if reason.skipped else "error"
            outcome = ElementTree.SubElement(cases[reason.case], kind, message=reason.message)
            if not reason.skipped:
                outcome.set("type", run.could_not_start.reason if run.could_not_start else "inconclusive")
        for label, level in run.withheld:
            case = ElementTree.SubElement(suite, "testcase", classname=f"live.{run.vendor}", name=withheld_case(label))
            ElementTree.SubElement(case, "skipped", message=withheld_line(label, level))
        listed = suite.findall("testcase")
        suite.set("tests", str(len(listed)))
        for kind in ("failure", "error", "skipped"):
            suite.set(
                f"{kind}s" if kind != "skipped" else kind, str(sum(case.find(kind) is not None for case in listed))
            )
    ElementTree.indent(root)
    return ElementTree.ElementTree(root)


def withheld_case(label: str) -> str:
    """The JUnit case of an operation never sent live: skipped, whatever the verdict."""
    return f"not sent [{label}]"


def withheld_line(label: str, level: str) -> str:
    return f"{label}: skipped, never sent live ({level}: it has side effects); the contract suite checks it (mock)"


def _line(item: Counted) -> str:
    f = item.finding
    return f"{f.operation} {f.path}: spec says {f.expected}; vendor sent {f.actual} (x{item.count}); e.g. {f.example}"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def markdown(runs: Sequence[VendorRun], min_answers: int) -> str:
    lines = [f"# Live contract check: {verdict(runs, min_answers).line}", ""]
    for run in runs:
        unclear = reasons(run, min_answers)
        state = "drift" if run.findings else ("inconclusive" if unclear else "pass")
        lines.append(f"- **{run.vendor}** ({run.base_url}): {state}; {run.requests} requests in {run.seconds:.1f} s")
        lines += [f"  - inconclusive: {reason.message}" for reason in unclear]
        lines += [f"  - {withheld_line(label, level)}" for label, level in run.withheld]
    findings = [(run.vendor, item) for run in runs for item in group(run.findings)]
    lines += ["", f"## Findings ({len(findings)})", ""]
    if not findings:
        passed = verdict(runs, min_answers).code == PASS
        lines.append(
            "None: every answer fit the spec." if passed else "None found, but the run is inconclusive (above)."
        )
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


def write(runs: Sequence[VendorRun], directory: Path, min_answers: int) -> tuple[Path, Path]:
    directory.mkdir(parents=True, exist_ok=True)
    xml_path, md_path = directory / JUNIT, directory / SUMMARY
    junit(runs, min_answers).write(xml_path, encoding="utf-8", xml_declaration=True)
    md_path.write_text(markdown(runs, min_answers), encoding="utf-8")
    return xml_path, md_path
