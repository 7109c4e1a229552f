"""The SYNQ conveniences under `synq executions`: `get ID...` (any number of IDs, batched as the spec allows) and
`latest --table KIND:NAME` (the latest execution of each entity, named the way the data platform names it)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import click
from synq_client.api.executions import get_latest_executions
from synq_client.models import GetLatestExecutionsRequest

from .docstrings import help_of
from .operations import JSON_TEXT, ParamType, checked
from .session import session
from .vendors import Vendor

__all__ = ["ENTITY_KINDS", "add_conveniences"]

_BODY = get_latest_executions.ARGUMENTS["body"].schema
_LATEST = _BODY["properties"]
ENTITY_KINDS: Mapping[str, list[str]] = {
    kind: list(fields)
    for branch in _LATEST["entityIds"]["items"]["oneOf"]
    for kind, schema in branch["properties"].items()
    if (fields := schema.get("properties", {})) and all(field.get("type") == "string" for field in fields.values())
}
"""Each kind of Identifier in the spec (`snowflakeTable`) whose fields are all strings, with its fields in the
spec's order: the kinds a `KIND:NAME` names (any other kind is given as JSON)."""
_FIELDS = help_of(GetLatestExecutionsRequest).fields


def add_conveniences(vendor: Vendor, groups: dict[str, click.Group]) -> None:
    executions = groups.setdefault("executions", click.Group("executions", help="SYNQ executions."))
    executions.add_command(get)
    executions.add_command(latest)


@click.command()
@click.argument("execution_ids", nargs=-1, required=True)
def get(execution_ids: tuple[str, ...]) -> None:
    """Print the executions with these IDs, any number of them.

    Prints {"executions": {id: execution}, "missing": [ids SYNQ did not return], "failed": []}. The IDs are sent
    in batches of the size the spec allows, several at a time.
    """
    current = session()
    current.output.result(current.client().get_executions(list(execution_ids)).to_dict())


class Entity(ParamType):
    """`KIND:PART.PART...`: the kind's fields in the spec's order, dot-separated (the last field takes the rest,
    so a dbt node ID keeps its dots); or an Identifier as JSON (`{"snowflakeTable": {...}}`) or `@FILE`."""

    name = "KIND:NAME"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if not isinstance(value, str) or value.lstrip().startswith(("{", "@")):
            return JSON_TEXT.convert(value, param, ctx)
        kind, colon, name = value.partition(":")
        fields = ENTITY_KINDS.get(kind)
        if not colon or fields is None:
            known = ", ".join(ENTITY_KINDS)
            self.fail(f"{value!r} does not start with a kind named by text: {known} (others as JSON)", param, ctx)
        parts = name.split(".", len(fields) - 1)
        if len(parts) != len(fields) or not all(parts):
            self.fail(f"a {kind} is named {'.'.join(fields).upper()}, got {name!r}", param, ctx)
        return {kind: dict(zip(fields, parts, strict=True))}


def _choices(prop: str) -> click.Choice[str]:
    return click.Choice(_LATEST[prop]["items"]["enum"])


@click.command()
@click.option(
    "--table", "--entity", "entities", type=Entity(), multiple=True, required=True, help=_FIELDS["entity_ids"]
)
@click.option(
    "--status", "statuses", type=_choices("statuses"), multiple=True, metavar="STATUS", help=_FIELDS["statuses"]
)
@click.option(
    "--type", "types", type=_choices("executionTypes"), multiple=True, metavar="TYPE", help=_FIELDS["execution_types"]
)
def latest(entities: tuple[Any, ...], statuses: tuple[str, ...], types: tuple[str, ...]) -> None:
    """Print the latest execution of each entity (GetLatestExecutions).

    Name an entity as its platform does, e.g. --table snowflakeTable:ACCOUNT.DATABASE.SCHEMA.TABLE or
    --entity dbtCoreNode:INTEGRATION_ID.model.project.name; the kinds and their fields are the spec's Identifier.
    """
    body: dict[str, Any] = {"entityIds": list(entities)}
    if statuses:
        body["statuses"] = list(statuses)
    if types:
        body["executionTypes"] = list(types)
    current = session()
    request = checked("body", _BODY, GetLatestExecutionsRequest, body)
    current.output.result(current.client().get_latest_executions(body=request))
