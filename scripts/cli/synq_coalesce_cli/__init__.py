"""`synq-coalesce`: the SYNQ and Coalesce clients on the command line, for CI jobs.

    synq-coalesce coalesce runs get-run 42          # every operation of the spec, as `<vendor> <tag> <operation>`
    synq-coalesce coalesce runs wait 42             # and the conveniences: exit 1 when the run fails

Credentials and servers come from the clients' own environment variables (`COALESCE_TOKEN`, `SYNQ_TOKEN`, ...).
Results go to stdout as JSON; errors and progress to stderr. Exit codes: 0 success, 1 the run failed (or was still
going when the wait ended), 2 bad usage (a bad argument, a missing credential), 3 an API error.
Needs the `cli` extra: `pip install 'synq-coalesce-clients[cli]'`.
"""

from __future__ import annotations

import sys

USAGE_ERROR = 2


def main() -> None:
    """The `synq-coalesce` console script."""
    try:
        import click  # noqa: F401
    except ImportError:
        print("synq-coalesce needs click: pip install 'synq-coalesce-clients[cli]'", file=sys.stderr)
        raise SystemExit(USAGE_ERROR) from None
    from .app import cli

    cli.main(prog_name="synq-coalesce")
