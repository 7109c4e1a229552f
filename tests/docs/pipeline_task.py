"""A new user's pipeline code, written from the README alone: an Airflow-style task that waits for a Coalesce run
(raising when it fails), and one that fetches 1,000 SYNQ executions with the async client into a JSON-ready XCom,
both handling 401, 404, 429 and timeouts with logging.

Credentials and servers come from the environment (`COALESCE_TOKEN`, `COALESCE_BASE_URL`, `SYNQ_TOKEN`,
`SYNQ_BASE_URL`), as in production. `main()` runs the tasks against the mocks and is what test_pipeline_task.py checks;
`python -m tests.docs.pipeline_task` runs it against `make mock` (set the four variables first). mypy --strict checks
this file with the rest of tests/.
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import Mapping
from typing import Any

from coalesce_client import CoalesceClient, RunFailedError, RunWaitTimeout
from synq_client import AsyncSynqClient
from synq_coalesce_core.exceptions import (
    APIError,
    APITimeoutError,
    AuthenticationError,
    NotFoundError,
    RateLimitError,
)

log = logging.getLogger("pipeline")


class TaskFailed(Exception):
    """What the orchestrator sees: the task failed, and the log says why (AirflowException in a real DAG)."""


def wait_for_coalesce_run(
    run_id: int,
    *,
    token: str | None = None,
    headers: Mapping[str, str] | None = None,
    poll_interval: float = 10.0,
) -> dict[str, Any]:
    """Task 1: wait up to 10 minutes for the run; a failed or canceled run fails the task."""
    with CoalesceClient(token, headers=headers) as coalesce:
        try:
            run = coalesce.wait_for_run(run_id, max_wait=600, poll_interval=poll_interval, raise_on_failure=True)
        except RunFailedError as error:
            log.error("Coalesce %s", error)
            raise TaskFailed(f"coalesce run {error.run.id} {error.run.run_status}") from error
        except RunWaitTimeout as error:
            log.error("gave up waiting: %s", error)
            raise TaskFailed(f"coalesce run {run_id} still {error.last_run.run_status}") from error
        except NotFoundError as error:
            log.error("no such run %s (request ID %s): %s", run_id, error.request_id, error.vendor_message)
            raise TaskFailed(f"coalesce run {run_id} not found") from error
        except AuthenticationError as error:
            log.error("the Coalesce token was refused: %s", error)
            raise TaskFailed("coalesce token refused") from error
    log.info("run %s %s", run.id, run.run_status)
    return {"run_id": run.id, "status": str(run.run_status)}


async def fetch_executions(
    ids: list[str],
    *,
    token: str | None = None,
    headers: Mapping[str, str] | None = None,
    timeout: float = 30.0,
    max_retries: int = 2,
) -> dict[str, Any]:
    """Task 2: the executions of `ids` as an XCom value. A batch that keeps failing for a passing reason (rate
    limited, too slow) is logged and its IDs reported for a later run; a refused token fails the task (with
    `on_error="collect"` every failure lands in `result.failed`, so that is where it is found)."""
    async with AsyncSynqClient(token, headers=headers, timeout=timeout, max_retries=max_retries) as synq:
        result = await synq.get_executions(ids, concurrency=4, on_error="collect")
    for batch in result.failed:
        if isinstance(batch.error, AuthenticationError):
            log.error("the SYNQ token was refused: %s", batch.error)
            raise TaskFailed("synq token refused") from batch.error
        if not isinstance(batch.error, RateLimitError | APITimeoutError):
            raise TaskFailed(f"synq batch failed: {batch.error}") from batch.error
        log.warning("retry later: %d IDs (%s)", len(batch.ids), batch.error.message)
    log.info("%d found, %d missing, %d failed batches", len(result.executions), len(result.missing), len(result.failed))
    return result.to_dict()


def outcome(task: str, action: Any) -> str:
    """Run one task as the orchestrator would and say how it ended."""
    try:
        value = action()
    except TaskFailed as failure:
        return f"{task}: failed: {failure}"
    except APIError as error:  # anything the handlers above do not expect
        return f"{task}: unexpected {type(error).__name__}: {error}"
    if "executions" in value:
        failed = sum(len(batch["ids"]) for batch in value["failed"])
        return f"{task}: {len(value['executions'])} found, {len(value['missing'])} missing, {failed} to retry"
    return f"{task}: {value}"


def main() -> list[str]:
    ids = [f"exec-{n:03d}" for n in range(1000)]
    fresh = uuid.uuid4().hex  # the mock counts `times` and `flap` per key, across runs
    flaky = {"X-Mock-Fault": f"flap;n=4;status=503;key=flap-{fresh}"}
    throttled = {"X-Mock-Fault": f"rate-limited;retry-after=0.1;times=1;key=429-{fresh}"}
    slow = {"X-Mock-Fault": "latency;ms=1500"}
    return [
        outcome("run 9", lambda: wait_for_coalesce_run(9, poll_interval=0.2)),
        outcome("run 9 through 503s", lambda: wait_for_coalesce_run(9, headers=flaky, poll_interval=0.2)),
        outcome("run 10", lambda: wait_for_coalesce_run(10, poll_interval=0.2)),
        outcome("run 424242", lambda: wait_for_coalesce_run(424242)),
        outcome("run 9 bad token", lambda: wait_for_coalesce_run(9, token="expired")),
        outcome("1000 executions", lambda: asyncio.run(fetch_executions(ids))),
        outcome("throttled", lambda: asyncio.run(fetch_executions(ids, headers=throttled, max_retries=0))),
        outcome("bad token", lambda: asyncio.run(fetch_executions(ids, token="expired"))),
        outcome("slow", lambda: asyncio.run(fetch_executions(ids[:10], headers=slow, timeout=0.3, max_retries=0))),
    ]


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    for line in main():
        print(line)
