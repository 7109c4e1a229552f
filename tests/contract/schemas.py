"""schemathesis schemas loaded from the effective specs, configured the same way for every target."""

from __future__ import annotations

import pickle
from functools import lru_cache
from pathlib import Path
from typing import Any

import schemathesis
from schemathesis import BaseSchema
from schemathesis.openapi.loaders import ContentType, load_content

from scripts.spec.document import effective_spec_path

from .budget import scaled

Case = schemathesis.Case[Any]
TOKEN = "contract-token"
MAX_EXAMPLES = scaled(25)  # fuzzing examples per operation; the examples and coverage phases add their own cases
SEED = 4010  # explicit, so the generated cases do not depend on the test function's code (as derandomize's do)


@lru_cache(maxsize=8)
def _parsed(text: str) -> bytes:
    return pickle.dumps(load_content(text, ContentType.YAML), protocol=pickle.HIGHEST_PROTOCOL)


def spec_schema(path: Path) -> BaseSchema:
    """`schemathesis.openapi.from_path(path)`, its parse (schemathesis' own YAML loader) kept per file content:
    every test module that builds a schema at collection reads the same two specs, and every pytest-xdist worker
    collects them all. Each call gets its own copy of the document."""
    schema = schemathesis.openapi.from_dict(pickle.loads(_parsed(path.read_text(encoding="utf-8"))))
    schema.location = path.absolute().as_uri()
    return schema


def load_schema(
    vendor: str, *, app: Any = None, token: str = TOKEN, max_examples: int = MAX_EXAMPLES, path: Path | None = None
) -> BaseSchema:
    """The vendor's effective spec (or the one at `path`) as a schemathesis schema: bearer token, both modes,
    deterministic data.

    With `app` the cases run in-process through the ASGI transport; without it, callers pass `base_url`.
    """
    schema = spec_schema(path or effective_spec_path(vendor))
    schema.config.update(headers={"Authorization": f"Bearer {token}"})
    schema.config.generation.update(deterministic=True, max_examples=max_examples, database="none")
    schema.config.seed = SEED
    if app is not None:
        schema.app = app
    return schema
