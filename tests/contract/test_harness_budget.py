"""The harness's cut of the explicit cases to a budget: most valuable first, and a smaller budget a prefix of a larger."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from schemathesis import GenerationMode
from schemathesis.generation.meta import CoveragePhaseData, CoverageScenario, ExamplesPhaseData, TestPhase

from .harness import EXPLICIT_EXAMPLES, by_value, kind, spread, thin_explicit_cases


def explicit(phase: TestPhase, scenario: CoverageScenario | None, mode: GenerationMode, location: str) -> Any:
    """An explicit case as `hypothesis.example` keeps it, with the metadata the harness reads."""
    data: Any = (
        ExamplesPhaseData(description=None, parameter=None, parameter_location=None, location=location)
        if scenario is None
        else CoveragePhaseData(
            scenario=scenario, description="", location=location, parameter=None, parameter_location=None
        )
    )
    meta = SimpleNamespace(phase=SimpleNamespace(name=phase, data=data), generation=SimpleNamespace(mode=mode))
    return SimpleNamespace(kwargs={"case": SimpleNamespace(_meta=meta)})


NEGATIVE, POSITIVE = GenerationMode.NEGATIVE, GenerationMode.POSITIVE
WRONG_TYPES = [explicit(TestPhase.COVERAGE, CoverageScenario.INCORRECT_TYPE, NEGATIVE, f"/items/{n}") for n in range(8)]
VALID = [explicit(TestPhase.COVERAGE, CoverageScenario.VALID_OBJECT, POSITIVE, f"/oneOf/{n}") for n in range(4)]
PROBE = explicit(TestPhase.COVERAGE, CoverageScenario.UNSPECIFIED_HTTP_METHOD, NEGATIVE, "/")
EXAMPLES = [explicit(TestPhase.EXAMPLES, None, POSITIVE, f"/examples/{n}") for n in range(2)]
EXPLICIT = [*WRONG_TYPES, *VALID, PROBE, *EXAMPLES]  # the schema's examples last, a rare kind between common ones


def test_the_examples_come_first_then_one_case_of_every_kind_before_a_second_of_any() -> None:
    ordered = by_value(EXPLICIT)
    assert sorted(map(id, ordered)) == sorted(map(id, EXPLICIT))  # a reordering: nothing lost, nothing added
    assert ordered[:2] == EXAMPLES
    first_round = [kind(example.kwargs["case"]) for example in ordered[2:5]]
    assert len(set(first_round)) == 3, first_round
    assert PROBE in ordered[2:5]


def test_a_kind_cut_short_is_spread_over_its_locations() -> None:
    assert spread(list(range(8))) == [0, 4, 2, 6, 1, 5, 3, 7]
    assert sorted(spread(list(range(5)))) == list(range(5))
    assert spread(list(range(5)))[:2] == [0, 4]  # both ends of the list before its middle
    assert spread([]) == []


def test_a_smaller_budget_draws_a_prefix_of_what_a_larger_one_draws() -> None:
    drawn = {}
    for limit in (5, 10, len(EXPLICIT) + 1):

        def test() -> None:  # a hypothesis test, as far as the harness looks
            pass

        setattr(test, EXPLICIT_EXAMPLES, list(EXPLICIT))
        assert thin_explicit_cases(test, limit) == len(EXPLICIT)
        drawn[limit] = getattr(test, EXPLICIT_EXAMPLES)
    assert len(drawn[5]) == 5 and drawn[10][:5] == drawn[5]
    assert drawn[len(EXPLICIT) + 1] == EXPLICIT  # within the budget: every case, in schemathesis' order
