"""Scratch effective specs for scenario tests: the real one with an edit, written to a temporary directory.

`with_summary_operation` adds an operation shaped like SYNQ's `GetExecutionsSummary` (from the vendor's docs page:
inline request and response schemas, an Identifier oneOf in the request) the way a user would add a new operation,
at a path the spec does not have (`SUMMARY_PATH`): the real GetExecutionsSummary is in the spec now, and the
scenario is an operation that neither the mock nor the clients have any code for.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from scripts.spec.document import effective_spec_path
from scripts.spec.model import Spec
from scripts.yaml_files import load_yaml

SUMMARY_PATH = "/api/executions/v2/scratch-summary"
STATUS_PATH = "/api/v1/status"
_TIMESTAMP = {"type": "string", "format": "date-time"}
_INT64 = {"type": "string", "description": "int64, a decimal string in proto3 JSON"}


def _counts(key: str, ref: str) -> dict[str, Any]:
    item = {"type": "object", "properties": {key: {"$ref": ref}, "count": _INT64}}
    return {"type": "array", "items": item}


SUMMARY_OPERATION: dict[str, Any] = {
    "operationId": "GetScratchSummary",
    "summary": "GetScratchSummary",
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
                            "items": {"$ref": "#/components/schemas/Identifier"},
                        },
                        "executionStartedAfter": _TIMESTAMP,
                        "executionStartedBefore": _TIMESTAMP,
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
                    "schema": {
                        "type": "object",
                        "properties": {
                            "totalExecutions": _INT64,
                            "executionTypeCounts": _counts("executionType", "#/components/schemas/ExecutionType"),
                            "statusCounts": _counts("status", "#/components/schemas/ExecutionStatus"),
                            "earliestExecution": _TIMESTAMP,
                            "latestExecution": _TIMESTAMP,
                            "latestByEntity": {
                                "type": "object",
                                "additionalProperties": {"$ref": "#/components/schemas/EntityExecution"},
                            },
                        },
                    }
                }
            },
        }
    },
}


def scratch_spec(vendor: str, directory: Path, edit: Callable[[dict[str, Any]], None]) -> Path:
    """`generated/<vendor>.openapi.yaml` with `edit` applied, written to `directory`."""
    document = load_yaml(effective_spec_path(vendor))
    edit(document)
    path = directory / f"{vendor}.openapi.yaml"
    path.write_text(yaml.dump(document, Dumper=yaml.CSafeDumper, sort_keys=False), encoding="utf-8")
    return path


def add_summary_operation(document: dict[str, Any]) -> None:
    """The new operation, with the error responses BatchGetExecutions documents."""
    operation = copy.deepcopy(SUMMARY_OPERATION)
    if SUMMARY_PATH in document["paths"]:
        raise ValueError(f"{SUMMARY_PATH} is in the spec already: the scenario needs an operation that is new")
    errors = document["paths"]["/api/executions/v2/by-id"]["post"]["responses"]
    operation["responses"] |= {key: value for key, value in errors.items() if key != "200"}
    document["paths"][SUMMARY_PATH] = {"post": operation}


def add_status_operation(spec: dict[str, Any]) -> None:
    """A new Coalesce operation that lists only its 200, as vendors often document one; the spec's global bearer
    security still applies to it."""
    schema = {"type": "object", "properties": {"state": {"type": "string"}}}
    spec["paths"][STATUS_PATH] = {
        "get": {
            "operationId": "GetStatus",
            "responses": {"200": {"description": "OK", "content": {"application/json": {"schema": schema}}}},
        }
    }


def with_summary_operation(directory: Path) -> Spec:
    return Spec.load("synq", scratch_spec("synq", directory, add_summary_operation))
