"""scripts/runtime/synq_coalesce_core/deadline.py: the per-attempt deadline's length and the capped poll timeout."""

from __future__ import annotations

import httpx
import pytest
from synq_coalesce_core.deadline import capped_timeout, total_timeout
from synq_coalesce_core.options import DEFAULT_TIMEOUT


@pytest.mark.parametrize(
    ("timeout", "total"),
    [
        (DEFAULT_TIMEOUT, 60.0),
        (httpx.Timeout(3.0), 3.0),
        (httpx.Timeout(5.0, read=None), None),
        (httpx.Timeout(None), None),
    ],
)
def test_an_attempt_lasts_its_longest_phase(timeout: httpx.Timeout, total: float | None) -> None:
    assert total_timeout(timeout.as_dict()) == total


def test_a_capped_timeout_keeps_shorter_phases() -> None:
    assert capped_timeout(DEFAULT_TIMEOUT, 10.0) == httpx.Timeout(10.0, connect=5.0)
    assert capped_timeout(httpx.Timeout(None), 2.5) == httpx.Timeout(2.5)
