"""`latest_executions` (sync and async) against respx: how SYNQ's answer is matched back to the requested entities,
and the argument checks that stop a call before anything is sent."""

from __future__ import annotations

import json
import ssl
from typing import Any

import pytest
import respx
from synq_client import AsyncSynqClient, LatestExecutions, RequestValidationError, SynqClient
from synq_client.models import DbtCoreNodeIdentifier, ExecutionStatus, IdentifierDbtCoreNode

BASE = "https://developer.synq.io"
PATH = "/api/executions/v2/latest"
TOKEN = "synq-SECRET-token-0123456789"
TLS = ssl.create_default_context()

MODEL = {"dbtCoreNode": {"integrationId": "project", "nodeId": "model.shop.orders"}}
TEST = {"dbtCoreNode": {"integrationId": "project", "nodeId": "test.shop.orders_not_null"}}
TABLE = {"bigqueryTable": {"project": "p", "dataset": "shop", "table": "orders"}}


def execution(key: str, entity: dict[str, Any], started: str, **fields: Any) -> dict[str, Any]:
    return {"id": key, "entities": [entity], "startedAt": started, **fields}


async def latest(mode: str, entities: Any, **kwargs: Any) -> LatestExecutions:
    if mode == "sync":
        with SynqClient(TOKEN, verify_ssl=TLS, max_retries=0) as client:
            return client.latest_executions(entities, **kwargs)
    async with AsyncSynqClient(TOKEN, verify_ssl=TLS, max_retries=0) as aclient:
        return await aclient.latest_executions(entities, **kwargs)


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def router() -> Any:
    with respx.mock(base_url=BASE, assert_all_called=False) as mock:
        yield mock


@pytest.mark.asyncio
async def test_executions_are_matched_by_their_entities_not_by_the_vendors_key(mode: str, router: Any) -> None:
    answer = {
        "whatever-key-1": execution("e-test", TEST, "2026-03-01T10:00:00Z"),
        "whatever-key-2": execution("e-model", MODEL, "2026-03-02T10:00:00Z", status="EXECUTION_STATUS_ERROR"),
        "resolved-elsewhere": execution("e-other", {"custom": {"id": "x"}}, "2026-03-03T10:00:00Z"),
    }
    route = router.post(PATH).respond(200, json={"latestExecutions": answer})
    model = IdentifierDbtCoreNode(DbtCoreNodeIdentifier(integration_id="project", node_id="model.shop.orders"))
    found = await latest(mode, [model, TEST, TABLE, MODEL], statuses=["EXECUTION_STATUS_ERROR"])
    assert json.loads(route.calls.last.request.content) == {
        "entityIds": [MODEL, TEST, TABLE],  # de-duplicated, in the order asked
        "statuses": ["EXECUTION_STATUS_ERROR"],
    }
    assert [entity.to_dict() for entity in found] == [MODEL, TEST]
    assert found[model].id == "e-model" and found[MODEL].status is ExecutionStatus.EXECUTION_STATUS_ERROR
    assert found[TEST].id == "e-test"
    assert TABLE not in found and [entity.to_dict() for entity in found.missing] == [TABLE]
    assert {key: value.id for key, value in found.unmatched.items()} == {"resolved-elsewhere": "e-other"}
    assert repr(found) == "LatestExecutions(<2 found>, missing=<1 entities>, unmatched=<1 executions>)"


@pytest.mark.asyncio
async def test_of_two_executions_for_one_entity_the_later_one_wins(mode: str, router: Any) -> None:
    answer = {
        "a": execution("later", MODEL, "2026-03-02T10:00:00Z"),
        "b": execution("earlier", MODEL, "2026-03-01T10:00:00Z"),
        "c": {"id": "created-latest", "entities": [MODEL], "createdAt": "2026-03-04T10:00:00Z"},
    }
    router.post(PATH).respond(200, json={"latestExecutions": answer})
    assert (await latest(mode, [MODEL]))[MODEL].id == "created-latest"


@pytest.mark.asyncio
async def test_an_empty_answer_leaves_every_entity_missing(mode: str, router: Any) -> None:
    router.post(PATH).respond(200, json={})
    found = await latest(mode, [MODEL, TEST])
    assert len(found) == 0 and [entity.to_dict() for entity in found.missing] == [MODEL, TEST]


BAD_CALLS = [
    ("entities", "abc", {}),
    ("entities", MODEL, {}),
    ("entities", IdentifierDbtCoreNode(DbtCoreNodeIdentifier()), {}),
    ("entities", [1], {}),
    ("entities", [{"dbtCoreNode": "not an object"}], {}),
    ("body.entityIds[0]", [{"lakehouseTable": {}}], {}),
    ("statuses", [MODEL], {"statuses": "EXECUTION_STATUS_OK"}),
    ("body.statuses[0]", [MODEL], {"statuses": ["EXECUTION_STATUS_SKIPPED"]}),
    ("execution_types", [MODEL], {"execution_types": [None]}),
]


@pytest.mark.asyncio
@pytest.mark.parametrize(("field", "entities", "kwargs"), BAD_CALLS)
async def test_bad_arguments_are_refused_before_anything_is_sent(
    mode: str, router: Any, field: str, entities: Any, kwargs: dict[str, Any]
) -> None:
    route = router.post(PATH).respond(200, json={})
    with pytest.raises(RequestValidationError) as caught:
        await latest(mode, entities, **kwargs)
    assert caught.value.field == field or str(caught.value).startswith(field), str(caught.value)
    assert not route.called


@pytest.mark.asyncio
async def test_no_entities_sends_nothing(mode: str, router: Any) -> None:
    route = router.post(PATH).respond(200, json={})
    found = await latest(mode, [])
    assert (len(found), found.missing, found.unmatched, route.called) == (0, [], {}, False)
