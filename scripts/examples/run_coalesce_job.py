"""A CI step with the Python client only (pip install synq-coalesce-clients): start a Coalesce job, wait for its
run, print the nodes that failed, and fail the step unless the run completed. The same environment, output and exit
status as run_coalesce_job.sh (`python run_coalesce_job.py`)."""

from __future__ import annotations

import os
import sys

from coalesce_client import (
    APIError,
    CoalesceClient,
    ConfigurationError,
    RequestValidationError,
    RunFailedError,
    RunWaitTimeout,
)


def main() -> int:
    environment, job = os.environ.get("COALESCE_ENVIRONMENT"), os.environ.get("COALESCE_JOB")
    if not environment or not job:
        print("set COALESCE_ENVIRONMENT and COALESCE_JOB", file=sys.stderr)
        return 2
    try:
        with CoalesceClient() as coalesce:
            run = coalesce.run_job(
                environment_id=environment,
                job_id=job,
                poll_interval=float(os.environ.get("POLL_INTERVAL", "10")),
                max_wait=float(os.environ.get("MAX_WAIT", "1800")),
            )
    except RunFailedError as failed:
        print(f"run {failed.run.id} ended {failed.run.run_status}; failed nodes:")
        for node in failed.failed_nodes:
            print(f"  {node.name}")
        return 1
    except RunWaitTimeout as still_going:
        print(f"run {still_going.last_run.id} ended {still_going.last_run.run_status}; failed nodes:")
        print(still_going, file=sys.stderr)
        return 1
    except (RequestValidationError, ConfigurationError) as bad:
        print(f"Error: {bad}", file=sys.stderr)
        return 2
    except APIError as error:
        print(f"Error: {type(error).__name__}: {error}", file=sys.stderr)
        return 3
    print(f"run {run.id} completed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
