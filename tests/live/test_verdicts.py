"""The alarm tells the truth: against a vendor that drifted in each way of issue #22, `python -m scripts.live`
exits with the right verdict, says it on its first line, and its JUnit file agrees (every finding a `<failure>`,
every reason the run is inconclusive an `<error>` or `<skipped>`)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import pytest
from starlette.responses import JSONResponse

from scripts.live import cases, cli, report, verdict
from scripts.live.fixtures import fixtures_path
from scripts.mock.app import create_app
from scripts.mock.seeds import seed_records
from scripts.mock.store import SeededStore
from scripts.spec.model import Spec
from tests.contract.schemas import TOKEN

from .servers import Drifting, junit_failures, served

OPERATION = {vendor: Spec.load(vendor).operations[0].label for vendor in ("synq", "coalesce")}
ERROR_BODY: dict[str, Callable[[int, str], dict[str, Any]]] = {  # each vendor's error shape: only the status drifts
    "synq": lambda code, text: {"code": code, "message": text},
    "coalesce": lambda code, text: {"error": {"errorString": text}},
}


def env_for(tmp_path: Path, vendor: str, url: str, **values: str) -> dict[str, str]:
    return {
        f"{vendor.upper()}_BASE_URL": url,
        f"{vendor.upper()}_TOKEN": TOKEN,
        "LIVE_REPORT_DIR": str(tmp_path / "reports"),
        "LIVE_RECORDED_DIR": str(tmp_path / "recorded"),
        "LIVE_RATE": "200",
        "LIVE_EXAMPLES": "2",
        **values,
    }


class Alarm:
    """One `python -m scripts.live` run (in process): its exit code, first printed line, summary and JUnit cases."""

    def __init__(self, code: int, out: str, reports: Path, vendors: list[str]) -> None:
        self.code, self.first_line, self.vendors = code, out.splitlines()[0], vendors
        self.summary, self.junit = (reports / "live-summary.md").read_text(), reports / "live-junit.xml"
        self.cases = ElementTree.parse(self.junit).getroot().findall("testsuite/testcase")

    def outcomes(self, kind: str) -> dict[str, str]:
        """JUnit case name -> message (and text) of its `<failure>`, `<error>` or `<skipped>`."""
        found = {}
        for case in self.cases:
            element = case.find(kind)
            if element is not None:
                found[case.get("name", "")] = f"{element.get('message')}\n{element.text or ''}"
        return found

    def rows(self) -> list[list[str]]:
        lines = [
            line for line in self.summary.splitlines() if line.startswith("| ") and not line.startswith("| Vendor")
        ]
        return [[cell.strip() for cell in line.strip("|").split(" | ")] for line in lines]

    def assert_agrees(self, expected: int) -> None:
        """The exit code, the first lines and the JUnit file tell the same verdict; no finding is missing there."""
        name = {verdict.PASS: "PASS", verdict.DRIFT: "DRIFT"}.get(expected, "INCONCLUSIVE")
        assert self.code == expected, self.summary
        assert self.first_line.startswith(f"contract-live: {name}: ")
        assert self.summary.splitlines()[0].startswith(f"# Live contract check: {name}: ")
        failures, errors, skipped = self.outcomes("failure"), self.outcomes("error"), self.outcomes("skipped")
        assert self.cases, "an empty JUnit file says nothing"
        withheld = {report.withheld_case(label) for v in self.vendors for label, _ in cases.withheld(cases.load(v))}
        assert withheld <= skipped.keys(), "an operation with side effects must show as skipped, never sent"
        skipped = {name: text for name, text in skipped.items() if name not in withheld}
        reported = {(f"{row[2]} [{row[1]}]", row[3].strip("`")) for row in self.rows()}
        assert reported == junit_failures(self.junit), reported
        if expected == verdict.DRIFT:
            assert failures
        elif expected == verdict.PASS:
            assert not failures and not errors and not skipped
        else:
            assert not failures and (errors or skipped)
            for line in self.summary.splitlines():
                if line.startswith("  - inconclusive: "):
                    message = line.removeprefix("  - inconclusive: ")
                    assert any(text.startswith(message) for text in {**errors, **skipped}.values()), message


def alarm(capsys: pytest.CaptureFixture[str], env: dict[str, str]) -> Alarm:
    code = cli.main(env)
    vendors = [name.removesuffix("_BASE_URL").lower() for name in env if name.endswith("_BASE_URL")]
    return Alarm(code, capsys.readouterr().out, Path(env["LIVE_REPORT_DIR"]), vendors)


def every_answer(vendor: str, status: int, headers: dict[str, str] | None = None) -> Drifting:
    """The first operation answers `status` to every request; the vendor's others (if any) answer as the mock does."""
    body = ERROR_BODY[vendor](3 if status == 400 else 5, f"drifted: {status}")
    fixed = JSONResponse(body, status_code=status, headers=headers)
    return Drifting(create_app(vendor, token=TOKEN), fixed=fixed, only=OPERATION[vendor])


