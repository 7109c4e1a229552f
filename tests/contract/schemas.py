"""schemathesis schemas loaded from the effective specs, configured the same way for every target."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import schemathesis
from schemathesis import BaseSchema

from scripts.spec.document import effective_spec_path

from .budget import scaled

Case = schemathesis.Case[Any]
TOKEN = "contract-token"
MAX_EXAMPLES = scaled(25)  # fuzzing examples per operation; the examples and coverage phases add their own cases
SEED = 4010  # explicit, so the generated cases do not depend on the test function's code (as derandomize's do)


def load_schema(
    vendor: str, *, app: Any = None, token: str = TOKEN, max_examples: int = MAX_EXAMPLES, path: Path | None = None
) -> BaseSchema:
    """The vendor's effective spec (or the one at `path`) as a schemathesis schema: bearer token, both modes,
    deterministic data.

    With `app` the cases run in-process through the ASGI transport; without it, callers pass `base_url`.
    """
    schema = schemathesis.openapi.from_path(path or effective_spec_path(vendor))
    schema.config.update(headers={"Authorization": f"Bearer {token}"})
    schema.config.generation.update(deterministic=True, max_examples=max_examples, database="none")
    schema.config.seed = SEED
    if app is not None:
        schema.app = app
    return schema
