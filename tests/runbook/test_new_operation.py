"""The README runbook for a new operation, run as a user would: one edit to openapi/synq.yaml, then `make`; the mock
serves it, both clients have the method, schemathesis covers it; in a scratch copy of this checkout."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.paths import pythonpath
from tests.mock.scratch_specs import SUMMARY_PATH, add_summary_operation

from .scratch import output, passed, scratch_checkout

pytestmark = pytest.mark.slow


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
        [str(repo.root / ".venv/bin/python"), "-W", "ignore", "-c", probe],
        env={"PYTHONPATH": pythonpath(repo.root) + ":" + str(repo.root)},
    )
    assert passed(done) and done.stdout.split() == ["401", "400", "200", "503"], output(
        done
    )  # auth, validation, Prefer
    # The contract suite has a schemathesis test of the new operation, in-process and over HTTP, with no test edit.
    # Running its cases here would repeat test_mock_conformance.py's test_a_new_operation_is_covered_within_the_case_budget,
    # which runs them against the mock of this same edit (a tenth of a second per case: the Identifier oneOf bodies).
    done = repo.pytest("--collect-only", "tests/contract/test_mock_conformance.py")
    for test in ("test_synq_mock_in_process", "test_synq_mock_over_http"):
        for label in ("POST /api/executions/v2/by-id", f"POST {SUMMARY_PATH}"):
            assert f"{test}[{label}]" in done.stdout, output(done)
