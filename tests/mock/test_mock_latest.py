"""The mock's GetLatestExecutions semantics (`handlers.get_latest_executions`): per requested entity, the latest of the
executions whose `entities` hold it, filtered by status and type; entities without one are left out."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from scripts.mock.app import create_app
from scripts.mock.seeds import seed_records
from scripts.mock.store import SeededStore
from scripts.spec.model import Spec
from scripts.spec.values import enum_values, operation, success_schema, walk

from .client import TOKEN, send

PATH = "/api/executions/v2/latest"


def latest(app: Any, body: dict[str, Any]) -> dict[str, Any]:
    response = send(app, "POST", PATH, json=body)
    assert response.status_code == 200, response.text
    answer: dict[str, Any] = response.json().get("latestExecutions", {})
    return answer


@pytest.fixture(scope="module")
def story(synq_spec: Spec) -> dict[str, Any]:
    """Executions of one entity at three moments, with the spec's statuses and types: the latest is a failure; a
    later one only targets the entity; another entity's execution is the latest of all."""
    seeds = seed_records(synq_spec)
    execution = walk(synq_spec, success_schema(synq_spec, operation(synq_spec, "POST", PATH)), "properties")
    execution = walk(synq_spec, execution, "latestExecutions", "additionalProperties")
    statuses = enum_values(synq_spec, walk(synq_spec, execution, "properties", "status"))
    types = enum_values(synq_spec, walk(synq_spec, execution, "properties", "executionType"))
    with_entities = [record for record in seeds.values() if record.get("entities")]
    entity, other = with_entities[0]["entities"][0], with_entities[1]["entities"][0]
    base = {key: value for key, value in with_entities[0].items() if key not in ("targets", "targetsSynqPaths")}

    def run(key: str, hour: int, status: Any, execution_type: Any, **fields: Any) -> dict[str, Any]:
        moment = f"2026-03-0{hour}T10:00:00Z"
        return (
            copy.deepcopy(base)
            | {"id": key, "status": status, "executionType": execution_type}
            | {"createdAt": moment, "startedAt": moment, "entities": [entity], **fields}
        )

    records = {
        "early": run("early", 1, statuses[-1], types[-1]),
        "late": run("late", 3, statuses[-2], types[-2]),
        "middle": run("middle", 2, statuses[-1], types[-1]),
        "targets-only": run("targets-only", 5, statuses[-1], types[-1], entities=[other], targets=[entity]),
    }
    app = create_app("synq", token=TOKEN, spec=synq_spec, store=SeededStore(records))
    return {"app": app, "entity": entity, "other": other, "records": records, "statuses": statuses, "types": types}


def ids(answer: dict[str, Any]) -> list[str]:
    return sorted(execution["id"] for execution in answer.values())


def test_the_latest_execution_of_the_entity_is_returned(story: dict[str, Any]) -> None:
    answer = latest(story["app"], {"entityIds": [story["entity"]]})
    assert ids(answer) == ["late"]  # not the later one that only targets it
    assert list(answer.values()) == [story["records"]["late"]]


def test_the_status_and_type_filters_pick_the_latest_matching_one(story: dict[str, Any]) -> None:
    statuses, types = story["statuses"], story["types"]
    assert ids(latest(story["app"], {"entityIds": [story["entity"]], "statuses": [statuses[-1]]})) == ["middle"]
    assert ids(latest(story["app"], {"entityIds": [story["entity"]], "executionTypes": [types[-1]]})) == ["middle"]
    both = {"entityIds": [story["entity"]], "statuses": [statuses[-2]], "executionTypes": [types[-1]]}
    assert latest(story["app"], both) == {}


def test_each_entity_gets_its_own_key_and_unknown_entities_are_left_out(story: dict[str, Any]) -> None:
    nobody = {"custom": {"id": "no-such-entity"}}
    answer = latest(story["app"], {"entityIds": [story["entity"], story["other"], nobody]})
    assert ids(answer) == ["late", "targets-only"]
    assert len(set(answer)) == 2


def test_a_store_that_cannot_list_answers_from_the_spec(synq_spec: Spec) -> None:
    class GetOnly:
        def get(self, key: object) -> None:
            return None

    app = create_app("synq", token=TOKEN, spec=synq_spec, store=GetOnly())
    response = send(app, "POST", PATH, json={"entityIds": [{"custom": {"id": "x"}}]})
    assert response.status_code == 200
    schema = success_schema(synq_spec, operation(synq_spec, "POST", PATH))
    assert synq_spec.validator(schema).is_valid(response.json())
