# Copied from scripts/mock/run_statuses.py by "make generate". DO NOT EDIT here: edit scripts/mock/run_statuses.py.
"""The Coalesce run statuses the mock's lifecycle moves through, read from the spec.

Which statuses end a run and which of those is a success are the spec's marks (`x-final-values`, `x-success-values`
on `RunStatus`, overlays/coalesce.overlay.yaml). The lifecycle names three more, each by its meaning in the vendor's
docs: the status of a run that has not started (`waitingToRun`), of one that is executing (`running`), and of one
that was stopped (`canceled`); the spec must list them, or the mock refuses to start.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from synq_coalesce_mock._spec.document import SpecError
from synq_coalesce_mock._spec.model import Spec
from synq_coalesce_mock._spec.values import enum_values

FINAL_VALUES = "x-final-values"
SUCCESS_VALUES = "x-success-values"
WAITING = "waitingToRun"
RUNNING = "running"
CANCELED = "canceled"


@dataclass(frozen=True)
class Outcomes:
    """The status of a started run in each phase of the mock's lifecycle."""

    waiting: Any
    running: Any
    completed: Any
    failed: Any
    canceled: Any


@dataclass(frozen=True)
class RunStatuses:
    values: tuple[Any, ...]  # every value of the enum, in the spec's order
    final: tuple[Any, ...]
    success: tuple[Any, ...]

    @classmethod
    def at(cls, spec: Spec, location: str) -> RunStatuses:
        """The statuses of the `RunStatus` schema at `location`."""
        marks = spec.follow(location)[1]
        final, success = marks.get(FINAL_VALUES, ()), marks.get(SUCCESS_VALUES, ())
        return cls(tuple(enum_values(spec, location)), tuple(final), tuple(success))

    @property
    def failures(self) -> list[Any]:
        """The final statuses that are not a success, in the spec's order."""
        return [status for status in self.final if status not in self.success]

    def outcomes(self) -> Outcomes:
        """The lifecycle's statuses: a run succeeds with the first success value, fails with the last failure that
        is not `canceled`; SpecError when the spec lacks one."""
        return Outcomes(
            waiting=_one([value for value in self.values if value == WAITING], repr(WAITING)),
            running=_one([value for value in self.values if value == RUNNING], repr(RUNNING)),
            completed=_one(self.success[:1], "success value (x-success-values)"),
            failed=_one([status for status in self.failures if status != CANCELED][-1:], "failure status"),
            canceled=_one([value for value in self.failures if value == CANCELED], f"final status {CANCELED!r}"),
        )


def _one(found: Sequence[Any], what: str) -> Any:
    if not found:
        raise SpecError(f"RunStatus has no {what}: the mock's run lifecycle needs it")
    return found[0]
