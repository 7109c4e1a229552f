"""Run schemathesis over every operation of a schema outside pytest's collection, collecting failures.

The cases are built exactly as `@schema.parametrize()` builds them (examples, coverage and fuzzing phases,
positive and negative modes, the schema's config). The difference: a failing check is recorded (by check
name, through the public `after_validate` hook) instead of stopping the run, so a test can assert *which*
checks a deliberately broken mock trips.
"""

from __future__ import annotations

import contextlib
from collections import Counter
from dataclasses import dataclass, field

import schemathesis
from schemathesis import BaseSchema, CheckResult
from schemathesis.core.failures import FailureGroup
from schemathesis.core.result import Err
from schemathesis.generation.feedback import FeedbackSources

# The builder behind `@schema.parametrize()`; private, so the exact schemathesis pin guards it (pyproject.toml).
from schemathesis.pytest._test_builder import build_operation_test

from .schemas import Case


@dataclass
class ContractRun:
    cases: Counter[str] = field(default_factory=Counter)  # operation label -> cases generated
    failures: Counter[tuple[str, str]] = field(default_factory=Counter)  # (operation label, check) -> failures
    messages: dict[str, str] = field(default_factory=dict)  # check -> the first failure's title and message

    def failed_checks(self) -> set[str]:
        return {check for _, check in self.failures}

    def report(self) -> str:
        return "\n".join(f"{check}: {message[:400]}" for check, message in sorted(self.messages.items())) or "(none)"


def run_checks(schema: BaseSchema, *, base_url: str | None = None) -> ContractRun:
    run = ContractRun()

    def after_validate(
        context: schemathesis.HookContext, case: Case, response: object, results: list[CheckResult]
    ) -> None:
        for result in results:
            if result.failure is not None:
                run.failures[(case.operation.label, result.name)] += 1
                run.messages.setdefault(result.name, f"{result.failure.title}: {result.failure.message}")

    schema.hook("after_validate")(after_validate)
    for result in schema.get_all_operations():
        if isinstance(result, Err):
            raise result.err()  # an operation schemathesis cannot read is a broken spec, not a pass
        operation = result.ok()

        def check_case(case: Case) -> None:
            run.cases[case.operation.label] += 1
            with contextlib.suppress(FailureGroup):  # recorded by the hook; keep generating
                case.call_and_validate(base_url=base_url)

        test = build_operation_test(
            config=schema.config, operation=operation, test_func=check_case, given_kwargs={}, feedback=FeedbackSources()
        )
        test()
    return run
