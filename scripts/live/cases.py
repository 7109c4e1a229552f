"""Requests to send, drawn from the effective spec by schemathesis: valid (positive) ones by default.

Drawn up front with a fixed seed, so a run knows how many requests it will send before it sends any,
and the same spec gives the same requests every night. Valid requests come from the spec narrowed to what a vendor
takes (`realism.py`) and are then built on the spec's own operation, whose answers the checks read.

Only operations without side effects are ever sent to a live server (`x-idempotency-level: NO_SIDE_EFFECTS`, or a
GET without the mark; `scripts.spec.idempotency`): starting, re-running or canceling a customer's job is not a check.
The others are `withheld`: skipped, and the reports say so (the contract suite checks them against the mock).
"""

from __future__ import annotations

import copy
import json
from typing import Any

import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis import BaseSchema, GenerationMode
from schemathesis.core import NOT_SET
from schemathesis.core.result import Err

from scripts.live.realism import realistic
from scripts.spec.document import effective_spec_path
from scripts.spec.idempotency import NO_SIDE_EFFECTS, idempotency_level

Case = schemathesis.Case[Any]
SEED = 4010


def load(vendor: str) -> BaseSchema:
    schema = schemathesis.openapi.from_path(effective_spec_path(vendor))
    schema.config.seed = SEED
    return schema


def operations(schema: BaseSchema) -> list[Any]:
    """The documented operations that need credentials and have no side effects: reads of the vendor's data, never
    a token endpoint, never a call that changes anything."""
    return [operation for operation in _authorized(schema) if side_effect_free(operation)]


def withheld(schema: BaseSchema) -> list[tuple[str, str]]:
    """(label, idempotency level) of each documented operation with side effects: never sent to a live server."""
    return [(operation.label, level(operation)) for operation in _authorized(schema) if not side_effect_free(operation)]


def level(operation: Any) -> str:
    return idempotency_level(operation.method, operation.definition.raw)


def side_effect_free(operation: Any) -> bool:
    return level(operation) == NO_SIDE_EFFECTS


def _authorized(schema: BaseSchema) -> list[Any]:
    found = []
    for result in schema.get_all_operations():
        if isinstance(result, Err):
            raise result.err()  # an operation schemathesis cannot read is a broken spec, not a pass
        operation = result.ok()
        security = operation.definition.raw.get("security", schema.raw_schema.get("security", []))
        if security and all(security):
            found.append(operation)
    return found


def draw(operation: Any, count: int, mode: GenerationMode = GenerationMode.POSITIVE) -> list[Case]:
    """Up to `count` distinct cases (fewer when the request space is smaller), the same on every run.

    Negative (malformed) requests are drawn from the spec as it is: being unrealistic is their point."""
    if mode is GenerationMode.NEGATIVE:
        return _draw(operation, count, mode)
    document = realistic(operation.schema.raw_schema)
    key = (json.dumps(document, sort_keys=True, default=str), operation.path, operation.method.upper(), count)
    if key not in _DRAWN:
        narrowed = schemathesis.openapi.from_dict(document)
        narrowed.config.seed = SEED
        twin = narrowed[operation.path][operation.method.upper()]
        _DRAWN[key] = [
            {
                "path_parameters": case.path_parameters,
                "query": case.query,
                "cookies": case.cookies,
                "body": case.body,
                "media_type": case.media_type,
            }
            for case in _draw(twin, count, mode)
        ]
    return [operation.Case(**copy.deepcopy(parts, {id(NOT_SET): NOT_SET})) for parts in _DRAWN[key]]


# The valid requests drawn for (narrowed spec, path, method, count). The draw is derandomized, so this changes no
# result, only its cost: seconds of hypothesis per operation, paid once per process (a test run makes hundreds of
# runs of the same specs). Each call gets its own copies (schemathesis' NOT_SET stays the one it checks for).
_DRAWN: dict[tuple[str, str, str, int], list[dict[str, Any]]] = {}


def _draw(operation: Any, count: int, mode: GenerationMode) -> list[Case]:
    cases: list[Case] = []
    seen: set[str] = set()
    if count <= 0:
        return cases

    @settings(
        max_examples=count * 3,
        derandomize=True,
        database=None,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(case=operation.as_strategy(generation_mode=mode))
    def collect(case: Case) -> None:
        signature = repr((case.path_parameters, case.query, case.body))
        if len(cases) < count and signature not in seen:
            seen.add(signature)
            cases.append(case)

    collect()
    return cases
