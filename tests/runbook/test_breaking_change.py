"""The README runbook for a breaking vendor change, run as a user would: `make` stops at the gate until
`ALLOW_BREAKING=1`, then the seeds follow the new types; in a scratch copy of this checkout."""

from __future__ import annotations

from pathlib import Path

import pytest

from .scratch import SPEC_TESTS, Spec, output, passed, scratch_checkout

pytestmark = pytest.mark.slow


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
