"""The SYNQ conveniences: `synq executions get ID...` (any number of IDs, batched as the spec allows)."""

from __future__ import annotations

import click

from .session import session

__all__ = ["add_conveniences"]


def add_conveniences(groups: dict[str, click.Group]) -> None:
    executions = groups.setdefault("executions", click.Group("executions", help="SYNQ executions."))
    executions.add_command(get)


@click.command()
@click.argument("execution_ids", nargs=-1, required=True)
def get(execution_ids: tuple[str, ...]) -> None:
    """Print the executions with these IDs, any number of them.

    Prints {"executions": {id: execution}, "missing": [ids SYNQ did not return], "failed": []}. The IDs are sent
    in batches of the size the spec allows, several at a time.
    """
    current = session()
    current.output.result(current.client().get_executions(list(execution_ids)).to_dict())
