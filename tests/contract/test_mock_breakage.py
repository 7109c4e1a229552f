"""The contract suite can fail: the same checks, run against deliberately broken mocks, report each breakage.

A control run of the unbroken mocks through the same harness reports nothing, so every failure below is
caused by its breakage.

Broken request validation is only visible to negative data, so that run draws negative cases only, and
more of them: schemathesis' coverage-phase "maxItems + 1" array interleaves wrongly typed items (its
arrays above 100 items are built that way), so only fuzzing isolates a missing `maxItems`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

import pytest
from schemathesis import GenerationMode
from starlette.applications import Starlette

from scripts.mock.app import create_app
from scripts.mock.seeds import COALESCE_OPERATION, SYNQ_OPERATION
from scripts.vendors import VENDORS

from . import broken_mocks
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
        max_examples=100,
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


@pytest.mark.parametrize("breakage", BREAKAGES, ids=[breakage.name for breakage in BREAKAGES])
def test_breakage_is_reported(breakage: Breakage) -> None:
    schema = load_schema(breakage.vendor, app=breakage.build(), max_examples=breakage.max_examples)
    if breakage.negative_only:
        schema.config.generation.update(modes=[GenerationMode.NEGATIVE])
    run = run_checks(schema, labels=[breakage.label])
    count_run(f"broken:{breakage.name}", run.cases)
    assert breakage.reported_by <= run.failed_checks(), f"expected {sorted(breakage.reported_by)}:\n{run.report()}"
    first_check = sorted(breakage.reported_by)[0]
    assert breakage.mentions in run.messages[first_check], run.report()


@pytest.mark.parametrize("vendor", VENDORS)
def test_unbroken_mock_reports_nothing_through_the_same_harness(vendor: str) -> None:
    run = run_checks(load_schema(vendor, app=create_app(vendor, token=TOKEN)))
    count_run("harness", run.cases)
    assert sum(run.cases.values()) > 0
    assert not run.failures, run.report()
