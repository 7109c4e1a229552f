# Copied from scripts/mock/run_results.py by "make generate". DO NOT EDIT here: edit scripts/mock/run_results.py.
"""Per-node results of a run that has ended (`GET /api/v1/runs/{runID}/results`), as hand-written facts fitted to the
spec's `RunResult` schema (`conform.py`).

A run has one result per node (`runDetails.nodesInRun`, or NODES_PER_RUN). In a run that failed, one node failed
(its query has `success: false` and an `error`), the nodes before it completed and the ones after it were skipped
(no queries ran); every node of a completed run completed. A canceled run, or one that has not ended, has no
results yet.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from synq_coalesce_mock._mock.conform import conform
from synq_coalesce_mock._mock.store import Record
from synq_coalesce_mock._spec.model import Spec

NODE_NAMES = ("STG_CUSTOMERS", "STG_ORDERS", "STG_PAYMENTS", "DIM_CUSTOMERS", "FCT_ORDERS", "FCT_PAYMENTS")
NODES_PER_RUN = 5
SECONDS_PER_NODE = 1.5
STATES = {"done": "complete", "failed": "error", "skipped": "skipped"}  # the docs' runState words


def node_count(record: Record) -> int:
    count = record.get("runDetails", {}).get("nodesInRun")
    return count if isinstance(count, int) and count > 0 else NODES_PER_RUN


def failed_node(record: Record) -> int:
    """Which node fails in a run that failed: the same one every time the run is read."""
    return int(record["id"]) % node_count(record)


def node_results(spec: Spec, location: str, record: Record, *, failed: bool) -> list[Any]:
    """The results of an ended run `record` (`failed`: it ended in failure), each fitted to the schema at
    `location` (a `RunResult`)."""
    count = node_count(record)
    failing = failed_node(record) if failed else count
    start = _instant(record.get("runStartTime"))
    results = []
    for index in range(count):
        state = "done" if index < failing else "failed" if index == failing else "skipped"
        fact: Record = {
            "nodeID": str(uuid.uuid5(uuid.NAMESPACE_URL, f"mock-run-{record['id']}-node-{index}")),
            "name": node_name(index),
            "isRunning": False,
            "runState": STATES[state],
            "queryResults": [] if state == "skipped" else [_query(node_name(index), start, index, state)],
        }
        results.append(conform(spec, location, fact))
    return results


def node_name(index: int) -> str:
    """`STG_CUSTOMERS`, ..., then `STG_CUSTOMERS_6`, ... (unique within a run)."""
    name = NODE_NAMES[index % len(NODE_NAMES)]
    return name if index < len(NODE_NAMES) else f"{name}_{index}"


def _query(node: str, start: dt.datetime | None, index: int, state: str) -> Record:
    table = node.split("_", 1)[-1]
    query: Record = {
        "isRunning": False,
        "name": "Create Table" if state == "done" else "Insert Data",
        "sql": f'CREATE OR REPLACE TABLE "ANALYTICS"."{node}" AS SELECT * FROM "RAW"."{table}"',
        "status": "Success" if state == "done" else "Failed",
        "success": state == "done",
    }
    if start is not None:
        query["startTime"] = start + dt.timedelta(seconds=index * SECONDS_PER_NODE)
        query["endTime"] = start + dt.timedelta(seconds=(index + 1) * SECONDS_PER_NODE)
    if state == "done":
        query["rowsInserted"] = 100 * (index + 1)
    else:
        query["error"] = {
            "errorString": f"SQL compilation error: Object 'RAW.{table}' does not exist.",
            "errorDetail": f"Node {node} failed; the nodes after it were skipped.",
        }
    return query


def _instant(value: Any) -> dt.datetime | None:
    if isinstance(value, str):
        try:
            return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
    return None
