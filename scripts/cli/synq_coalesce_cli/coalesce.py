"""The Coalesce conveniences under `coalesce runs`: `start` (start a job, optionally wait for it), `wait` and
`list` (every page of List Runs, with short option names)."""

from __future__ import annotations

from typing import Any

import click
from coalesce_client import DEFAULT_MAX_WAIT
from coalesce_client.api.jobs import jobs_initiate_run
from coalesce_client.api.runs import runs_list_information
from coalesce_client.models import RunUserCredentials, StartRunDetails, StartRunRequest

from .docstrings import help_of
from .operations import JSON_TEXT, checked, operation_command, secret_values
from .session import session
from .vendors import Vendor

__all__ = ["add_conveniences"]

POLL_INTERVAL = 10.0
DEFAULT_MAX_ITEMS = 100
"""What `runs list` prints at most unless told otherwise: the newest runs, not the organisation's whole history."""

_DETAILS = help_of(StartRunDetails).fields
_REQUEST = help_of(StartRunRequest).fields
_BODY = jobs_initiate_run.ARGUMENTS["body"].schema


def add_conveniences(vendor: Vendor, groups: dict[str, click.Group]) -> None:
    runs = groups.setdefault("runs", click.Group("runs", help="Coalesce runs."))
    runs.add_command(start)
    runs.add_command(wait)
    runs.add_command(
        operation_command(
            vendor,
            runs_list_information,
            name="list",
            flags={"run_status": "--status", "run_type": "--type", "environment_id": "--environment"},
            every_page=True,
            max_items=DEFAULT_MAX_ITEMS,
            text="List runs, newest first by default: the items of every page of List Runs, as one JSON array.",
        )
    )


_max_wait = click.option(
    "--max-wait", type=float, default=DEFAULT_MAX_WAIT, show_default=True, help="Seconds to wait in all."
)
_poll_interval = click.option(
    "--poll-interval", type=float, default=POLL_INTERVAL, show_default=True, help="Seconds between polls."
)


@click.command()
@click.argument("run_id", type=int)
@_max_wait
@_poll_interval
def wait(run_id: int, max_wait: float, poll_interval: float) -> None:
    """Wait for a run to end and print it.

    Polls the run until it is completed, failed or canceled (the spec's final statuses), with a progress line on
    stderr per poll. Exit 0 when it completed, 1 when it failed, was canceled or was still going after
    --max-wait seconds (the run is printed either way), 3 when the API failed.
    """
    current = session()
    with current.output.progress("coalesce_client"):
        run = current.client().wait_for_run(
            run_id, max_wait=max_wait, poll_interval=poll_interval, raise_on_failure=True
        )
    current.output.result(run)


@click.command()
@click.option("--environment", required=True, help=_DETAILS["environment_id"])
@click.option("--job", help=_DETAILS["job_id"] + " Without it, the whole environment (or the selectors' nodes).")
@click.option("--wait/--no-wait", default=False, help="Wait for the run to end, and print it.")
@click.option("--include-nodes-selector", help=_DETAILS["include_nodes_selector"])
@click.option("--exclude-nodes-selector", help=_DETAILS["exclude_nodes_selector"])
@click.option("--parallelism", type=int, help=_DETAILS["parallelism"])
@click.option("--user-credentials", type=JSON_TEXT, help=f"JSON, or @FILE. {_REQUEST['user_credentials']}")
@click.option("--parameters", type=JSON_TEXT, help=f"JSON, or @FILE. {_REQUEST['parameters']}")
@_max_wait
@_poll_interval
def start(**options: Any) -> None:
    """Start a job (Trigger Job to Run) and print {"runCounter": ID}; with --wait, wait for the run and print it.

    Every call starts a new run. With --wait: progress lines on stderr; exit 0 when the run completed, 1 when it
    failed or was canceled (the message names the nodes that failed) or was still going after --max-wait seconds.
    Keep the Snowflake password out of the command line: --user-credentials @FILE.
    """
    current = session()
    credentials = options.pop("user_credentials")
    if credentials is not None:
        current.output.add_secrets(lambda: secret_values(_BODY, {"userCredentials": credentials}))
        schema = _BODY["properties"]["userCredentials"]
        options["user_credentials"] = checked("user_credentials", schema, RunUserCredentials, credentials)
    waiting = options.pop("wait")
    client = current.client()
    with current.output.progress("coalesce_client"):
        started = client.run_job(
            environment_id=options.pop("environment"), job_id=options.pop("job"), wait=waiting, **options
        )
    current.output.result(started if waiting else {"runCounter": started})
