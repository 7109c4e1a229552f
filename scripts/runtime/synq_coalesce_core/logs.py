"""The clients' log level from the environment: `SYNQ_COALESCE_LOG=debug|info|warning`, as `OPENAI_LOG` and
`STRIPE_LOG` do for their SDKs. Each client package logs under its own name (`synq_client`, `coalesce_client`).

- warning: a call that finally failed (after its retries), a batch `get_executions` collected as failed.
- info: also each retry, and `wait_for_run`'s progress.
- debug: also every attempt (method, URL, status, time).

No line holds a header, a body or a credential (`sending`, `exceptions.scrubbed`).
"""

from __future__ import annotations

import logging
import os
import warnings
from typing import Final

__all__ = ["LOG_ENV", "configure_from_environment"]

LOG_ENV: Final = "SYNQ_COALESCE_LOG"
LEVELS: Final = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING}
FORMAT: Final = "[%(asctime)s %(name)s %(levelname)s] %(message)s"


def configure_from_environment(logger: logging.Logger) -> None:
    """Set `logger`'s level from `$SYNQ_COALESCE_LOG` (unset or empty: leave it alone). So that the lines show in a
    plain script, `logging.basicConfig` gives the root logger a stderr handler when it has none; a host that set up
    logging itself (Airflow, pytest) keeps its handlers and gets the lines through them."""
    value = os.environ.get(LOG_ENV, "").strip().lower()
    if not value:
        return
    level = LEVELS.get(value)
    if level is None:
        warnings.warn(f"{LOG_ENV}={value!r} is not one of {', '.join(LEVELS)}: ignored", RuntimeWarning, stacklevel=2)
        return
    logging.basicConfig(format=FORMAT)
    logger.setLevel(level)
