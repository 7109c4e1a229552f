"""`python -m scripts.live` (`make contract-live`): run, write both reports, exit with what happened.

Exit codes: 0 no drift; 1 drift (the findings are in the reports); 2 nothing to run or a bad setting;
3 could not start: no answer (network down, wrong URL); 4 could not start: the vendor refused the token.
A run the vendor stopped with 429 exits 0 unless it found drift before, and says so in both reports.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

from scripts.live import report, runner
from scripts.live.findings import group
from scripts.live.settings import SettingsError, from_env

OK, DRIFT, NOT_CONFIGURED, NO_ANSWER, AUTH_REFUSED = 0, 1, 2, 3, 4
START_CODES = {"network": NO_ANSWER, "auth": AUTH_REFUSED}
MEANINGS = {
    OK: "no drift",
    DRIFT: "contract drift, see the summary",
    NO_ANSWER: "could not start: no answer",
    AUTH_REFUSED: "could not start: token refused",
}


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
    xml_path, md_path = report.write(runs, settings.report_dir)
    for run in runs:
        state = (
            f"could not start: {run.could_not_start}"
            if run.could_not_start
            else f"{len(group(run.findings))} finding(s)"
        )
        stopped = f"; stopped early: {run.stop_reason}" if run.stop_reason else ""
        print(f"contract-live: {run.vendor}: {run.requests} requests in {run.seconds:.1f} s, {state}{stopped}")
    print(f"contract-live: reports: {xml_path} {md_path}")
    code = outcome(runs)
    print(f"contract-live: exit {code}: {MEANINGS[code]}")  # make reports every failure as its own exit 2
    return code


def outcome(runs: list[runner.VendorRun]) -> int:
    if any(run.findings for run in runs):
        return DRIFT
    failed = [run.could_not_start for run in runs if run.could_not_start is not None]
    return START_CODES[failed[0].reason] if failed else OK
