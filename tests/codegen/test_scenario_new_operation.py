"""Scenario "New operation" (issue 12), client side: an operation with an inline request and response schema is added
to openapi/synq.yaml in a scratch copy, `scripts.generate` runs there, and SynqClient and AsyncSynqClient have its
method, with the argument checks the spec states, typed errors and retries. Nothing else is edited.

The copy holds only what generation reads (openapi/, overlays/, scripts/generate.py and what it imports,
scripts/codegen/); the check runs in a fresh interpreter that imports the regenerated packages, with respx as the
server. The operation is shaped like GetExecutionsSummary (from the vendor protos) at a path and operationId the
spec does not have (`PATH`, GetScratchSummary), so it stays a new operation now that the real one is in the spec;
its fields and limits here are the test's own.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml

from scripts.paths import ROOT, pythonpath

pytestmark = pytest.mark.slow

PATH = "/api/executions/v2/scratch-summary"

OPERATION = {
    "operationId": "GetScratchSummary",
    "tags": ["executions"],
    "summary": "GetScratchSummary",
    "x-idempotency-level": "NO_SIDE_EFFECTS",  # the proto's option, as every EntityExecutionsService RPC has it
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {
                "schema": {
                    "type": "object",
                    "required": ["entityIds"],
                    "properties": {
                        "entityIds": {
                            "type": "array",
                            "minItems": 1,
                            "maxItems": 20,
                            "items": {"type": "string", "minLength": 1},
                        },
                        "windowHours": {"type": "integer", "minimum": 1, "maximum": 720},
                    },
                }
            }
        },
    },
    "responses": {
        "200": {
            "description": "Success",
            "content": {
                "application/json": {
                    "schema": {"type": "object", "properties": {"totalExecutions": {"type": "string"}}}
                }
            },
        },
        "404": {
            "description": "NOT_FOUND",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/RpcStatus"}}},
        },
        "503": {
            "description": "UNAVAILABLE",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/RpcStatus"}}},
        },
    },
}

CHECK = textwrap.dedent(
    """
    import asyncio, json

    import respx
    from synq_client import AsyncSynqClient, NotFoundError, RequestValidationError, SynqClient
    from synq_coalesce_core.clock import ManualClock
    from synq_client.models import GetScratchSummaryBody, RpcStatus

    URL = "https://developer.synq.io/api/executions/v2/scratch-summary"
    seen = {"methods": [hasattr(SynqClient, "get_scratch_summary"), hasattr(AsyncSynqClient, "get_scratch_summary")]}

    with respx.mock:
        route = respx.post(URL).respond(200, json={"totalExecutions": "3"})
        with SynqClient("t", clock=ManualClock()) as synq:
            refused = []
            for body in (GetScratchSummaryBody(entity_ids=[]), GetScratchSummaryBody(entity_ids=["e"], window_hours=0)):
                try:
                    synq.get_scratch_summary(body=body)
                except RequestValidationError as error:
                    refused.append([error.field, str(error)])
            seen["refused"], seen["sent_when_refused"] = refused, route.call_count

            route.side_effect = [respx.MockResponse(503, json={"code": 14}), respx.MockResponse(200, json={"totalExecutions": "3"})]
            seen["sync"] = [synq.get_scratch_summary(body=GetScratchSummaryBody(entity_ids=["e"])).total_executions, route.call_count]

            route.side_effect = None
            route.respond(404, json={"code": 5, "message": "no such entity"})
            try:
                synq.get_scratch_summary(body=GetScratchSummaryBody(entity_ids=["e"]))
            except NotFoundError as error:
                seen["not_found"] = [type(error.error) is RpcStatus, error.error.message, error.attempts]

    async def main():
        with respx.mock:
            route = respx.post(URL)
            route.side_effect = [respx.MockResponse(503, json={"code": 14})] * 2 + [respx.MockResponse(200, json={"totalExecutions": "9"})]
            async with AsyncSynqClient("t", clock=ManualClock()) as synq:
                summary = await synq.get_scratch_summary(body=GetScratchSummaryBody(entity_ids=["e"]), timeout=3.0)
            return [summary.total_executions, route.call_count]

    seen["async"] = asyncio.run(main())
    print(json.dumps(seen))
    """
)


def scratch_copy(destination: Path) -> None:
    folders = ("openapi", "overlays", "scripts/codegen", "scripts/facades", "scripts/runtime", "scripts/spec")
    for folder in (*folders, "scripts/mock", "scripts/mock_package"):  # the last two: the shipped mock's sources
        shutil.copytree(ROOT / folder, destination / folder, ignore=shutil.ignore_patterns("__pycache__"))
    modules = ("__init__.py", "generate.py", "ship_mock.py", "overlay.py", "errors.py", "vendors.py", "yaml_files.py")
    for module in (*modules, "paths.py"):
        shutil.copy2(ROOT / "scripts" / module, destination / "scripts" / module)
    shutil.copy2(ROOT / "VERSION", destination / "VERSION")


def run(command: list[str], cwd: Path, **env: str) -> str:
    done = subprocess.run(command, cwd=cwd, env={**os.environ, **env}, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


@pytest.fixture(scope="module")
def observed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    scratch = tmp_path_factory.mktemp("new-operation")
    scratch_copy(scratch)
    spec_path = scratch / "openapi" / "synq.yaml"
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    assert PATH not in spec["paths"], f"{PATH} is in the spec already: the scenario needs an operation that is new"
    spec["paths"][PATH] = {"post": OPERATION}
    spec_path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    run([sys.executable, "-m", "scripts.generate"], scratch)
    out = run([sys.executable, "-c", CHECK], scratch, PYTHONPATH=pythonpath(scratch))
    result: dict[str, Any] = json.loads(out)
    return result


def test_both_clients_have_the_method(observed: dict[str, Any]) -> None:
    assert observed["methods"] == [True, True]


def test_the_specs_constraints_refuse_bad_arguments_before_sending(observed: dict[str, Any]) -> None:
    assert observed["refused"] == [
        ["body.entityIds", "body.entityIds must contain at least 1 item(s), got 0 (minItems)"],
        ["body.windowHours", "body.windowHours must be >= 1, got 0 (minimum)"],
    ]
    assert observed["sent_when_refused"] == 0


def test_a_503_is_retried_and_the_2xx_model_returned(observed: dict[str, Any]) -> None:
    assert observed["sync"] == ["3", 2]
    assert observed["async"] == ["9", 3]


def test_a_declared_error_status_is_the_typed_error_with_the_declared_model(observed: dict[str, Any]) -> None:
    assert observed["not_found"] == [True, "no such entity", 1]
