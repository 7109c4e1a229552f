"""The pipeline a new user wrote from the README (pipeline_task.py) runs against the mocks under uvicorn: each
scenario ends the way its handler says, the client logs the WARNING and INFO lines the README promises, and no token
reaches the log. mypy --strict checks the script with the rest of tests/."""

from __future__ import annotations

import logging
import re

import pytest
from synq_client import MAX_IDS_PER_REQUEST

from scripts.mock.seeds import seed_records
from scripts.spec.model import Spec

from . import pipeline_task
from .conftest import TOKEN


def test_the_pipeline_tasks_end_as_their_handlers_say(mock_env: None, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    seeded = len({f"exec-{n:03d}" for n in range(1000)} & set(seed_records(Spec.load("synq"))))
    lines = pipeline_task.main()
    throttled = re.fullmatch(r"throttled: (\d+) found, (\d+) missing, (\d+) to retry", lines.pop(6))
    assert throttled is not None and int(throttled[3]) == MAX_IDS_PER_REQUEST  # one batch of the spec's maxItems
    assert int(throttled[1]) + int(throttled[2]) == 1000 - MAX_IDS_PER_REQUEST  # whichever batch came first
    assert lines == [
        "run 9: {'run_id': 9, 'status': 'completed'}",
        "run 9 through 503s: {'run_id': 9, 'status': 'completed'}",
        "run 10: failed: coalesce run 10 failed",
        "run 424242: failed: coalesce run 424242 not found",
        "run 9 bad token: failed: coalesce token refused",
        f"1000 executions: {seeded} found, {1000 - seeded} missing, 0 to retry",
        "bad token: failed: synq token refused",
        "slow: 0 found, 0 missing, 10 to retry",
    ]
    messages = [(r.name, r.levelname, r.getMessage()) for r in caplog.records]
    assert ("coalesce_client", "INFO") in {(name, level) for name, level, text in messages if "polling again" in text}
    warned = {name for name, level, text in messages if level == "WARNING" and "call failed" in text}
    assert warned == {"coalesce_client", "synq_client"}
    assert any(level == "WARNING" and "collected in result.failed" in text for _, level, text in messages)
    assert any(name == "pipeline" and "run 10 (refresh) ended 'failed'" in text for name, _, text in messages)
    assert TOKEN not in caplog.text
