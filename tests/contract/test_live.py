"""Live mode (`make contract-live`): the mock's schemathesis checks, read-only, against a real vendor.

Configured only through the environment; each vendor's tests are skipped, with the reason, unless set:

    SYNQ_BASE_URL, SYNQ_TOKEN          (+ SYNQ_EXECUTION_IDS=id1,id2,... to fetch executions that exist)
    COALESCE_BASE_URL, COALESCE_TOKEN  (+ COALESCE_RUN_ID=<run counter> to fetch a run that exists)

Both operations only read. The example budget is small, to stay polite to a production API.
"""

from __future__ import annotations

from typing import Any

from .live_settings import bearer, setting, skip_unless
from .schemas import Case, load_schema

LIVE_EXAMPLES = 10


needs_synq = skip_unless("SYNQ_BASE_URL", "SYNQ_TOKEN")
needs_coalesce = skip_unless("COALESCE_BASE_URL", "COALESCE_TOKEN")
SYNQ = load_schema("synq", token=setting("SYNQ_TOKEN"), max_examples=LIVE_EXAMPLES)
COALESCE = load_schema("coalesce", token=setting("COALESCE_TOKEN"), max_examples=LIVE_EXAMPLES)


@needs_synq
@SYNQ.parametrize()
def test_synq_live(case: Case) -> None:
    case.call_and_validate(base_url=setting("SYNQ_BASE_URL"))


@needs_coalesce
@COALESCE.parametrize()
def test_coalesce_live(case: Case) -> None:
    case.call_and_validate(base_url=setting("COALESCE_BASE_URL"))


@skip_unless("SYNQ_BASE_URL", "SYNQ_TOKEN", "SYNQ_EXECUTION_IDS")
def test_synq_live_known_executions() -> None:
    wanted = [item.strip() for item in setting("SYNQ_EXECUTION_IDS").split(",") if item.strip()]
    body: dict[str, Any] = {"executionIds": wanted}
    case = SYNQ["/api/executions/v2/by-id"]["POST"].Case(body=body)
    response = case.call_and_validate(base_url=setting("SYNQ_BASE_URL"), headers=bearer("SYNQ_TOKEN"))
    assert response.status_code == 200
    assert set(response.json().get("executions", {})) <= set(wanted), "the map holds only requested IDs"


@skip_unless("COALESCE_BASE_URL", "COALESCE_TOKEN", "COALESCE_RUN_ID")
def test_coalesce_live_known_run() -> None:
    run_id = int(setting("COALESCE_RUN_ID"))
    case = COALESCE["/api/v1/runs/{runID}"]["GET"].Case(path_parameters={"runID": run_id})
    response = case.call_and_validate(base_url=setting("COALESCE_BASE_URL"), headers=bearer("COALESCE_TOKEN"))
    assert response.status_code == 200
    assert response.json()["id"] == run_id
