"""Run schemathesis over every operation of a schema, one operation at a time, within a case budget.

The cases are built exactly as `@schema.parametrize()` builds them (examples, coverage and fuzzing phases,
positive and negative modes, the schema's config), with one difference: each operation gets at most
CASE_BUDGET cases (scaled by CONTRACT_BUDGET, `budget.py`). Fuzzing is bounded by `max_examples`, but the
coverage phase is not (an Identifier oneOf in a request body gave 1,292 coverage cases against 60 for
BatchGetExecutions), so the explicit cases (examples and coverage) are cut to fit beside the fuzzing ones, keeping
the most valuable first (`by_value`): a smaller budget draws a prefix of what a larger one draws.

`operation_labels` lists a schema's operations for `pytest.mark.parametrize`, so a new operation in the spec
is covered with no test edit. `run_checks` records failing checks (by check name, through the public
`after_validate` hook) instead of stopping, so a test can assert *which* checks a broken mock trips.
"""

from __future__ import annotations

import contextlib
from collections import Counter
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from typing import Any

import schemathesis
from schemathesis import BaseSchema, CheckResult
from schemathesis.core.control import SkipTest
from schemathesis.core.failures import FailureGroup
from schemathesis.core.result import Err
from schemathesis.generation.feedback import FeedbackSources
from schemathesis.generation.meta import CoveragePhaseData, TestPhase

# The builder behind `@schema.parametrize()`; private, so the exact schemathesis pin guards it (pyproject.toml).
from schemathesis.pytest._test_builder import build_operation_test
from schemathesis.schemas import APIOperation
from schemathesis.specs.openapi.checks import positive_data_acceptance, status_code_conformance

from scripts.mock.handlers import REFUSED_BY_STATE

from .budget import scaled
from .schemas import TOKEN, Case

CASE_BUDGET = scaled(100)  # cases per operation and run, fuzzing included
EXPLICIT_EXAMPLES = "hypothesis_explicit_examples"  # where `@hypothesis.example` keeps them (hypothesis is pinned)


@dataclass
class ContractRun:
    cases: Counter[str] = field(default_factory=Counter)  # operation label -> cases generated
    failures: Counter[tuple[str, str]] = field(default_factory=Counter)  # (operation label, check) -> failures
    messages: dict[str, str] = field(default_factory=dict)  # check -> the first failure's title and message
    no_cases: list[str] = field(default_factory=list)  # operations with no case of the modes asked for

    def failed_checks(self) -> set[str]:
        return {check for _, check in self.failures}

    def report(self) -> str:
        return "\n".join(f"{check}: {message[:400]}" for check, message in sorted(self.messages.items())) or "(none)"


def documented_status(ctx: Any, response: Any, case: Case) -> bool | None:
    """schemathesis' `status_code_conformance`, but for a 401 to a request without the token on an operation whose
    security asks for one: a server refuses that whether or not the operation lists 401 (RFC 9110 §15.5.2), so a
    vendor's new operation that documents only its other statuses does not make the mock's refusal undocumented.
    A 401 to the right token, or on an operation open to anyone, is still checked."""
    security = case.operation.definition.raw.get("security", case.operation.schema.raw_schema.get("security"))
    secured = bool(security) and all(security)  # an empty requirement object allows anonymous access
    sent = response.request.headers.get("Authorization")
    if response.status_code == 401 and secured and sent != f"Bearer {TOKEN}":
        return None
    return status_code_conformance(ctx, response, case)


def accepts_valid_data(ctx: Any, response: Any, case: Case) -> bool | None:
    """schemathesis' `positive_data_acceptance`, but for the mock's operations that refuse a valid request for the
    state of the run it names (`handlers.REFUSED_BY_STATE`): where such an operation documents no 404 (Coalesce's
    scheduler documents only 400 and 401), its documented 400 is how it says "no such run" or "not in a state for
    that", and is accepted as schemathesis accepts a 404. Every other operation is checked as schemathesis does."""
    operation = case.operation
    key = (operation.method.upper(), operation.path)
    responses = operation.definition.raw.get("responses", {})
    if key in REFUSED_BY_STATE and response.status_code == 400 and "404" not in responses and "400" in responses:
        return None
    return positive_data_acceptance(ctx, response, case)


CHECKS: dict[str, Any] = {
    "excluded_checks": [status_code_conformance, positive_data_acceptance],
    "additional_checks": [documented_status, accepts_valid_data],
}
"""`case.call_and_validate(**CHECKS)`: every check schemathesis runs, with `documented_status` and
`accepts_valid_data` for two of its own."""


