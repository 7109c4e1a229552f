"""`python -m scripts.live` (`make contract-live`): run, write both reports, exit with the verdict.

Exit codes (README "Live drift alarm"): 0 pass; 1 drift (the findings are in the reports); 2 nothing to run or a
bad setting; inconclusive: 3 could not start, no answer; 4 could not start, the vendor refused the token;
5 ran but could not tell (too few answers checked, cut short, only error statuses, a probe that could not tell).
The first line printed is the verdict and why; the last one the exit code.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

from scripts.live import report, runner
from scripts.live.findings import group
from scripts.live.settings import SettingsError, from_env
from scripts.live.verdict import NOT_CONFIGURED, verdict


def main(env: Mapping[str, str] | None = None) -> int:
    try:
        settings = from_env(os.environ if env is None else env)
    except SettingsError as problem:
        print(f"contract-live: {problem}", file=sys.stderr)
        return NOT_CONFIGURED
    if not settings.targets:
        print(
            "contract-live: could not start: no vendor configured; set SYNQ_BASE_URL + SYNQ_TOKEN "
            "and/or COALESCE_BASE_URL + COALESCE_TOKEN",
            file=sys.stderr,
        )
        return NOT_CONFIGURED
    runs = runner.run(settings)
    xml_path, md_path = report.write(runs, settings.report_dir, settings.min_answers)
    result = verdict(runs, settings.min_answers)
    print(f"contract-live: {result.line}")
    for run in runs:
        state = (
            f"could not start: {run.could_not_start}"
            if run.could_not_start
            else f"{len(group(run.findings))} finding(s)"
        )
        stopped = f"; stopped early: {run.stop_reason}" if run.stop_reason else ""
        print(f"contract-live: {run.vendor}: {run.requests} requests in {run.seconds:.1f} s, {state}{stopped}")
    print(f"contract-live: reports: {xml_path} {md_path}")
    print(f"contract-live: exit {result.code}: {result.name}")  # make reports every failure as its own exit 2
    return result.code
