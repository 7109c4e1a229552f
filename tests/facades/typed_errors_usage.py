"""How user code reads `.error` under `mypy --strict`: typed per client, with no isinstance or cast.

Type-checked with the rest of tests/ in the suite's one mypy run (tests/codegen/test_static_checks.py). The
`# type: ignore[...]` lines are the controls: mypy --strict warns about an ignore that is not needed, so that run fails
if a misuse stops being an error (if `.error` became `Any`, say).
"""

from __future__ import annotations

from typing import assert_type

import coalesce_client
import synq_client
from coalesce_client.models import ErrorResponse
from synq_client.models import BatchGetExecutionsRequest, RpcStatus
from synq_coalesce_core.exceptions import APIError


def synq_message(synq: synq_client.SynqClient) -> str:
    try:
        synq.batch_get_executions(body=BatchGetExecutionsRequest(execution_ids=["e1"]))
    except synq_client.NotFoundError as e:
        assert_type(e.error, RpcStatus | None)
        return "" if e.error is None else str(e.error.message)
    except synq_client.APIStatusError as e:
        assert_type(e.error, RpcStatus | None)
        return "" if e.error is None else str(e.error.message)
    return ""


def coalesce_text(coalesce: coalesce_client.CoalesceClient) -> str:
    try:
        coalesce.get_run(1)
    except coalesce_client.ServiceUnavailableError as e:
        assert_type(e.error, ErrorResponse | None)
        return "" if e.error is None else e.error.error.error_string
    except coalesce_client.APIStatusError as e:
        return "" if e.error is None else e.error.error.error_string
    return ""


def status_of(synq: synq_client.SynqClient, coalesce: coalesce_client.CoalesceClient) -> int:
    try:
        coalesce.get_run(1)
        synq.get_executions(["e1"])
    except APIError as e:
        return e.attempts
    return 0


def rpc_of(error: synq_client.NotFoundError) -> RpcStatus | None:
    return error.error


def misuse(error: synq_client.APIStatusError) -> object:
    assert error.error is not None
    return error.error.error.error_string  # type: ignore[attr-defined]  # Coalesce's shape, not RpcStatus
