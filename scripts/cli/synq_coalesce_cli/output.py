"""What the CLI prints: results as JSON on stdout, errors and progress on stderr, each with every secret the
command knows of (the client's credentials, the tokens it was issued, secret fields it sent) replaced."""

from __future__ import annotations

import contextlib
import datetime
import enum
import json
import logging
import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

import click
from synq_coalesce_core.logs import LEVELS, LOG_ENV
from synq_coalesce_core.redact import scrub_secrets

__all__ = ["Output", "jsonable"]


class Output:
    """The one way out of a command. `secrets` is asked at each print: an OAuth2 token is issued mid-command."""

    def __init__(self) -> None:
        self.sources: list[Callable[[], Iterable[str]]] = []

    def add_secrets(self, source: Callable[[], Iterable[str]]) -> None:
        self.sources.append(source)

    def scrub(self, text: str) -> str:
        return scrub_secrets(text, [secret for source in self.sources for secret in source()])

    def result(self, value: Any) -> None:
        """`value` (a model, a list of them, plain data) as one JSON document on stdout; nothing for None."""
        if value is not None:
            click.echo(self.scrub(json.dumps(jsonable(value), indent=2, ensure_ascii=False)))

    def error(self, message: str) -> None:
        click.echo(self.scrub(f"Error: {message}"), err=True)

    @contextlib.contextmanager
    def progress(self, logger_name: str) -> Iterator[None]:
        """Inside, the INFO lines of the client's logger (a wait's polls, retries) are progress lines on stderr,
        unless $SYNQ_COALESCE_LOG already shows them (info or debug: through the root logger, once)."""
        if LEVELS.get(os.environ.get(LOG_ENV, "").strip().lower(), logging.WARNING) <= logging.INFO:
            yield
            return
        logger = logging.getLogger(logger_name)
        handler = _Progress(self, logger_name)
        level = logger.level
        logger.addHandler(handler)
        if logger.getEffectiveLevel() > logging.INFO:
            logger.setLevel(logging.INFO)
        try:
            yield
        finally:
            logger.removeHandler(handler)
            logger.setLevel(level)


class _Progress(logging.Handler):
    def __init__(self, output: Output, prefix: str) -> None:
        super().__init__(logging.INFO)
        self.output, self.prefix = output, prefix

    def emit(self, record: logging.LogRecord) -> None:
        click.echo(self.output.scrub(f"{self.prefix}: {record.getMessage()}"), err=True)


def jsonable(value: Any) -> Any:
    """`value` as JSON-ready data: models by their `to_dict()` (the wire form, open enums as sent)."""
    if callable(getattr(value, "to_dict", None)):
        return value.to_dict()
    if isinstance(value, Mapping):
        return {str(key): jsonable(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(item) for item in value]
    if isinstance(value, enum.Enum):
        return getattr(value, "raw", value.value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value
