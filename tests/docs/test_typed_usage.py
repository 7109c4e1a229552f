"""The typed user script runs against the mocks and needs no cast and no ignore. It reads
the error model after an `isinstance` check: `.error` is the union of the error models the spec lists, one today,
two once the vendor adds an operation with its own (runbook-fuzz seed 420068)."""

from __future__ import annotations

import re

from tests.paths import ROOT

from . import typed_usage

SCRIPT = ROOT / "tests" / "docs" / "typed_usage.py"


def test_the_script_narrows_without_isinstance() -> None:
    source = SCRIPT.read_text(encoding="utf-8")
    assert "is not None" in source and ".error.message" in source and ".error.error.error_string" in source
    assert not re.search(r"cast\(|type: ignore", source)


def test_the_script_runs_against_the_mocks(mock_env: None) -> None:
    lines = typed_usage.main()
    assert "ok exec-001" in lines
    assert "missing ['no-such-id']" in lines
    assert "batch ['exec-003'] 1" in lines
    assert "run 2 deploy completed" in lines
    assert any(re.fullmatch(r"coalesce 404 .*424242.*", line) for line in lines), lines
    assert any(line.startswith("synq 404 ") for line in lines), lines
