"""The README runbook, run as a user would: one edit to openapi/ (plus the fact lists in tests/data/), then `make`,
then the suites the change touches, in a scratch copy of this checkout."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.mock.scratch_specs import SUMMARY_PATH, add_summary_operation

from .scratch import Spec, output, passed, scratch_checkout

pytestmark = pytest.mark.slow

NEW_TYPE = "EXECUTION_TYPE_RUNBOOK_PROBE"
SPEC_TESTS = ("tests/openapi", "tests/mock/test_mock_seeds.py", "-k", "not a_type_change_in_the_spec")
"""What a spec change touches first: the completeness tests against tests/data/, and the mock's seeds (without the
seed tests that make type changes of their own)."""


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
    done = repo.pytest(*SPEC_TESTS)  # the seeds now follow the new types
    assert passed(done), output(done)


def test_a_new_operation_is_served_generated_and_covered_after_make(tmp_path: Path) -> None:
    repo = scratch_checkout(tmp_path)
    repo.edit_spec("synq", add_summary_operation)

    done = repo.make()
    assert passed(done), output(done)
    probe = f"""
from starlette.testclient import TestClient
from scripts.mock.app import create_app
from synq_client import AsyncSynqClient, SynqClient
assert callable(SynqClient.get_executions_summary) and callable(AsyncSynqClient.get_executions_summary)
mock = TestClient(create_app("synq", token="t"))
auth = {{"Authorization": "Bearer t"}}
body = {{"entityIds": [{{"custom": {{"id": "c1"}}}}]}}
print(mock.post("{SUMMARY_PATH}", json=body).status_code, mock.post("{SUMMARY_PATH}", json={{}}, headers=auth).status_code,
      mock.post("{SUMMARY_PATH}", json=body, headers=auth).status_code,
      mock.post("{SUMMARY_PATH}", json=body, headers={{**auth, "Prefer": "code=503"}}).status_code)
"""
    done = repo.run(
        [str(repo.root / ".venv/bin/python"), "-W", "ignore", "-c", probe], env={"PYTHONPATH": "generated:."}
    )
    assert passed(done) and done.stdout.split() == ["401", "400", "200", "503"], output(
        done
    )  # auth, validation, Prefer
    done = repo.pytest("tests/contract/test_mock_conformance.py::test_synq_mock_in_process")  # one per operation
    assert passed(done) and "2 passed" in done.stdout, output(done)
