"""`.error` is typed per client (issue 14.3): each package's status errors are its own subclasses of the shared ones,
raised by the send loop, so `except synq_client.NotFoundError` catches a SYNQ 404 with `.error` an `RpcStatus`, and
one `except APIError` still catches both clients. mypy --strict sees the same types without an isinstance: typed_errors_usage.py."""

from __future__ import annotations

import coalesce_client
import httpx
import pytest
import respx
import synq_client
from coalesce_client.models import ErrorResponse
from synq_client.models import BatchGetExecutionsRequest, RpcStatus
from synq_coalesce_core import exceptions as core

TOKEN = "typed-errors-token"
SYNQ = "https://developer.synq.io"
COALESCE = "https://app.coalescesoftware.io"
BODY = BatchGetExecutionsRequest(execution_ids=["e1"])


def synq_call(client_id: str | None = None, client_secret: str | None = None) -> None:
    token = None if client_id else TOKEN
    with synq_client.SynqClient(token, client_id=client_id, client_secret=client_secret, max_retries=0) as synq:
        synq.batch_get_executions(body=BODY)


def coalesce_call() -> None:
    with coalesce_client.CoalesceClient(TOKEN, max_retries=0) as coalesce:
        coalesce.get_run(7)


def test_a_synq_404_is_synq_clients_not_found_error_with_an_rpc_status() -> None:
    with respx.mock:
        respx.post(f"{SYNQ}/api/executions/v2/by-id").respond(404, json={"code": 5, "message": "no such thing"})
        with pytest.raises(synq_client.NotFoundError) as caught:
            synq_call()
    error = caught.value
    assert isinstance(error, core.NotFoundError)
    assert isinstance(error, synq_client.APIStatusError)
    assert not isinstance(error, coalesce_client.APIStatusError)
    assert isinstance(error.error, RpcStatus)
    assert error.error.message == "no such thing"


def test_a_coalesce_503_is_coalesce_clients_error_with_an_error_response() -> None:
    body = {"error": {"errorString": "down for maintenance"}}
    with respx.mock:
        respx.get(f"{COALESCE}/api/v1/runs/7").respond(503, json=body)
        with pytest.raises(coalesce_client.ServiceUnavailableError) as caught:
            coalesce_call()
    error = caught.value
    assert isinstance(error, coalesce_client.InternalServerError)
    assert isinstance(error, core.ServiceUnavailableError)
    assert not isinstance(error, synq_client.APIStatusError)
    assert isinstance(error.error, ErrorResponse)
    assert error.error.error.error_string == "down for maintenance"


def test_an_error_body_that_is_not_the_declared_model_leaves_error_none() -> None:
    with respx.mock:
        respx.get(f"{COALESCE}/api/v1/runs/7").respond(502, text="<html>bad gateway</html>")
        with pytest.raises(coalesce_client.BadGatewayError) as caught:
            coalesce_call()
    assert caught.value.error is None
    assert caught.value.text == "<html>bad gateway</html>"


@pytest.mark.parametrize(("status", "name"), [(520, "UnexpectedServerStatusError"), (418, "UnexpectedStatusError")])
def test_every_status_maps_to_the_vendors_class(status: int, name: str) -> None:
    with respx.mock:
        respx.post(f"{SYNQ}/api/executions/v2/by-id").respond(status, json={"message": "odd"})
        with pytest.raises(core.APIStatusError) as caught:
            synq_call()
    assert type(caught.value) is getattr(synq_client, name)


def test_one_except_api_error_catches_both_clients() -> None:
    assert synq_client.APIError is coalesce_client.APIError is core.APIError
    caught: list[type[core.APIError]] = []
    with respx.mock:
        respx.post(f"{SYNQ}/api/executions/v2/by-id").respond(401, json={"code": 16, "message": "bad token"})
        respx.get(f"{COALESCE}/api/v1/runs/7").respond(401, json={"error": {"errorString": "bad token"}})
        for call in (synq_call, coalesce_call):
            try:
                call()
            except core.APIError as error:
                caught.append(type(error))
    assert caught == [synq_client.AuthenticationError, coalesce_client.AuthenticationError]


def test_an_oauth2_rejection_is_synq_clients_authentication_error() -> None:
    with respx.mock:
        respx.post(f"{SYNQ}/oauth2/token").respond(401, json={"error": "invalid_client"})
        with pytest.raises(synq_client.AuthenticationError) as caught:
            synq_call(client_id="me", client_secret="not-a-secret-0123456789")
    assert caught.value.error is None  # the token endpoint's body is not the spec's RpcStatus
    assert "invalid_client" in str(caught.value)


def test_the_low_level_error_is_an_http_error_of_the_same_tree() -> None:
    response = httpx.Response(599, request=httpx.Request("GET", f"{COALESCE}/x"))
    error = coalesce_client.errors.UnexpectedStatus(599, b"", response=response)
    assert isinstance(error, coalesce_client.UnexpectedStatusError)
    assert isinstance(error, core.APIError)


@pytest.mark.parametrize(("status", "shared"), [(401, core.AuthenticationError), (404, core.NotFoundError)])
def test_the_shared_classes_catch_either_client_and_the_client_classes_their_own(status: int, shared: type) -> None:
    """`synq_coalesce_core.exceptions` is the one place to import from when a block calls both clients."""
    with respx.mock:
        respx.get(f"{COALESCE}/api/v1/runs/7").respond(status, json={"error": {"errorString": "nope"}})
        respx.post(f"{SYNQ}/api/executions/v2/by-id").respond(status, json={"code": 5, "message": "nope"})
        for call, own, other in [
            (coalesce_call, coalesce_client, synq_client),
            (synq_call, synq_client, coalesce_client),
        ]:
            with pytest.raises(shared) as caught:
                call()
            assert isinstance(caught.value, getattr(own, shared.__name__))
            assert not isinstance(caught.value, getattr(other, shared.__name__))


def test_vendor_message_is_the_vendors_own_text_and_the_message_quotes_the_request_id() -> None:
    body = {"error": {"errorString": "Run not found", "errorDetail": "no run 7 in this org"}}
    with respx.mock:
        respx.get(f"{COALESCE}/api/v1/runs/7").respond(404, json=body, headers={"x-request-id": "req-77"})
        with pytest.raises(core.NotFoundError) as caught:
            coalesce_call()
        respx.post(f"{SYNQ}/api/executions/v2/by-id").respond(404, json={"code": 5, "message": "unknown id"})
        with pytest.raises(core.NotFoundError) as synq_caught:
            synq_call()
    error = caught.value
    assert error.vendor_message == "Run not found (no run 7 in this org)"
    assert error.request_id == "req-77"
    assert str(error) == (
        f"404 Not Found from GET {COALESCE}/api/v1/runs/7: Run not found (no run 7 in this org) (request ID req-77)"
    )
    assert synq_caught.value.vendor_message == "unknown id" and synq_caught.value.request_id is None
    assert "request ID" not in str(synq_caught.value)
