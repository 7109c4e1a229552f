"""Live mode: skipped with its reason when unconfigured, and, run in a pytest subprocess with the
environment pointing at the mocks served by uvicorn on 127.0.0.1, passing (not skipped)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest

from tests.paths import ROOT

from .live_settings import skip_unless
from .schemas import TOKEN

LIVE_MODULE = "tests/contract/test_live.py"
LIVE_VARIABLES = ("BASE_URL", "TOKEN", "EXECUTION_IDS", "RUN_ID")


def run_live_module(tmp_path: Path, settings: dict[str, str]) -> tuple[dict[str, int], str]:
    """Run the live module with exactly these vendor settings; return the JUnit counts and the output."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(("SYNQ_", "COALESCE_"))}
    report = tmp_path / "live.xml"
    done = subprocess.run(
        [sys.executable, "-m", "pytest", LIVE_MODULE, "-rs", "-p", "no:cacheprovider", f"--junitxml={report}"],
        cwd=ROOT,
        env={**env, **settings},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    suite = ElementTree.parse(report).getroot().find("testsuite")
    assert suite is not None, done.stdout + done.stderr
    counts = {key: int(suite.get(key, "0")) for key in ("tests", "failures", "errors", "skipped")}
    return counts, done.stdout + done.stderr


def test_live_mode_is_skipped_with_its_reason_when_unconfigured(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SYNQ_TOKEN", raising=False)
    monkeypatch.setenv("SYNQ_BASE_URL", "http://127.0.0.1:9")
    mark = skip_unless("SYNQ_BASE_URL", "SYNQ_TOKEN")
    assert mark.args == (True,)
    assert mark.kwargs["reason"] == "live mode: set SYNQ_TOKEN to run"
    monkeypatch.setenv("SYNQ_TOKEN", "t")
    assert skip_unless("SYNQ_BASE_URL", "SYNQ_TOKEN").args == (False,)


def test_live_mode_passes_against_the_uvicorn_mocks(tmp_path: Path, synq_mock_url: str, coalesce_mock_url: str) -> None:
    assert synq_mock_url.startswith("http://127.0.0.1:") and coalesce_mock_url.startswith("http://127.0.0.1:")
    settings = {
        "SYNQ_BASE_URL": synq_mock_url,
        "SYNQ_TOKEN": TOKEN,
        "SYNQ_EXECUTION_IDS": "exec-001,exec-002,no-such-execution",
        "COALESCE_BASE_URL": coalesce_mock_url,
        "COALESCE_TOKEN": TOKEN,
        "COALESCE_RUN_ID": "1",
    }
    counts, output = run_live_module(tmp_path, settings)
    assert counts == {"tests": 4, "failures": 0, "errors": 0, "skipped": 0}, output
