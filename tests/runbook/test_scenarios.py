"""The README runbook, run as a user would: one edit to openapi/ (plus the fact lists), then `make`, then the suites
that the change affects, in a scratch copy of this checkout."""

from __future__ import annotations

from pathlib import Path

import pytest

from .scratch import Spec, output, passed, scratch_checkout

pytestmark = pytest.mark.slow

NEW_TYPE = "EXECUTION_TYPE_RUNBOOK_PROBE"
AFFECTED = ("tests/openapi", "tests/mock", "tests/contract/test_mock_conformance.py", "tests/codegen/test_parsing.py")


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
    done = repo.pytest(*AFFECTED, "tests/docs", "tests/bench")
    assert passed(done), output(done)


def test_a_breaking_change_stops_make_at_the_gate_until_allowed(tmp_path: Path) -> None:
    repo = scratch_checkout(tmp_path)
    (repo.root / "dist").mkdir()
    (repo.root / "dist" / "synq_coalesce_clients-0.0.0-py3-none-any.whl").write_bytes(b"built from an older tree")

    def synq(spec: Spec) -> None:
        names = spec["components"]["schemas"]["ExecutionType"]["enum"]
        names[names.index("EXECUTION_TYPE_DELETION")] = "EXECUTION_TYPE_REMOVAL"

    def coalesce(spec: Spec) -> None:
        spec["components"]["schemas"]["Run"]["properties"]["reRunID"]["type"] = "integer"

    repo.edit_spec("synq", synq)
    repo.edit_spec("coalesce", coalesce)
    repo.replace_in_list("tests/data/synq/execution_types.txt", "EXECUTION_TYPE_DELETION", "EXECUTION_TYPE_REMOVAL")
    repo.replace_in_list("tests/data/coalesce/run_fields.txt", "reRunID string", "reRunID integer")

    done = repo.make()
    assert not passed(done), output(done)
    assert "breaking" in (done.stdout + done.stderr).lower(), output(done)
    assert not list((repo.root / "dist").glob("*.whl")), "a failed make left a wheel behind"

    done = repo.make(env={"ALLOW_BREAKING": "1"})
    assert passed(done), output(done)
    assert list((repo.root / "dist").glob("*.whl"))
    done = repo.pytest(*AFFECTED)
    assert passed(done), output(done)
