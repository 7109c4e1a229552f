"""The drift alarm never sends an operation with side effects to a live server: against the real mock under uvicorn,
with every arriving request counted, no request reaches an operation the effective spec does not mark
NO_SIDE_EFFECTS (startRun, rerun, cancelRun); both reports say each was skipped, and the alarm's sender refuses
one outright. What it records redacts every field the spec marks secret."""

from __future__ import annotations

from pathlib import Path
from xml.etree import ElementTree

import pytest

from scripts.live import cases, report, runner
from scripts.live.pacing import Pacer
from scripts.live.settings import Settings, Target
from scripts.mock.app import create_app
from scripts.spec.model import Spec
from tests.contract.schemas import TOKEN

from .servers import answers, live_run, served

VENDOR = "coalesce"  # the vendor whose spec has operations with side effects (every SYNQ RPC reads only)


def with_side_effects() -> list[tuple[str, str]]:
    found = [(op.label, op.idempotency_level) for op in Spec.load(VENDOR).operations if not op.side_effect_free]
    assert found, f"the {VENDOR} spec has no operation with side effects to withhold"
    return found


def test_no_operation_with_side_effects_reaches_the_server(tmp_path: Path) -> None:
    withheld = with_side_effects()
    with served(create_app(VENDOR, token=TOKEN)) as (url, counted):
        result = live_run(tmp_path, VENDOR, url, ("4",), examples=1)
    assert counted.requests, "the alarm sent nothing at all"
    reached = [request for request in counted.requests for label, _ in withheld if answers(label, request)]
    assert reached == []
    (run,) = result.runs
    assert run.withheld == withheld
    summary = result.summary.read_text()
    for label, level in withheld:
        assert report.withheld_line(label, level) in summary
    skipped = {
        case.get("name"): case.find("skipped")
        for case in ElementTree.parse(result.junit).getroot().iter("testcase")
        if case.find("skipped") is not None
    }
    assert {report.withheld_case(label) for label, _ in withheld} <= skipped.keys()


def test_the_sender_refuses_a_case_with_side_effects(tmp_path: Path) -> None:
    schema = cases.load(VENDOR)
    label, _ = with_side_effects()[0]
    operation = schema[label.split(" ", 1)[1]][label.split(" ", 1)[0]]
    (case,) = cases.draw(operation, 1)
    with served(create_app(VENDOR, token=TOKEN)) as (url, counted):
        target = Target(vendor=VENDOR, base_url=url, token=TOKEN)
        settings = Settings(targets=(target,), report_dir=tmp_path, recorded_dir=tmp_path)
        pacer = Pacer(settings.budget, settings.rate)
        session = runner._VendorSession(
            settings, target, pacer, runner.redactor_for(settings), runner.VendorRun(VENDOR, url)
        )
        with pytest.raises(runner.SideEffectRefused, match=label):
            session._send(case)
    assert counted.requests == [] and pacer.sent == 0


def test_recordings_and_reports_redact_every_field_the_spec_marks_secret() -> None:
    spec = Spec.load(VENDOR)
    assert spec.secret_names
    settings = Settings(targets=(Target(vendor=VENDOR, base_url="http://127.0.0.1:9", token=TOKEN),))
    body = {"userCredentials": {name: f"{name}-SECRET-value" for name in spec.secret_names}, "id": 7}
    redacted = runner.redactor_for(settings).body(str(body).replace("'", '"').encode()).decode()
    assert [name for name in spec.secret_names if f"{name}-SECRET-value" in redacted] == []
    assert '"id":7' in redacted
