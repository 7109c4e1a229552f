"""The alarm's verdict on one answer (scripts/live/checks.py), on a scratch spec with the operation the test needs."""

from __future__ import annotations

from pathlib import Path

import schemathesis
from schemathesis import GenerationMode

from scripts.live import cases
from scripts.live.checks import answer_findings
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
