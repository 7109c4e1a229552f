"""The alarm's verdict on one answer (scripts/live/checks.py), on a scratch spec with the operation the test needs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import schemathesis
from schemathesis import GenerationMode

from scripts.live import cases
from scripts.live.checks import answer_findings, refused
from scripts.live.redact import Redactor
from scripts.mock.app import create_app
from scripts.mock.serving import serve_in_background
from scripts.spec.model import Spec
from tests.contract.schemas import TOKEN
from tests.mock.scratch_specs import STATUS_PATH, add_status_operation, scratch_spec

CHECKS = frozenset(("status_code_conformance", "negative_data_rejection"))


def test_a_401_to_a_malformed_request_of_a_secured_operation_that_lists_no_401_is_a_refusal(tmp_path: Path) -> None:
    """An operation with no parameters: its negative cases break the credentials, and the vendor refuses them with
    401 whether or not the operation lists it. The same 401 to a valid request is still an undocumented status."""
    path = scratch_spec("coalesce", tmp_path, add_status_operation)
    spec = Spec.load("coalesce", path)
    operation = schemathesis.openapi.from_path(path)[STATUS_PATH]["GET"]
    auth = {"Authorization": f"Bearer {TOKEN}"}
    with serve_in_background(create_app("coalesce", token="another-token", spec=spec)) as url:
        negative = [
            (case, case.call(base_url=url, headers=auth)) for case in cases.draw(operation, 5, GenerationMode.NEGATIVE)
        ]
        (valid,) = cases.draw(operation, 1)
        refused_valid = valid.call(base_url=url, headers=auth)
    refused = [(case, response) for case, response in negative if response.status_code == 401]
    assert refused, [response.status_code for _, response in negative]
    for case, response in refused:
        assert answer_findings(spec, case, response, CHECKS, Redactor())[1] == []
    assert refused_valid.status_code == 401
    (finding,) = answer_findings(spec, valid, refused_valid, CHECKS, Redactor())[1]
    assert (finding.check, finding.actual) == ("status_code_conformance", "401")


def test_a_lookup_by_a_required_query_parameter_may_say_not_there_with_its_only_refusal() -> None:
    """A valid request naming a run that is not there gets 404, or the documented 400 of an operation that documents
    no 404 (Coalesce `runStatus?runCounter=`): no drift for the lookups, still drift where nothing is looked up."""
    spec = Spec.load("coalesce")

    def named(operation: Any) -> bool:
        return any(p.location == "path" or (p.location == "query" and p.required) for p in operation.parameters)

    by_query = [op for op in spec.operations if named(op) and 404 not in op.documented_statuses()]
    by_path = [op for op in spec.operations if named(op) and 404 in op.documented_statuses()]
    unnamed = [op for op in spec.operations if not named(op) and 400 in op.documented_statuses()]
    assert by_query and by_path and unnamed
    assert not any(refused(op, 400) for op in by_query)
    assert all(refused(op, 400) and not refused(op, 404) for op in by_path)
    assert all(refused(op, 400) for op in unnamed)
