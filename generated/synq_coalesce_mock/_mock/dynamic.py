# Copied from scripts/mock/dynamic.py by "make generate". DO NOT EDIT here: edit scripts/mock/dynamic.py.
"""Schema-valid response bodies on demand: the static one, or one generated from a seed (`Prefer: dynamic=true`).

Both are checked against the spec before they are returned, so a body from here is valid by construction;
a schema the builder cannot satisfy raises `NoValidBody` (a mock bug that the tests catch), never
an invalid body.
"""

from __future__ import annotations

import random
from typing import Any

from synq_coalesce_mock._mock.instances import InstanceBuilder, TooDeep
from synq_coalesce_mock._spec.model import Spec

ATTEMPTS = 50


class NoValidBody(RuntimeError):
    """The builder found no instance that the schema accepts (a mock bug: the tests catch it)."""


def static_body(spec: Spec, location: str) -> Any:
    """The deterministic instance of the schema at `location` (first examples, enum members, branches)."""
    try:
        candidate = InstanceBuilder(spec).build(location)
    except TooDeep:
        return generated_body(spec, location, seed=0)
    return candidate if spec.validator(location).is_valid(candidate) else generated_body(spec, location, seed=0)


def generated_body(spec: Spec, location: str, *, seed: int) -> Any:
    """A random instance of the schema at `location`; the same seed always gives the same body."""
    rng = random.Random(seed)
    validator = spec.validator(location)
    for _ in range(ATTEMPTS):
        try:
            candidate = InstanceBuilder(spec, rng).build(location)
        except TooDeep:
            continue
        if validator.is_valid(candidate):
            return candidate
    raise NoValidBody(f"no valid instance of {location} after {ATTEMPTS} attempts (seed {seed})")
