"""The `synq-coalesce` command tree, and how its outcomes become exit codes a CI job can act on."""

from __future__ import annotations

import logging
from typing import Any

import click
from coalesce_client import RunFailedError, RunWaitTimeout, __version__
from synq_coalesce_core.exceptions import APIError, ConfigurationError, RequestValidationError

from . import USAGE_ERROR, coalesce, synq
from .operations import operation_groups
from .session import Session, session
from .vendors import VENDORS, Vendor

__all__ = ["API_ERROR", "RUN_FAILED", "USAGE_ERROR", "cli"]

RUN_FAILED = 1
API_ERROR = 3  # and USAGE_ERROR, 2: click's own code for a usage error

CONVENIENCES = {"coalesce": coalesce.add_conveniences, "synq": synq.add_conveniences}


class _Root(click.Group):
    """Turns what the clients raise into a message on stderr and the exit code."""

    def invoke(self, ctx: click.Context) -> Any:
        output = ctx.ensure_object(Session).output
        try:
            return super().invoke(ctx)
        except (RunFailedError, RunWaitTimeout) as error:
            output.result(error.run if isinstance(error, RunFailedError) else error.last_run)
            output.error(str(error))
            ctx.exit(RUN_FAILED)
        except (RequestValidationError, ConfigurationError) as error:
            output.error(str(error))
            ctx.exit(USAGE_ERROR)
        except APIError as error:
            output.error(f"{type(error).__name__}: {error}")
            ctx.exit(API_ERROR)


@click.group(cls=_Root)
@click.version_option(__version__, prog_name="synq-coalesce")  # the release the clients belong to
def cli() -> None:
    """The SYNQ and Coalesce APIs for CI jobs: every operation of the specs, plus waiting for runs.

    Results are JSON on stdout (pipe them to jq), errors and progress go to stderr. Exit codes: 0 success,
    1 the run failed (or was still going when the wait ended), 2 bad usage or configuration, 3 an API error.
    """


def _vendor_group(vendor: Vendor) -> click.Group:
    # A call that failed is reported once, as the error: the client's WARNING line would otherwise reach stderr
    # through logging's last resort. $SYNQ_COALESCE_LOG still shows the client's lines (on the root logger).
    logging.getLogger(vendor.package).addHandler(logging.NullHandler())

    @click.group(vendor.name, help=f"The {vendor.title} API. {vendor.environment}")
    @click.option(
        "--region",
        type=click.Choice(list(vendor.servers)),
        metavar="REGION",
        help=f"A deployment by name: {', '.join(vendor.servers)}.",
    )
    @click.option("--base-url", help="Any other server (https, or http on loopback).")
    @click.option("--timeout", type=float, help="Seconds per request (default: the client's, 60).")
    @click.option(
        "--max-retries", type=int, help="Retries of transient failures per request (default: the client's, 2)."
    )
    def group(**settings: Any) -> None:
        current = session()
        current.vendor = vendor
        current.settings = {key: value for key, value in settings.items() if value is not None}

    groups = operation_groups(vendor)
    CONVENIENCES[vendor.name](vendor, groups)
    for name in sorted(groups):
        group.add_command(groups[name])
    return group


for _vendor in VENDORS:
    cli.add_command(_vendor_group(_vendor))
