"""Suite-wide settings: Hypothesis runs derandomized (same examples on every machine) and keeps no database.

A generated/ older than its inputs stops the run. The modules marked slow run first. Also the schemathesis case counts in the terminal summary, gathered from every
pytest-xdist worker.
"""

from __future__ import annotations

import gc
import os
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

from scripts.generate import stale_inputs
from scripts.paths import GENERATED
from tests.contract.counting import export_counts, import_counts, summary_lines

settings.register_profile(
    "ci",
    derandomize=True,
    database=None,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile("dev", parent=settings.get_profile("ci"), derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def pytest_sessionstart(session: pytest.Session) -> None:
    """Stop before testing a generated/ older than its sources: the clients import the facades and models from there,
    so an edited spec, template or facade would otherwise be tested through its old copy."""
    stale = stale_inputs(GENERATED)
    if stale:
        pytest.exit(f"generated/ is stale ({', '.join(stale)} changed): run `make generate`", returncode=4)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Modules marked slow first: `make test` hands each module to one pytest-xdist worker (`--dist loadscope`), so
    the long ones start early and the short ones fill the gaps, instead of one long module finishing alone."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


def pytest_collection_finish(session: pytest.Session) -> None:
    """What collection built (every test module, the specs, schemathesis' schemas) lives until the end: leave it out
    of the garbage collections the tests trigger, which would otherwise scan it each time."""
    gc.freeze()


def pytest_sessionfinish(session: pytest.Session) -> None:
    worker_output = getattr(session.config, "workeroutput", None)
    if worker_output is not None:  # an xdist worker: hand this worker's counts to the controller
        worker_output["schemathesis_cases"] = export_counts()


@pytest.hookimpl(optionalhook=True)  # an xdist hook: the suite also runs with -p no:xdist
def pytest_testnodedown(node: Any, error: object) -> None:
    import_counts(getattr(node, "workeroutput", {}).get("schemathesis_cases", []))


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    lines = summary_lines()
    if lines:
        terminalreporter.section("schemathesis cases per operation")
        for line in lines:
            terminalreporter.write_line(line)
