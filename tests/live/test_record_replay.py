"""RECORD=1 then the offline replay, end to end: the cassette holds no secret and no redacted field, replays
clean, and a recorded body that no longer fits the spec is reported as drift."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

from scripts.live.recording import cassette_path
from scripts.live.redact import DEFAULT_FIELDS, MARK, Redactor
from scripts.live.replay import recorded_vendors, replay
from scripts.mock.app import create_app
from scripts.mock.seeds import seed_records
from scripts.spec.model import Spec
from tests.contract.schemas import TOKEN

from .servers import live_run, served

EXTRA_FIELD = "jobName"  # configured on top of the defaults, as LIVE_REDACT_FIELDS=jobName would


def field_values(node: Any, names: set[str], parent: str = "") -> set[str]:
    """Every string value of a field whose name (or parent.name) is listed, anywhere in a body."""
    found: set[str] = set()
    if isinstance(node, dict):
        for key, value in node.items():
            if (key in names or f"{parent}.{key}" in names) and isinstance(value, str):
                found.add(value)
            found |= field_values(value, names, key)
    elif isinstance(node, list):
        for item in node:
            found |= field_values(item, names, parent)
    return found


def test_recorded_answers_hold_no_secret_and_no_redacted_field(tmp_path: Path) -> None:
    secret = f"{TOKEN}-live-secret"
    names = {*DEFAULT_FIELDS, EXTRA_FIELD}
    asked = {"coalesce": ("9",), "synq": ("exec-004", "exec-007", "exec-010")}
    for vendor, known in asked.items():
        records = seed_records(Spec.load(vendor))
        private = field_values([records[int(key) if vendor == "coalesce" else key] for key in known], names)
        assert private - {MARK}, f"{vendor}: the answers asked for hold nothing to hide"
        with served(create_app(vendor, token=secret)) as (url, counted):
            result = live_run(
                tmp_path, vendor, url, known, token=secret, examples=3, record=True, redact_fields=(EXTRA_FIELD,)
            )
        assert result.found() == set()
        assert result.runs[0].requests == len(counted.arrivals)
        text = cassette_path(tmp_path / "recorded", vendor).read_text()
        assert secret not in text and "Bearer" not in text
        assert not [value for value in private if value in text], "a redacted field survived"
        assert MARK in text
        answers = yaml.safe_load(text)["interactions"]
        assert len(answers) == len(counted.arrivals)
        assert all(answer["request"]["headers"]["Authorization"] == [MARK] for answer in answers)
    assert recorded_vendors(tmp_path / "recorded") == ["coalesce", "synq"]
    for vendor in ("coalesce", "synq"):
        replayed, findings = replay(tmp_path / "recorded", vendor)
        assert replayed > 0 and findings == []


def test_a_recorded_body_that_no_longer_fits_is_drift(tmp_path: Path) -> None:
    with served(create_app("coalesce", token=TOKEN)) as (url, _):
        live_run(tmp_path, "coalesce", url, ("2",), examples=0, record=True)
    path = cassette_path(tmp_path / "recorded", "coalesce")
    cassette = yaml.safe_load(path.read_text())
    body = json.loads(cassette["interactions"][0]["response"]["body"]["string"])
    cassette["interactions"][0]["response"]["body"]["string"] = json.dumps(body | {"runStatus": "archived"})
    path.write_text(yaml.safe_dump(cassette))
    replayed, findings = replay(tmp_path / "recorded", "coalesce")
    assert replayed == len(cassette["interactions"])  # the known run, and its other lookups (KNOWN_LOOKUPS)
    assert [(finding.path, finding.actual) for finding in findings] == [("$.runStatus", "archived")]


def test_redaction_covers_secrets_anywhere_and_keeps_json_types() -> None:
    redactor = Redactor.with_extra(["s3cr3t-token", "client-s3cr3t"], ["jobName"])
    body = {
        "access_token": "eyJhbGciOi.payload.sig",
        "client_secret": "client-s3cr3t",
        "note": "sent with Bearer s3cr3t-token",
        "userID": 42,
        "jobName": "nightly",
        "errorDetail": {"retryable": True, "attempts": 3, "text": "raw detail"},
        "entities": [{"snowflakeTable": {"account": "acme", "database": "raw"}}],
    }
    redacted = json.loads(redactor.body(json.dumps(body).encode()))
    assert redacted == {
        "access_token": MARK,
        "client_secret": MARK,
        "note": f"sent with Bearer {MARK}",
        "userID": 0,
        "jobName": MARK,
        "errorDetail": {"retryable": True, "attempts": 0, "text": MARK},  # a boolean tells nothing: kept as it is
        "entities": [{"snowflakeTable": {"account": MARK, "database": "raw"}}],
    }
    assert redactor.header("Authorization", "Bearer s3cr3t-token") == MARK
    assert redactor.text("https://h/x?token=s3cr3t-token") == f"https://h/x?token={MARK}"
    assert redactor.body(b"<html>s3cr3t-token</html>") == f"<html>{MARK}</html>".encode()
