# Copied from scripts/spec/idempotency.py by "make generate". DO NOT EDIT here: edit scripts/spec/idempotency.py.
"""Which operations may be sent twice: the one reader of `x-idempotency-level` for the tools.

The vocabulary is the proto option's (`option idempotency_level = ...`): NO_SIDE_EFFECTS (reading only; the drift
alarm may send it to a live server), IDEMPOTENT (a second identical call changes nothing more) and
IDEMPOTENCY_UNKNOWN (each call may act again: starting a run). An operation without the extension gets its HTTP
method's meaning: GET, HEAD, OPTIONS and TRACE read only; PUT and DELETE are idempotent; POST and PATCH are not known
to be. The code generator writes the same level into each generated `Operation` for the client's retries.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from synq_coalesce_mock._spec.document import SpecError

__all__ = ["EXTENSION", "IDEMPOTENCY_UNKNOWN", "IDEMPOTENT", "LEVELS", "NO_SIDE_EFFECTS", "idempotency_level"]

EXTENSION = "x-idempotency-level"
NO_SIDE_EFFECTS = "NO_SIDE_EFFECTS"
IDEMPOTENT = "IDEMPOTENT"
IDEMPOTENCY_UNKNOWN = "IDEMPOTENCY_UNKNOWN"
LEVELS = (NO_SIDE_EFFECTS, IDEMPOTENT, IDEMPOTENCY_UNKNOWN)
_BY_METHOD = {"GET": NO_SIDE_EFFECTS, "HEAD": NO_SIDE_EFFECTS, "OPTIONS": NO_SIDE_EFFECTS, "TRACE": NO_SIDE_EFFECTS}
_BY_METHOD |= {"PUT": IDEMPOTENT, "DELETE": IDEMPOTENT}


def idempotency_level(method: str, operation: Mapping[str, Any]) -> str:
    """The level of the operation object `operation` sent with HTTP `method`: its `x-idempotency-level`, else the
    method's (POST, PATCH and any other method: IDEMPOTENCY_UNKNOWN)."""
    level = operation.get(EXTENSION)
    if level is None:
        return _BY_METHOD.get(method.upper(), IDEMPOTENCY_UNKNOWN)
    if level not in LEVELS:
        raise SpecError(f"{EXTENSION} must be one of {', '.join(LEVELS)}, got {level!r}")
    return str(level)
