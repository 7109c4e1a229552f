"""The Coalesce conveniences: `coalesce runs wait` (and, with the run lifecycle, `start` and `list`)."""

from __future__ import annotations

import click
from coalesce_client import DEFAULT_MAX_WAIT

from .session import session

__all__ = ["add_conveniences"]

POLL_INTERVAL = 10.0


def add_conveniences(groups: dict[str, click.Group]) -> None:
    runs = groups.setdefault("runs", click.Group("runs", help="Coalesce runs."))
    runs.add_command(wait)


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
