"""Bearer and OAuth2 client-credentials auth: token fetch, reuse, refresh, failures, and no leaked secrets."""

from __future__ import annotations

import asyncio
import logging
from urllib.parse import parse_qs

import httpx
import pytest
from synq_coalesce_core import exceptions as exc
from synq_coalesce_core.auth import BearerTokenAuth, ClientCredentialsAuth
from synq_coalesce_core.clock import ManualClock
from synq_coalesce_core.options import ClientOptions
from synq_coalesce_core.sending import send_with_retries
from synq_coalesce_core.status_errors import CORE_STATUS_ERRORS, StatusErrors

BASE = "https://api.example.com"
TOKEN_URL = f"{BASE}/oauth2/token"
SECRET = "client-SECRET-xyz"


class Server:
    """A token endpoint that issues tok-1, tok-2, ... and an API that accepts only the latest token."""

    def __init__(self, *, expires_in: object = 3600, token_status: int = 200, token_body: object = None) -> None:
        self.expires_in = expires_in
        self.token_status = token_status
        self.token_body = token_body
        self.issued = 0
        self.token_forms: list[dict[str, list[str]]] = []
        self.api_tokens: list[str] = []
        self.revoked = False

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth2/token":
            self.token_forms.append(parse_qs(request.content.decode()))
            assert request.headers["content-type"] == "application/x-www-form-urlencoded"
            assert "authorization" not in request.headers
            if self.token_status != 200 or self.token_body is not None:
                return httpx.Response(self.token_status, json=self.token_body)
            self.issued += 1
            body: dict[str, object] = {"access_token": f"tok-{self.issued}", "token_type": "Bearer"}
            if self.expires_in is not None:
                body["expires_in"] = self.expires_in
            return httpx.Response(200, json=body)
        token = request.headers["authorization"].removeprefix("Bearer ")
        self.api_tokens.append(token)
        if self.revoked and token == f"tok-{self.issued}" and self.issued == 1:
            return httpx.Response(401, json={"message": "token revoked"})
        return httpx.Response(200, json={"token": token})


def make_auth(clock: ManualClock) -> ClientCredentialsAuth:
    return ClientCredentialsAuth(token_url=TOKEN_URL, client_id="cid", client_secret=SECRET, clock=clock)


def get(client: httpx.Client, auth: httpx.Auth) -> httpx.Response:
    return client.get(f"{BASE}/api/x", auth=auth)


def test_bearer_token_sets_the_header() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["authorization"])
        return httpx.Response(200)

    with httpx.Client(transport=httpx.MockTransport(handler)) as client:
        client.get(BASE, auth=BearerTokenAuth("  abc  "))
        client.get(BASE, auth=BearerTokenAuth("Bearer def"))
    assert seen == ["Bearer abc", "Bearer def"]


@pytest.mark.parametrize("token", ["", "   ", "Bearer ", "a\nb", "a\rb"])
def test_bearer_token_rejects_unusable_values(token: str) -> None:
    with pytest.raises(exc.ConfigurationError) as caught:
        BearerTokenAuth(token)
    assert token.strip() not in str(caught.value) or not token.strip()


def test_bearer_token_rejects_non_strings() -> None:
    with pytest.raises(exc.ConfigurationError, match="token must be a string, got int"):
        BearerTokenAuth(123)  # type: ignore[arg-type]


def test_bearer_repr_masks_the_token() -> None:
    assert repr(BearerTokenAuth("s3cr3t")) == "BearerTokenAuth(token='***')"


def test_client_credentials_fetch_once_and_reuse() -> None:
    clock, server = ManualClock(), Server()
    auth = make_auth(clock)
    with httpx.Client(transport=httpx.MockTransport(server)) as client:
        assert get(client, auth).json() == {"token": "tok-1"}
        assert get(client, auth).json() == {"token": "tok-1"}
    assert server.token_forms == [
        {"grant_type": ["client_credentials"], "client_id": ["cid"], "client_secret": [SECRET]}
    ]


def test_client_credentials_refresh_before_expiry() -> None:
    clock, server = ManualClock(), Server(expires_in=3600)
    auth = make_auth(clock)
    with httpx.Client(transport=httpx.MockTransport(server)) as client:
        get(client, auth)
        clock.advance(3539)
        assert get(client, auth).json() == {"token": "tok-1"}
        clock.advance(1)  # 60 s before expiry
        assert get(client, auth).json() == {"token": "tok-2"}
    assert server.issued == 2


def test_short_lived_tokens_refresh_at_half_life() -> None:
    clock, server = ManualClock(), Server(expires_in="40")
    auth = make_auth(clock)
    with httpx.Client(transport=httpx.MockTransport(server)) as client:
        get(client, auth)
        clock.advance(19.9)
        assert auth.has_valid_token
        clock.advance(0.1)
        assert not auth.has_valid_token
        assert get(client, auth).json() == {"token": "tok-2"}


def test_token_without_expires_in_is_kept_until_a_401() -> None:
    clock, server = ManualClock(), Server(expires_in=None)
    auth = make_auth(clock)
    with httpx.Client(transport=httpx.MockTransport(server)) as client:
        get(client, auth)
        clock.advance(10**9)
        assert get(client, auth).json() == {"token": "tok-1"}
        server.revoked = True
        assert get(client, auth).json() == {"token": "tok-2"}
    assert server.api_tokens == ["tok-1", "tok-1", "tok-1", "tok-2"]


