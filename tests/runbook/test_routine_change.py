"""The README runbook for a routine vendor change, run as a user would: one edit to openapi/ plus the fact lists in
tests/data/, then `make`, then the suites the change touches, in a scratch copy of this checkout."""

from __future__ import annotations

from pathlib import Path

import pytest

from .scratch import SPEC_TESTS, Spec, output, passed, scratch_checkout

pytestmark = pytest.mark.slow

NEW_TYPE = "EXECUTION_TYPE_RUNBOOK_PROBE"


def test_a_routine_change_is_one_edit_to_openapi_and_the_fact_lists(tmp_path: Path) -> None:
    repo = scratch_checkout(tmp_path)

    def synq(spec: Spec) -> None:
        schemas = spec["components"]["schemas"]
        schemas["ExecutionType"]["enum"].append(NEW_TYPE)
        schemas["EntityExecution"]["properties"]["attempt"] = {"type": "integer", "description": "Attempt number."}

    def coalesce(spec: Spec) -> None:
        properties = spec["components"]["schemas"]["Run"]["properties"]
        properties["runFailureReason"] = {"type": "string", "description": "Information about the cause of a failure."}

    repo.edit_spec("synq", synq)
    repo.edit_spec("coalesce", coalesce)
    repo.append_to_list("tests/data/synq/execution_types.txt", NEW_TYPE)
    repo.append_to_list("tests/data/synq/entity_execution_fields.txt", "attempt")
    repo.append_to_list("tests/data/coalesce/run_fields.txt", "runFailureReason string")

    done = repo.make()
    assert passed(done), output(done)
    assert list((repo.root / "dist").glob("*.whl"))
    assert NEW_TYPE in (repo.root / "generated/synq_client/models/execution_type.py").read_text(encoding="utf-8")
    assert "run_failure_reason" in (repo.root / "generated/coalesce_client/models/run.py").read_text(encoding="utf-8")
    done = repo.pytest("tests/docs/test_readme.py", *SPEC_TESTS)  # the examples' expected output comes from the seeds
    assert passed(done), output(done)
