# Copied from scripts/mock/lifecycle.py by "make generate". DO NOT EDIT here: edit scripts/mock/lifecycle.py.
"""The Coalesce run lifecycle: the mock's runs as they start, progress on the mock's clock, and end.

`RunBook` is the Coalesce mock's store: the seeded runs (`seeds.py`, fixed history: they never change), plus the
runs started (`start`) or re-run (`rerun`) through the mock. A started run is `waitingToRun` for `waiting` seconds
of the mock's clock, then `running` for `running` seconds, then ends: failed when its job ID starts with
FAILING_JOB_PREFIX (`"fail"`, any case), completed otherwise; a re-run always completes. `cancel` ends a run that
has not ended as `canceled`. The statuses that end a run and the one that is a success are the spec's marks
(`run_statuses.py`); every record is fitted to the spec's `Run` schema (`conform.py`) each time it is read, so its
JSON types follow the spec.

The clock is a function returning epoch seconds (default `time.time`); tests pass a manual one and never sleep.
"""

from __future__ import annotations

import copy
import datetime as dt
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from synq_coalesce_mock._mock.conform import conform
from synq_coalesce_mock._mock.run_results import NODES_PER_RUN
from synq_coalesce_mock._mock.run_statuses import RunStatuses
from synq_coalesce_mock._mock.seeds import COALESCE_OPERATION, details_branch
from synq_coalesce_mock._mock.store import Record
from synq_coalesce_mock._spec.model import Spec
from synq_coalesce_mock._spec.values import operation, success_schema, walk

Clock = Callable[[], float]
FAILING_JOB_PREFIX = "fail"
DEFAULT_WAITING = 1.0
DEFAULT_RUNNING = 2.0
STARTED_BY = "mock-api-user"
REFRESH = "refresh"  # the run type of every run the scheduler starts (startRun and rerun start refreshes)


class LifecycleError(Exception):
    """A request the lifecycle refuses: `missing` when the run does not exist (the app answers 404 where the
    operation documents it), else the run cannot do what was asked (400)."""

    def __init__(self, message: str, *, missing: bool = False) -> None:
        super().__init__(message)
        self.missing = missing


@dataclass
class _Started:
    """A run started through the mock: what it was asked to do, and when."""

    record: Record  # everything but the parts that change with time
    created: float
    fails: bool
    canceled_at: float | None = None
    shown: tuple[Any, Record] | None = None  # (status, the record fitted to the spec): fitted once per status


