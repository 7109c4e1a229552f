"""`SYNQ_COALESCE_LOG`: the clients' log level from the environment, in-process and as a user's script sees it."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Iterator

import pytest
from synq_coalesce_core.logs import LEVELS, LOG_ENV, configure_from_environment

from tests.paths import ROOT


@pytest.fixture
def logger() -> Iterator[logging.Logger]:
    own = logging.getLogger("synq_coalesce_test_logs")
    yield own
    own.setLevel(logging.NOTSET)


@pytest.mark.parametrize("value", sorted(LEVELS))
def test_each_documented_value_sets_the_level(
    value: str, logger: logging.Logger, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(LOG_ENV, f" {value.upper()} ")
    configure_from_environment(logger)
    assert logger.level == getattr(logging, value.upper())


def test_unset_leaves_the_level_alone_and_a_typo_warns(logger: logging.Logger, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(LOG_ENV, raising=False)
    configure_from_environment(logger)
    assert logger.level == logging.NOTSET
    monkeypatch.setenv(LOG_ENV, "verbose")
    with pytest.warns(RuntimeWarning, match="SYNQ_COALESCE_LOG='verbose' is not one of debug, info, warning"):
        configure_from_environment(logger)
    assert logger.level == logging.NOTSET


def test_a_plain_script_shows_the_clients_lines_on_stderr() -> None:
    """A script that configures no logging: with SYNQ_COALESCE_LOG=info the client's INFO line shows, without it not."""
    script = (
        "import logging, synq_client, coalesce_client\n"
        "logging.getLogger('coalesce_client').info('visible at info')\n"
        "logging.getLogger('synq_client').debug('hidden below debug')\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "generated"), str(ROOT / "scripts" / "runtime")])}
    shown = subprocess.run([sys.executable, "-c", script], env={**env, LOG_ENV: "info"}, capture_output=True, text=True)
    env.pop(LOG_ENV, None)
    quiet = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True)
    assert shown.returncode == quiet.returncode == 0, shown.stderr + quiet.stderr
    assert "coalesce_client INFO] visible at info" in shown.stderr and "hidden" not in shown.stderr
    assert quiet.stderr == ""
