"""The console script itself: its version, and what it says when the `cli` extra is not installed."""

from __future__ import annotations

import subprocess
import sys

from coalesce_client import __version__

from scripts.paths import pythonpath

from .conftest import invoke

WITHOUT_CLICK = "import sys; sys.modules['click'] = None; from synq_coalesce_cli import main; main()"


def test_version_is_the_release_the_clients_belong_to() -> None:
    result = invoke("--version")
    assert result.exit_code == 0
    assert result.stdout == f"synq-coalesce, version {__version__}\n"


def test_without_click_the_command_names_the_extra_and_exits_2() -> None:
    done = subprocess.run(
        [sys.executable, "-c", WITHOUT_CLICK],
        env={"PYTHONPATH": pythonpath()},
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert done.returncode == 2
    assert done.stderr == "synq-coalesce needs click: pip install 'synq-coalesce-clients[cli]'\n"
    assert done.stdout == ""