@dataclass
class RunBook:
    spec: Spec
    seeded: Mapping[int, Record]
    clock: Clock = time.time
    waiting: float = DEFAULT_WAITING
    running: float = DEFAULT_RUNNING
    _started: dict[int, _Started] = field(default_factory=dict, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def __post_init__(self) -> None:
        self.run_schema = walk(self.spec, success_schema(self.spec, operation(self.spec, *COALESCE_OPERATION)))
        self.statuses = RunStatuses.at(self.spec, walk(self.spec, self.run_schema, "properties", "runStatus"))
        self.outcomes = self.statuses.outcomes()
        self.refresh_details = details_branch(self.spec, self.run_schema, REFRESH)

    # ------------------------------------------------------------ reading

    def get(self, key: int) -> Record | None:
        """The run as it is now on the mock's clock (the `Store` protocol)."""
        with self._lock:
            started = self._started.get(key)
            if started is not None:
                return self._current(started, self.clock())
        seeded = self.seeded.get(key)
        return None if seeded is None else copy.deepcopy(seeded)

    @property
    def records(self) -> dict[int, Record]:
        """Every run, seeded and started, by ID in ID order, as it is now (like `SeededStore.records`)."""
        now = self.clock()
        with self._lock:
            started = {key: self._current(run, now) for key, run in self._started.items()}
        return {
            key: started[key] if key in started else copy.deepcopy(self.seeded[key])
            for key in sorted({*self.seeded, *started})
        }

    def ended(self, record: Record) -> bool:
        return record.get("runStatus") in self.statuses.final

    def failed(self, record: Record) -> bool:
        """Whether the run ended in failure (not a success, and not canceled)."""
        return self.ended(record) and record.get("runStatus") not in (*self.statuses.success, self.outcomes.canceled)

    # ------------------------------------------------------------ changing

    def start(
        self,
        run_details: Mapping[str, Any],
        *,
        user_credentials: Mapping[str, Any] | None = None,
        parameters: Any = None,
    ) -> int:
        """Start a refresh of `run_details` (the startRun body's); its run ID."""
        job = run_details.get("jobID")
        details = {key: value for key, value in run_details.items() if key != "forceIgnoreWorkspaceStatus"}
        details.setdefault("parallelism", 16)
        record: Record = {
            "runDetails": conform(self.spec, self.refresh_details, details | {"nodesInRun": NODES_PER_RUN}),
            "runTimeParameters": parameters if isinstance(parameters, dict) else {},
        }
        if user_credentials:
            record["userCredentials"] = _public_credentials(user_credentials)
        fails = job is not None and str(job).lower().startswith(FAILING_JOB_PREFIX)
        return self._add(record, fails=fails)

    def rerun(self, run_id: int) -> int:
        """Re-run a failed refresh: a new run that completes, with `reRunID` pointing at `run_id`."""
        original = self.get(run_id)
        if original is None:
            raise LifecycleError(f"Run {run_id} was not found.", missing=True)
        status = original.get("runStatus")
        if original.get("runType") != REFRESH or status not in self.statuses.failures:
            raise LifecycleError(
                f"Run {run_id} is a {original.get('runType')} run that is {status!r}; only a "
                "refresh that failed or was canceled can be re-run."
            )
        details = {key: value for key, value in original["runDetails"].items() if key != "canceled"}
        record: Record = {
            "runDetails": details,
            "runTimeParameters": original.get("runTimeParameters", {}),
            "reRunID": run_id,
        }
        if "userCredentials" in original:
            record["userCredentials"] = original["userCredentials"]
        return self._add(record, fails=False)

    def cancel(self, run_id: int) -> None:
        """Stop a run started through the mock that has not ended; it ends `canceled` now."""
        now = self.clock()
        with self._lock:
            started = self._started.get(run_id)
            if started is None:
                if run_id in self.seeded:
                    raise LifecycleError(
                        f"Run {run_id} is one of the mock's seeded runs, which never change; start a run to cancel it."
                    )
                raise LifecycleError(f"Run {run_id} was not found.", missing=True)
            status = self._current(started, now)["runStatus"]
            if status in self.statuses.final:
                raise LifecycleError(f"Run {run_id} already ended {status!r}.")
            started.canceled_at = now

    def _add(self, record: Record, *, fails: bool) -> int:
        with self._lock:
            run_id = max([0, *self.seeded, *self._started]) + 1
            record = {"id": run_id, "runType": REFRESH, "userID": STARTED_BY, "version": 1, **record}
            self._started[run_id] = _Started(record, self.clock(), fails)
        return run_id

    # ------------------------------------------------------------ time

    def _current(self, started: _Started, now: float) -> Record:
        """The run at `now`, fitted to the spec (once per status it reaches: nothing else changes with time)."""
        begins = started.created + self.waiting
        ends = begins + self.running
        canceled = False
        if started.canceled_at is not None and started.canceled_at < ends:
            status, ends, canceled = self.outcomes.canceled, started.canceled_at, True
        elif now < begins:
            status = self.outcomes.waiting
        elif now < ends:
            status = self.outcomes.running
        else:
            status = self.outcomes.failed if started.fails else self.outcomes.completed
        if started.shown is not None and started.shown[0] == status:
            return copy.deepcopy(started.shown[1])
        record = copy.deepcopy(started.record)
        if canceled:
            record["runDetails"]["canceled"] = True
        record["runStatus"] = status
        if min(now, ends) >= begins:
            record["runStartTime"] = _moment(begins)
        if status in self.statuses.final:
            record["runEndTime"] = _moment(ends)
        started.shown = (status, dict(conform(self.spec, self.run_schema, record)))
        return copy.deepcopy(started.shown[1])


def _moment(seconds: float) -> dt.datetime:
    return dt.datetime.fromtimestamp(seconds, dt.UTC)


def _public_credentials(credentials: Mapping[str, Any]) -> Record:
    """What a run shows of the credentials it was started with: who and where, never a password or key."""
    shown = ("snowflakeAccount", "snowflakeUsername", "snowflakeRole", "snowflakeWarehouse", "snowflakeAuthType")
    return {key: credentials[key] for key in shown if key in credentials}