@pytest.mark.parametrize("vendor", ["synq", "coalesce"])
def test_every_valid_request_refused_with_400_is_drift_counted_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], vendor: str
) -> None:
    with served(every_answer(vendor, 400)) as (url, counted):
        result = alarm(capsys, env_for(tmp_path, vendor, url, LIVE_EXAMPLES="3"))
    result.assert_agrees(verdict.DRIFT)
    refused = [row for row in result.rows() if row[2] == "not_a_client_error" and row[1] == OPERATION[vendor]]
    answered = len(counted.arrivals_at(OPERATION[vendor]))
    assert len(refused) == 1 and refused[0][5] == "400"
    assert refused[0][6] == str(answered)  # one finding, counted once per answer
    assert f"(x{answered})" in result.outcomes("failure")[f"not_a_client_error [{OPERATION[vendor]}]"]


def test_every_request_404_is_drift_where_no_path_names_a_resource(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with served(every_answer("synq", 404)) as (url, _):
        result = alarm(capsys, env_for(tmp_path, "synq", url))
    result.assert_agrees(verdict.DRIFT)
    assert [result.rows()[0][i] for i in (2, 3, 5)] == ["not_a_client_error", "`status`", "404"]


def test_every_run_404_is_inconclusive_without_ids_and_drift_with_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A lookup of random run IDs may well get 404: that checks no Run body, so it cannot pass."""
    with served(every_answer("coalesce", 404)) as (url, _):
        blind = alarm(capsys, env_for(tmp_path / "blind", "coalesce", url))
        named = alarm(capsys, env_for(tmp_path / "named", "coalesce", url, COALESCE_RUN_ID="2"))
    blind.assert_agrees(verdict.INCONCLUSIVE)
    assert "0 2xx answer(s) checked, fewer than LIVE_MIN_ANSWERS=1 (answers: 404 x2)" in blind.first_line
    assert f"answers checked [{OPERATION['coalesce']}]" in blind.outcomes("error")
    named.assert_agrees(verdict.DRIFT)
    assert ("known_ids", "`status`", "404") in {(row[2], row[3], row[5]) for row in named.rows()}


def test_the_minimum_is_a_setting(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with served(create_app("coalesce", token=TOKEN)) as (url, _):  # the mock seeds only a few runs: most are 404
        strict = alarm(capsys, env_for(tmp_path / "strict", "coalesce", url, LIVE_MIN_ANSWERS="3"))
        lenient = alarm(capsys, env_for(tmp_path / "lenient", "coalesce", url, COALESCE_RUN_ID="2"))
    strict.assert_agrees(verdict.INCONCLUSIVE)
    assert "fewer than LIVE_MIN_ANSWERS=3" in strict.first_line
    lenient.assert_agrees(verdict.PASS)


def test_503_with_retry_after_on_every_request_is_inconclusive(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with served(every_answer("coalesce", 503, {"Retry-After": "1"})) as (url, counted):
        result = alarm(capsys, env_for(tmp_path, "coalesce", url, LIVE_EXAMPLES="1"))
    result.assert_agrees(verdict.INCONCLUSIVE)
    assert len(counted.arrivals_at(OPERATION["coalesce"])) == 1
    assert "(answers: 503 x1)" in result.outcomes("error")[f"answers checked [{OPERATION['coalesce']}]"]


def test_a_server_that_hangs_from_the_second_request_is_inconclusive(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hanging = Drifting(create_app("coalesce", token=TOKEN), delay=1.0, delay_from=2)
    with served(hanging) as (url, counted):
        result = alarm(capsys, env_for(tmp_path, "coalesce", url, COALESCE_RUN_ID="2", LIVE_TIMEOUT="0.2"))
    result.assert_agrees(verdict.INCONCLUSIVE)
    assert len(counted.arrivals) == 2
    assert "cut short: no answer within 0.2 s (LIVE_TIMEOUT) after 2 requests" in result.first_line
    assert "stopped early" in result.outcomes("skipped")


def test_a_status_only_default_covers_is_reported_as_undocumented(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with served(every_answer("synq", 418)) as (url, _):
        result = alarm(capsys, env_for(tmp_path, "synq", url))
    result.assert_agrees(verdict.DRIFT)
    status = [row for row in result.rows() if row[2] == "status_code_conformance"]
    assert [row[5] for row in status] == ["undocumented status 418 (only `default:` covers it)"]


def renamed(execution_id: str) -> tuple[Any, str, str]:
    """The mock with one optional field of an execution renamed: (app, old name, new name)."""
    spec = Spec.load("synq")
    records = seed_records(spec)
    execution = spec.schema("/components/schemas/EntityExecution")
    optional = [name for name in execution["properties"] if name not in execution.get("required", ["id"])]
    old = next(name for name in optional if name in records[execution_id] and name != "id")
    new = f"{old}Renamed"
    records[execution_id][new] = records[execution_id].pop(old)
    return create_app("synq", token=TOKEN, store=SeededStore(records)), old, new


def test_an_optional_field_renamed_since_the_last_good_answer_is_drift(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    records = seed_records(Spec.load("synq"))
    execution = max(records, key=lambda key: len(records[key]))  # the one with the most fields to rename
    env = env_for(tmp_path, "synq", "", SYNQ_EXECUTION_IDS=execution)
    with served(create_app("synq", token=TOKEN)) as (url, _):
        before = alarm(capsys, env | {"SYNQ_BASE_URL": url, "LIVE_RECORD": "1"})
    before.assert_agrees(verdict.PASS)
    kept = fixtures_path(tmp_path / "recorded", "synq").read_text()
    assert TOKEN not in kept and json.loads(kept)[OPERATION["synq"]]["request"]["body"]["executionIds"] == [execution]
    app, old, new = renamed(execution)
    with served(app) as (url, _):
        after = alarm(capsys, env | {"SYNQ_BASE_URL": url})
    after.assert_agrees(verdict.DRIFT)
    changes = {(row[3], row[5]) for row in after.rows() if row[2] == "recorded_fields"}
    assert changes == {(f"`$.executions.*.{old}`", "absent"), (f"`$.executions.*.{new}`", "present (a new field)")}


def test_an_answer_over_the_latency_budget_is_drift(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    slow = Drifting(create_app("coalesce", token=TOKEN), delay=0.4, only=OPERATION["coalesce"])  # 10x the budget
    with served(slow) as (url, _):
        result = alarm(
            capsys,
            env_for(tmp_path, "coalesce", url, COALESCE_RUN_ID="2", LIVE_EXAMPLES="1", LIVE_LATENCY_BUDGET="0.04"),
        )
    result.assert_agrees(verdict.DRIFT)
    # The slowed operation's row; on a loaded machine (coverage tracing, a second suite) an answer of another operation
    # can miss the budget too, and that can only be a latency row.
    (row,) = [row for row in result.rows() if row[1] == OPERATION["coalesce"]]
    assert row[2:5] == ["latency_budget", "`time`", "an answer within 0.04 s"]
    assert all(other[2] == "latency_budget" for other in result.rows())


def test_a_trace_probe_finding_fails_its_junit_case_and_carries_no_token(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answering = Drifting(create_app("synq", token=TOKEN), trace=200)
    with served(answering) as (url, counted):
        result = alarm(capsys, env_for(tmp_path, "synq", url, LIVE_CHECKS="unsupported_method", LIVE_EXAMPLES="1"))
    result.assert_agrees(verdict.DRIFT)
    assert "200" in result.outcomes("failure")[f"unsupported_method [{OPERATION['synq']}]"]
    probes = [headers for headers in counted.headers if TOKEN not in headers.get("authorization", "")]
    assert probes and all("authorization" not in probe for probe in probes)
    # per operation, the valid request (with the token) and the probe (without)
    assert len(counted.headers) == 2 * len(Spec.load("synq").operations) == 2 * len(probes)


def test_a_trace_probe_refused_for_want_of_credentials_is_inconclusive(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with served(Drifting(create_app("synq", token=TOKEN), trace=401)) as (url, _):
        result = alarm(capsys, env_for(tmp_path, "synq", url, LIVE_CHECKS="unsupported_method"))
    result.assert_agrees(verdict.INCONCLUSIVE)
    assert (
        "without credentials answered 401: cannot tell"
        in result.outcomes("error")[f"unsupported_method [{OPERATION['synq']}]"]
    )


def test_a_clean_run_passes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with served(create_app("coalesce", token=TOKEN)) as (url, _):
        result = alarm(capsys, env_for(tmp_path, "coalesce", url, COALESCE_RUN_ID="2"))
    result.assert_agrees(verdict.PASS)
    assert "None: every answer fit the spec." in result.summary


def test_a_403_on_the_first_request_is_a_refused_token(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with served(every_answer("coalesce", 403)) as (url, counted):
        result = alarm(capsys, env_for(tmp_path, "coalesce", url))
    result.assert_agrees(verdict.AUTH_REFUSED)
    assert len(counted.arrivals) == 1
    assert "refused the token (403); check COALESCE_TOKEN" in result.outcomes("error")["start"]


def test_the_new_outputs_hold_no_token_even_when_the_vendor_echoes_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    records = seed_records(Spec.load("synq"))
    execution = max(records, key=lambda key: len(records[key]))
    records[execution]["entitiesSynqPaths"] = [f"echo/{TOKEN}"]  # a field no redaction rule names
    app = Drifting(create_app("synq", token=TOKEN, store=SeededStore(records)), trace=200)
    env = env_for(tmp_path, "synq", "", SYNQ_EXECUTION_IDS=execution, LIVE_RECORD="1", LIVE_CHECKS="all")
    with served(app) as (url, _):
        code = cli.main(env | {"SYNQ_BASE_URL": url})
    shown = capsys.readouterr()
    kept = fixtures_path(tmp_path / "recorded", "synq").read_text()
    assert execution in kept and "echo/" in kept  # the echoing answer is the one kept
    reports = [path.read_text() for path in (tmp_path / "reports").iterdir()]
    for text in (shown.out, shown.err, kept, *reports):
        assert TOKEN not in text
    assert code == verdict.DRIFT  # the TRACE answered 200 (the probes ran too)
