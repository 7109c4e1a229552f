"""How many cases the contract-style property tests draw: one knob, the environment variable CONTRACT_BUDGET.

`standard` (the default; `make test`) draws two fifths of the `deep` budget, so the suite stays within its time budget.
`deep` (`make contract-deep`, which CI runs after `make coverage`) draws the full budget every count in the tests is
written as. Every schemathesis case budget and hypothesis `max_examples` of these tests goes through `scaled`, and
every test that counts cases derives the count from it, so the two budgets run the same tests with the same
assertions. What the standard budget leaves out of the explicit cases, the deep one draws (`harness.by_value`).
"""

from __future__ import annotations

import os
from fractions import Fraction

VARIABLE = "CONTRACT_BUDGET"
SCALES = {"standard": Fraction(2, 5), "deep": Fraction(1)}
NAME = os.environ.get(VARIABLE) or "standard"
if NAME not in SCALES:
    raise ValueError(f"{VARIABLE}={NAME!r}: expected one of {', '.join(SCALES)}")


def scaled(deep: int) -> int:
    """The count this budget draws where the deep budget draws `deep` (never fewer than one)."""
    return max(1, int(deep * SCALES[NAME]))
