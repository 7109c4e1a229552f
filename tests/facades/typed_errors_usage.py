"""How user code reads `.error` under `mypy --strict`: typed per client as its `errors.ErrorModel` (the error models
its spec lists), with no cast; the code narrows to the model it reads with isinstance, so it still type-checks when
the vendor adds an operation with an error model of its own.

Type-checked with the rest of tests/ in the suite's one mypy run (tests/codegen/test_static_checks.py). The
`# type: ignore[...]` lines are the controls: mypy --strict warns about an ignore that is not needed, so that run fails
if a misuse stops being an error (if `.error` became `Any`, say).
"""

from __future__ import annotations

from typing import assert_type

import coalesce_client
import synq_client
from coalesce_client.errors import ErrorModel as CoalesceErrorModel
from coalesce_client.models import ErrorResponse
from synq_client.errors import ErrorModel as SynqErrorModel
from synq_client.models import BatchGetExecutionsRequest, RpcStatus
from synq_coalesce_core.exceptions import APIError


def synq_message(synq: synq_client.SynqClient) -> str:
    try:
        synq.batch_get_executions(body=BatchGetExecutionsRequest(execution_ids=["e1"]))
    except synq_client.NotFoundError as e:
        assert_type(e.error, SynqErrorModel | None)
        return str(e.error.message) if isinstance(e.error, RpcStatus) else ""
    except synq_client.APIStatusError as e:
        assert_type(e.error, SynqErrorModel | None)
        return str(e.error.message) if isinstance(e.error, RpcStatus) else ""
    return ""


def coalesce_text(coalesce: coalesce_client.CoalesceClient) -> str:
    try:
        coalesce.get_run(1)
    except coalesce_client.ServiceUnavailableError as e:
        assert_type(e.error, CoalesceErrorModel | None)
        return e.error.error.error_string if isinstance(e.error, ErrorResponse) else ""
    except coalesce_client.APIStatusError as e:
        return e.error.error.error_string if isinstance(e.error, ErrorResponse) else ""
    return ""


def status_of(synq: synq_client.SynqClient, coalesce: coalesce_client.CoalesceClient) -> int:
    try:
        coalesce.get_run(1)
        synq.get_executions(["e1"])
    except APIError as e:
        return e.attempts
    return 0


def rpc_of(error: synq_client.NotFoundError) -> SynqErrorModel | None:
    return error.error


def misuse(error: synq_client.APIStatusError) -> object:
    assert isinstance(error.error, RpcStatus)
    return error.error.error.error_string  # type: ignore[attr-defined]  # Coalesce's shape, not RpcStatus