def test_a_401_to_a_fresh_token_is_returned_not_looped() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth2/token":
            return httpx.Response(200, json={"access_token": "t", "expires_in": 3600})
        return httpx.Response(401, json={"message": "missing scope"})

    with httpx.Client(transport=httpx.MockTransport(handler)) as client:
        assert get(client, make_auth(ManualClock())).status_code == 401


def test_token_endpoint_rejection_is_an_authentication_error() -> None:
    server = Server(token_status=401, token_body={"error": "invalid_client", "error_description": "bad secret"})
    with (
        httpx.Client(transport=httpx.MockTransport(server)) as client,
        pytest.raises(exc.AuthenticationError) as caught,
    ):
        get(client, make_auth(ManualClock()))
    assert str(caught.value) == (
        f"401 Unauthorized from POST {TOKEN_URL}: the OAuth2 token request failed: invalid_client: bad secret"
    )
    assert SECRET not in str(caught.value) + repr(caught.value)
    assert type(caught.value) is exc.AuthenticationError and caught.value.error is None  # no vendor: the core class


def test_a_token_endpoint_failure_is_raised_as_the_vendors_class() -> None:
    class VendorUnauthorized(exc.AuthenticationError):
        pass

    others = (400, 403, 404, 409, 429, 500, 502, 503, 504, 418, 520)
    classes: list[type[exc.APIStatusError]] = [VendorUnauthorized, *map(exc.class_for_status, others)]
    server = Server(token_status=401, token_body={"error": "invalid_client"})
    auth = ClientCredentialsAuth(
        token_url=TOKEN_URL, client_id="cid", client_secret=SECRET, clock=ManualClock(), errors=StatusErrors(classes)
    )
    with httpx.Client(transport=httpx.MockTransport(server)) as client, pytest.raises(VendorUnauthorized) as caught:
        get(client, auth)
    assert caught.value.error is None and str(caught.value).endswith(
        ": the OAuth2 token request failed: invalid_client"
    )


@pytest.mark.parametrize(
    "body", [{"token_type": "Bearer"}, {"access_token": ""}, {"access_token": "t", "expires_in": "soon"}, []]
)
def test_unusable_token_response_is_a_response_validation_error(body: object) -> None:
    server = Server(token_status=200, token_body=body)
    with httpx.Client(transport=httpx.MockTransport(server)) as client, pytest.raises(exc.ResponseValidationError):
        get(client, make_auth(ManualClock()))


def test_token_endpoint_5xx_is_retried_by_the_send_loop() -> None:
    statuses = [503, 200]

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth2/token":
            status = statuses.pop(0)
            return httpx.Response(status, json={"access_token": "t", "expires_in": 60} if status == 200 else None)
        return httpx.Response(200, json={})

    clock = ManualClock()
    with httpx.Client(transport=httpx.MockTransport(handler)) as client:
        request = client.build_request("GET", f"{BASE}/api/x")
        options = ClientOptions(clock=clock, logger=logging.getLogger("example_client"))
        response = send_with_retries(client, request, options, CORE_STATUS_ERRORS, auth=make_auth(clock))
    assert response.status_code == 200
    assert clock.sleeps == [0.5]


def test_repr_and_logs_never_show_the_secret_or_the_token(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    clock, server = ManualClock(), Server()
    auth = make_auth(clock)
    with httpx.Client(transport=httpx.MockTransport(server)) as client:
        get(client, auth)
    assert repr(auth) == f"ClientCredentialsAuth(token_url={TOKEN_URL!r}, client_id='cid', client_secret='***')"
    assert any("fetched an OAuth2 access token" in r.getMessage() for r in caplog.records)
    for record in caplog.records:
        assert SECRET not in record.getMessage()
        assert "tok-1" not in record.getMessage()


@pytest.mark.parametrize("field", ["client_id", "client_secret"])
def test_missing_credentials_are_configuration_errors(field: str) -> None:
    values = {"client_id": "cid", "client_secret": SECRET, field: ""}
    with pytest.raises(exc.ConfigurationError, match=field):
        ClientCredentialsAuth(token_url=TOKEN_URL, client_id=values["client_id"], client_secret=values["client_secret"])


@pytest.mark.asyncio
async def test_async_concurrent_requests_share_one_token_fetch() -> None:
    clock, server = ManualClock(), Server()
    auth = make_auth(clock)

    async def handler(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(0)
        return server(request)

    async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as client:
        responses = await asyncio.gather(*(client.get(f"{BASE}/api/x", auth=auth) for _ in range(5)))
        assert [r.json() for r in responses] == [{"token": "tok-1"}] * 5
        clock.advance(3600)
        assert (await client.get(f"{BASE}/api/x", auth=auth)).json() == {"token": "tok-2"}
    assert server.issued == 2


@pytest.mark.asyncio
async def test_async_401_refreshes_once() -> None:
    clock, server = ManualClock(), Server()
    auth = make_auth(clock)

    async def handler(request: httpx.Request) -> httpx.Response:
        return server(request)

    async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as client:
        await client.get(f"{BASE}/api/x", auth=auth)
        server.revoked = True
        assert (await client.get(f"{BASE}/api/x", auth=auth)).json() == {"token": "tok-2"}