def operations(schema: BaseSchema) -> list[APIOperation[Any, Any, Any, Any]]:
    found = []
    for result in schema.get_all_operations():
        if isinstance(result, Err):
            raise result.err()  # an operation schemathesis cannot read is a broken spec, not a pass
        found.append(result.ok())
    return found


def operation_labels(schema: BaseSchema) -> list[str]:
    return [operation.label for operation in operations(schema)]


def operation_test(
    schema: BaseSchema, label: str, check_case: Callable[[Case], Any], *, budget: int = CASE_BUDGET
) -> Callable[[], None]:
    """The hypothesis test for one operation, calling `check_case` on each of at most `budget` cases."""
    (operation,) = [operation for operation in operations(schema) if operation.label == label]
    test = build_operation_test(
        config=schema.config, operation=operation, test_func=check_case, given_kwargs={}, feedback=FeedbackSources()
    )
    fuzzing = schema.config.phases_for(operation=operation).fuzzing.enabled
    fuzzing_cases = (schema.config.generation.max_examples or 100) if fuzzing else 0  # hypothesis' default: 100
    assert fuzzing_cases <= budget, f"{fuzzing_cases} fuzzing cases leave no room in a budget of {budget}"
    thin_explicit_cases(test, budget - fuzzing_cases)
    return test


def thin_explicit_cases(test: Callable[..., Any], limit: int) -> int:
    """Keep the `limit` most valuable of the test's explicit cases (`by_value`); return how many there were."""
    explicit: list[Any] = getattr(test, EXPLICIT_EXAMPLES, [])
    total = len(explicit)
    if total > limit:
        explicit[:] = by_value(explicit)[:limit]
    return total


def by_value(explicit: list[Any]) -> list[Any]:
    """The explicit cases, most valuable first: the schema's own examples, then one case of every kind (coverage
    scenario and generation mode: a wrong type, a missing required property, a value past a bound, a method or
    Content-Type probe, the missing token...) before a second of any, and within a kind its cases spread over the
    locations it covers (`spread`). Any prefix of this order is what a budget of that size should draw."""
    ordered: list[Any] = []
    kinds: dict[tuple[str, ...], list[Any]] = {}
    for example in explicit:
        case_kind = kind(example.kwargs["case"])
        if case_kind[0] == TestPhase.EXAMPLES:
            ordered.append(example)
        else:
            kinds.setdefault(case_kind, []).append(example)
    queues = [spread(cases) for cases in kinds.values()]
    for turn in range(max(map(len, queues), default=0)):
        ordered.extend(queue[turn] for queue in queues if turn < len(queue))
    return ordered


def kind(case: Case) -> tuple[str, ...]:
    meta = case._meta  # `Case.meta` revalidates the case, settled only once its request is prepared
    assert meta is not None, "an explicit case without schemathesis' metadata"
    scenario = meta.phase.data.scenario if isinstance(meta.phase.data, CoveragePhaseData) else ""
    return (meta.phase.name, scenario, meta.generation.mode)


def spread(items: list[Any]) -> list[Any]:
    """`items` reordered so that every prefix is spread evenly over the list: positions in bit-reversed order
    (0, 1/2, 1/4, 3/4, 1/8, ... of the way along)."""
    bits = max(len(items) - 1, 0).bit_length()
    order = sorted(range(len(items)), key=lambda index: int(f"{index:0{bits}b}"[::-1] or "0", 2))
    return [items[index] for index in order]


def run_checks(
    schema: BaseSchema, *, base_url: str | None = None, labels: Collection[str] | None = None
) -> ContractRun:
    """Every check on every operation of `schema`, or on those named in `labels` (a test about one operation need
    not pay for the others)."""
    run = ContractRun()
    chosen = operation_labels(schema) if labels is None else list(labels)
    assert set(chosen) <= set(operation_labels(schema)), f"not operations of the schema: {set(chosen)}"

    def after_validate(
        context: schemathesis.HookContext, case: Case, response: object, results: list[CheckResult]
    ) -> None:
        for result in results:
            if result.failure is not None:
                run.failures[(case.operation.label, result.name)] += 1
                run.messages.setdefault(result.name, f"{result.failure.title}: {result.failure.message}")

    def check_case(case: Case) -> None:
        run.cases[case.operation.label] += 1
        with contextlib.suppress(FailureGroup):  # recorded by the hook; keep generating
            case.call_and_validate(base_url=base_url, **CHECKS)

    schema.hook("after_validate")(after_validate)
    for label in chosen:
        try:
            operation_test(schema, label, check_case)()
        except SkipTest:  # negative mode only, and nothing of the operation can be made invalid (a GET with no input)
            run.no_cases.append(label)
    return run
