"""The contract suite can fail: the same checks, run against deliberately broken mocks, report each breakage.

A control run of the unbroken mocks through the same harness reports nothing, so every failure below is
caused by its breakage. Each broken mock is checked on the operation the client tests call (`TESTED_OPERATIONS`,
the one its breakage is written against; the others break the same way). The control runs exactly what the
breakages run (each breakage's operation, generation modes and example budget) on the unbroken mock;
`test_mock_conformance` checks every operation of the unbroken mocks.

Broken request validation is only visible to negative data, so that run draws negative cases only, and
more of them: schemathesis' coverage-phase "maxItems + 1" array interleaves wrongly typed items (its
arrays above 100 items are built that way), so only fuzzing isolates a missing `maxItems`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

import pytest
from schemathesis import BaseSchema, GenerationMode
from starlette.applications import Starlette

from scripts.mock.app import create_app
from scripts.mock.seeds import COALESCE_OPERATION, SYNQ_OPERATION
from scripts.vendors import VENDORS

from . import broken_mocks
from .budget import scaled
from .counting import count_run
from .harness import run_checks
from .schemas import MAX_EXAMPLES, TOKEN, load_schema

pytestmark = pytest.mark.slow

SEEDED_OPERATIONS = {"synq": SYNQ_OPERATION, "coalesce": COALESCE_OPERATION}


@dataclass(frozen=True)
class Breakage:
    name: str
    vendor: str
    build: Callable[[], Starlette]
    reported_by: frozenset[str]  # every one of these checks must fail
    mentions: str = ""  # ...and the first failure of the first check must say this
    negative_only: bool = False
    max_examples: int = MAX_EXAMPLES

    @property
    def label(self) -> str:
        """Each breakage is injected into the vendor's seeded operation (the one the broken store or spec serves),
        so the checks run there only; the control run below covers every operation."""
        return " ".join(SEEDED_OPERATIONS[self.vendor])


BREAKAGES = [
    Breakage("ignores-auth", "synq", broken_mocks.ignores_auth, frozenset({"ignored_auth"})),
    Breakage(
        "accepts-101-ids",
        "synq",
        broken_mocks.accepts_101_ids,
        frozenset({"negative_data_rejection"}),
        mentions="maxItems",
        negative_only=True,
        max_examples=scaled(100),
    ),
    Breakage(
        "run-status-outside-enum",
        "coalesce",
        broken_mocks.returns_unknown_run_status,
        frozenset({"response_schema_conformance"}),
        mentions='"exploded" is not one of',
    ),
    Breakage(
        "run-without-runType",
        "coalesce",
        broken_mocks.drops_required_run_field,
        frozenset({"response_schema_conformance"}),
        mentions='"runType" is a required property',
    ),
    *(
        Breakage(
            f"html-500-{vendor}",
            vendor,
            partial(broken_mocks.fails_with_html_500, vendor),
            frozenset({"not_a_server_error", "content_type_conformance"}),
        )
        for vendor in VENDORS
    ),
]


def breakage_schema(breakage: Breakage, app: Starlette) -> BaseSchema:
    """The schema a breakage is checked with, serving `app` (the broken mock, or the unbroken one as its control)."""
    schema = load_schema(breakage.vendor, app=app, max_examples=breakage.max_examples)
    if breakage.negative_only:
        schema.config.generation.update(modes=[GenerationMode.NEGATIVE])
    return schema


@pytest.mark.parametrize("breakage", BREAKAGES, ids=[breakage.name for breakage in BREAKAGES])
def test_breakage_is_reported(breakage: Breakage) -> None:
    run = run_checks(breakage_schema(breakage, breakage.build()), labels=[breakage.label])
    count_run(f"broken:{breakage.name}", run.cases)
    assert breakage.reported_by <= run.failed_checks(), f"expected {sorted(breakage.reported_by)}:\n{run.report()}"
    first_check = sorted(breakage.reported_by)[0]
    assert breakage.mentions in run.messages[first_check], run.report()


def control_runs(vendor: str) -> list[Breakage]:
    """One breakage of the vendor per distinct run (operation, generation modes, example budget)."""
    runs = {(b.label, b.negative_only, b.max_examples): b for b in BREAKAGES if b.vendor == vendor}
    return list(runs.values())


@pytest.mark.parametrize("vendor", VENDORS)
def test_unbroken_mock_reports_nothing_through_the_same_harness(vendor: str) -> None:
    """Every run a breakage of this vendor makes, made against the unbroken mock, reports nothing."""
    assert control_runs(vendor), f"{vendor}: no breakage to control"
    for breakage in control_runs(vendor):
        run = run_checks(breakage_schema(breakage, create_app(vendor, token=TOKEN)), labels=[breakage.label])
        count_run("harness", run.cases)
        assert sum(run.cases.values()) > 0, breakage.name
        assert not run.failures, f"{breakage.name}'s run:\n{run.report()}"
