"""`python -m scripts.live`: exit codes and messages tell drift from a run that could not start."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from scripts.live import cli, verdict
from scripts.live.settings import SAFE_CHECKS, SettingsError, from_env, parse_checks
from scripts.mock.app import create_app
from scripts.mock.serving import bind_loopback
from tests.contract.schemas import TOKEN
from tests.paths import ROOT

from .servers import served
from .test_drift_mock import add_run_status, widened


def env_for(tmp_path: Path, **values: str) -> dict[str, str]:
    return {"LIVE_REPORT_DIR": str(tmp_path), "LIVE_RATE": "200", "LIVE_EXAMPLES": "2", **values}


def test_nothing_configured_is_a_could_not_start_with_its_reason(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main({}) == verdict.NOT_CONFIGURED
    assert "no vendor configured; set SYNQ_BASE_URL + SYNQ_TOKEN" in capsys.readouterr().err


def test_half_a_vendor_is_named(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main({"COALESCE_BASE_URL": "http://127.0.0.1:9"}) == verdict.NOT_CONFIGURED
    assert "coalesce: set COALESCE_TOKEN as well" in capsys.readouterr().err


def test_network_down_is_its_own_exit_code(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with bind_loopback() as sock:  # bound, never listening: the connection is refused
        url = f"http://127.0.0.1:{sock.getsockname()[1]}"
        code = cli.main(env_for(tmp_path, COALESCE_BASE_URL=url, COALESCE_TOKEN=TOKEN))
    assert code == verdict.NO_ANSWER
    assert f"could not start: coalesce: no answer from {url}: ConnectionError" in capsys.readouterr().out
    assert 'type="network"' in (tmp_path / "live-junit.xml").read_text()


def test_a_refused_token_is_its_own_exit_code_and_never_printed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with served(create_app("synq", token=TOKEN)) as (url, counted):
        code = cli.main(env_for(tmp_path, SYNQ_BASE_URL=url, SYNQ_TOKEN="expired-secret-token"))
    output = capsys.readouterr().out
    assert code == verdict.AUTH_REFUSED
    assert len(counted.arrivals) == 1  # it stops at the first refusal
    assert "refused the token (401); check SYNQ_TOKEN" in output
    reports = (tmp_path / "live-junit.xml").read_text() + (tmp_path / "live-summary.md").read_text()
    assert "expired-secret-token" not in output + reports


def test_drift_exits_1_and_a_clean_run_0(tmp_path: Path) -> None:
    with served(widened("coalesce", add_run_status)) as (url, _):
        assert (
            cli.main(env_for(tmp_path, COALESCE_BASE_URL=url, COALESCE_TOKEN=TOKEN, COALESCE_RUN_ID="8"))
            == verdict.DRIFT
        )
    with served(create_app("coalesce", token=TOKEN)) as (url, _):  # the widened mock lists its drifted run to all
        assert (
            cli.main(env_for(tmp_path, COALESCE_BASE_URL=url, COALESCE_TOKEN=TOKEN, COALESCE_RUN_ID="2"))
            == verdict.PASS
        )


def test_make_contract_live_maps_its_variables(tmp_path: Path) -> None:
    """The Makefile target passes CHECKS/BUDGET/RATE/RECORD/... on as LIVE_* (dry run: nothing is sent)."""
    done = subprocess.run(
        [
            "make",
            "--no-print-directory",
            "-n",
            "contract-live",
            "CHECKS=safe,ignored_auth",
            "BUDGET=50",
            "RATE=1",
            "RECORD=1",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    command = done.stdout.strip().splitlines()[-1]
    for assignment in ("LIVE_CHECKS='safe,ignored_auth'", "LIVE_BUDGET='50'", "LIVE_RATE='1'", "LIVE_RECORD='1'"):
        assert assignment in command
    assert command.endswith("-m scripts.live")


def test_the_module_runs_as_a_program(tmp_path: Path) -> None:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("SYNQ_", "COALESCE_", "LIVE_"))}
    done = subprocess.run(
        [sys.executable, "-m", "scripts.live"], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )
    assert done.returncode == verdict.NOT_CONFIGURED, done.stderr


def test_the_check_set_is_safe_by_default_and_configurable() -> None:
    assert parse_checks("") == frozenset(SAFE_CHECKS)
    assert parse_checks("safe,ignored_auth") == frozenset((*SAFE_CHECKS, "ignored_auth"))
    assert parse_checks("not_a_server_error") == {"not_a_server_error"}
    assert {"negative_data_rejection", "unsupported_method", "ignored_auth"} <= parse_checks("all")
    with pytest.raises(SettingsError, match="unknown check 'fuzz_everything'"):
        parse_checks("safe,fuzz_everything")
    defaults = from_env({"SYNQ_BASE_URL": "https://developer.synq.io", "SYNQ_TOKEN": "t"})
    assert (defaults.budget, defaults.rate, defaults.examples, defaults.record) == (200, 2.0, 10, False)
    with pytest.raises(SettingsError, match="LIVE_RATE=0 must be between"):
        from_env({"LIVE_RATE": "0"})


def test_the_time_and_minimum_settings_have_defaults_and_are_read() -> None:
    defaults = from_env({})
    assert (defaults.timeout, defaults.latency_budget, defaults.min_answers) == (30.0, 10.0, 1)
    assert defaults.budget_for("getRun") == 10.0
    chosen = from_env({"LIVE_TIMEOUT": "5", "LIVE_LATENCY_BUDGET": "2, getRun=0.5", "LIVE_MIN_ANSWERS": "0"})
    assert (chosen.timeout, chosen.min_answers) == (5.0, 0)
    assert (chosen.budget_for("getRun"), chosen.budget_for("BatchGetExecutions")) == (0.5, 2.0)
    with pytest.raises(SettingsError, match="LIVE_LATENCY_BUDGET='soon' must be a number"):
        from_env({"LIVE_LATENCY_BUDGET": "getRun=soon"})
    with pytest.raises(SettingsError, match="LIVE_TIMEOUT=0 must be between"):
        from_env({"LIVE_TIMEOUT": "0"})


def test_make_contract_live_maps_the_new_variables() -> None:
    done = subprocess.run(
        ["make", "--no-print-directory", "-n", "contract-live", "TIMEOUT=5", "LATENCY_BUDGET=2", "MIN_ANSWERS=3"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    command = done.stdout.strip().splitlines()[-1]
    for assignment in ("LIVE_TIMEOUT='5'", "LIVE_LATENCY_BUDGET='2'", "LIVE_MIN_ANSWERS='3'"):
        assert assignment in command
