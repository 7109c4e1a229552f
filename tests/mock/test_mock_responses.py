"""Every response the mock sends validates against the spec: the whole seeded store, every documented
status through `Prefer: code=`, generated bodies, and the error bodies of its own rejections."""

from __future__ import annotations

from typing import Any

import pytest

from scripts.mock.dynamic import generated_body, static_body
from scripts.mock.seeds import COALESCE_OPERATION, SYNQ_OPERATION
from scripts.spec.model import OperationSpec, Spec
from scripts.spec.values import operation as find_operation
from scripts.vendors import VENDORS
from tests.openapi.spec_support import read_list
from tests.paths import DATA

from .client import AUTH, SYNQ_PATH, batch_get, get_run, send

DYNAMIC_SEEDS = range(40)


def assert_conforms(spec: Spec, operation: OperationSpec, response: Any) -> None:
    """Status documented, JSON content type, body valid against that status's schema (jsonschema, 2020-12)."""
    documented = operation.response_for(response.status_code)
    assert documented is not None, f"{response.status_code} is not documented for {operation.label}"
    assert documented.schema is not None
    assert response.headers["Content-Type"] == "application/json"
    errors = [error.message for error in spec.validator(documented.schema).iter_errors(response.json())]
    assert not errors, f"{operation.label} {response.status_code}: {errors[:3]}"


def seeded_operation(spec: Spec) -> OperationSpec:
    """The operation the seeded store serves (the spec may hold others)."""
    return find_operation(spec, *(SYNQ_OPERATION if spec.vendor == "synq" else COALESCE_OPERATION))


def test_every_seeded_execution_conforms(synq_app: Any, synq_spec: Spec) -> None:
    store = synq_app.state.service.store
    response = batch_get(synq_app, list(store.records))
    assert response.status_code == 200
    assert sorted(response.json()["executions"]) == sorted(store.records)
    assert_conforms(synq_spec, seeded_operation(synq_spec), response)
    for execution_id in store.records:  # each alone, too: one bad record must not hide behind another
        assert_conforms(synq_spec, seeded_operation(synq_spec), batch_get(synq_app, [execution_id]))


def test_every_seeded_run_conforms(coalesce_app: Any, coalesce_spec: Spec) -> None:
    for run_id in coalesce_app.state.service.store.records:
        response = get_run(coalesce_app, run_id)
        assert (response.status_code, response.json()["id"]) == (200, run_id)
        assert_conforms(coalesce_spec, seeded_operation(coalesce_spec), response)


def test_every_documented_synq_status_can_be_asked_for(synq_app: Any, synq_spec: Spec) -> None:
    operation = seeded_operation(synq_spec)
    for status in [200, 400, 401, 403, 404, 429, 500, 503, 504, 502, 418]:  # explicit, or through `default`
        response = batch_get(synq_app, ["exec-001"], headers={**AUTH, "Prefer": f"code={status}"})
        assert response.status_code == status
        assert_conforms(synq_spec, operation, response)


def test_every_documented_coalesce_status_can_be_asked_for(coalesce_app: Any, coalesce_spec: Spec) -> None:
    operation = seeded_operation(coalesce_spec)
    listed = {int(code) for code in read_list(DATA / "coalesce" / "error_statuses.txt")}  # the vendor's, checked
    assert listed <= set(operation.documented_statuses())  # against the spec in tests/openapi
    for status in operation.documented_statuses():
        response = get_run(coalesce_app, 1, headers={**AUTH, "Prefer": f"code={status}"})
        assert response.status_code == status
        assert_conforms(coalesce_spec, operation, response)


@pytest.mark.parametrize("status", [200, 404, 503])
def test_dynamic_bodies_conform_for_any_seed(
    synq_app: Any, coalesce_app: Any, synq_spec: Spec, coalesce_spec: Spec, status: int
) -> None:
    for seed in range(5):
        prefer = {**AUTH, "Prefer": f"code={status}, dynamic=true, seed={seed}"}
        assert_conforms(synq_spec, seeded_operation(synq_spec), batch_get(synq_app, ["x"], headers=prefer))
        assert_conforms(coalesce_spec, seeded_operation(coalesce_spec), get_run(coalesce_app, 1, headers=prefer))


@pytest.mark.parametrize("vendor", VENDORS)
def test_generated_bodies_are_valid_deterministic_and_varied(vendor: str) -> None:
    spec = Spec.load(vendor)
    for operation in spec.operations:
        for key, response in operation.responses.items():
            if response.schema is None:
                continue
            bodies = [generated_body(spec, response.schema, seed=seed) for seed in DYNAMIC_SEEDS]
            for body in bodies:
                assert spec.validator(response.schema).is_valid(body), (key, body)
            assert bodies == [generated_body(spec, response.schema, seed=seed) for seed in DYNAMIC_SEEDS]
            # Varied, not constant. No share of distinct bodies is asked for: a small schema of optional members
            # (Coalesce's scheduler errors) has few shapes, and the empty object is a common one.
            assert len({repr(body) for body in bodies}) > 1, f"{operation.label} {key}: one body for every seed"
            assert spec.validator(response.schema).is_valid(static_body(spec, response.schema))


def test_the_mocks_own_rejections_conform(
    synq_app: Any, coalesce_app: Any, synq_spec: Spec, coalesce_spec: Spec
) -> None:
    synq = seeded_operation(synq_spec)
    assert_conforms(synq_spec, synq, batch_get(synq_app, []))  # 400
    assert_conforms(synq_spec, synq, batch_get(synq_app, ["a"], headers={}))  # 401
    assert_conforms(synq_spec, synq, send(synq_app, "POST", SYNQ_PATH, content=b"{", headers=AUTH))  # 400
    coalesce = seeded_operation(coalesce_spec)
    assert_conforms(coalesce_spec, coalesce, get_run(coalesce_app, "x"))  # 400
    assert_conforms(coalesce_spec, coalesce, get_run(coalesce_app, 1, headers={}))  # 401
    assert_conforms(coalesce_spec, coalesce, get_run(coalesce_app, 99999))  # 404


# The gRPC code in the mock's SYNQ error body for each status the spec documents (synq-api.md §6.2).
DOCUMENTED_GRPC_CODES = {400: 3, 401: 16, 403: 7, 404: 5, 429: 8, 500: 13, 503: 14, 504: 4}


def test_every_documented_synq_status_carries_its_grpc_code(synq_app: Any, synq_spec: Spec) -> None:
    """The research's code for each status it maps; a status the vendor documents beyond those answers a valid
    error body of its own status (the spec's schema for it)."""
    operation = seeded_operation(synq_spec)
    errors = [status for status in operation.documented_statuses() if status >= 400]
    assert set(DOCUMENTED_GRPC_CODES) & set(errors)
    for status in errors:
        response = batch_get(synq_app, ["exec-001"], headers={**AUTH, "Prefer": f"code={status}"})
        assert response.status_code == status
        if status in DOCUMENTED_GRPC_CODES:
            assert response.json()["code"] == DOCUMENTED_GRPC_CODES[status]
        documented = operation.response_for(status)
        assert documented is not None and documented.schema is not None
        assert synq_spec.validator(documented.schema).is_valid(response.json()), response.json()
