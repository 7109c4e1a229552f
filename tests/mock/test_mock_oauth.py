"""SYNQ's OAuth2 token endpoint in the mock (`POST /oauth2/token`): form body in, bearer token out, tokens the API
accepts until they expire (on an injected clock), RFC 6749 errors; and the real SynqClient using it end to end."""

from __future__ import annotations

import base64
import struct
import tracemalloc
from typing import Any

import httpx
import pytest

from scripts.mock.app import create_app
from scripts.mock.oauth import FORM_MEDIA_TYPE, TOKEN_PATH, TokenIssuer
from scripts.mock.serving import serve_in_background

from .client import SYNQ_PATH, TOKEN, batch_get, send

FORM = {"Content-Type": "application/x-www-form-urlencoded"}
CREDENTIALS = {"grant_type": "client_credentials", "client_id": "cid", "client_secret": "s3cret"}


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def synq_app(clock: FakeClock | None = None, lifetime: int = 60) -> Any:
    issuer = TokenIssuer(client_id="cid", client_secret="s3cret", lifetime=lifetime, clock=clock or FakeClock())
    return create_app("synq", token=TOKEN, oauth=issuer)


def fetch_token(app: Any, form: dict[str, str] = CREDENTIALS) -> httpx.Response:
    return send(app, "POST", TOKEN_PATH, data=form, headers={})


def test_client_credentials_get_a_bearer_token_the_api_accepts_until_it_expires() -> None:
    clock = FakeClock()
    app = synq_app(clock, lifetime=60)
    response = fetch_token(app)
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "no-store"
    body = response.json()
    assert set(body) == {"access_token", "token_type", "expires_in"}
    assert (body["token_type"], body["expires_in"]) == ("Bearer", 60)
    auth = {"Authorization": f"Bearer {body['access_token']}"}
    assert batch_get(app, ["exec-001"], headers=auth).status_code == 200
    clock.now += 59.9
    assert batch_get(app, ["exec-001"], headers=auth).status_code == 200
    clock.now += 0.1
    expired = batch_get(app, ["exec-001"], headers=auth)
    assert (expired.status_code, expired.json()["code"]) == (401, 16)
    assert batch_get(app, ["exec-001"]).status_code == 200  # the static token still works


def test_each_request_gets_a_new_token() -> None:
    app = synq_app()
    assert fetch_token(app).json()["access_token"] != fetch_token(app).json()["access_token"]


def accepted(app: Any, token: str) -> bool:
    status = batch_get(app, ["exec-001"], headers={"Authorization": f"Bearer {token}"}).status_code
    assert status in (200, 401), status
    return status == 200


def test_an_earlier_token_still_works_after_later_ones_were_issued() -> None:
    app = synq_app()
    first, second = (fetch_token(app).json()["access_token"] for _ in range(2))
    assert (accepted(app, first), accepted(app, second), accepted(app, first)) == (True, True, True)


FLOOD = 12_000  # more tokens than the issuer used to keep (10,000, oldest forgotten first)
TRACED = 2_000  # the first of them, issued under tracemalloc


def test_a_flood_of_token_requests_revokes_no_other_clients_token_and_costs_no_memory() -> None:
    """Another client's still-valid token keeps working however many tokens are issued after it, and issuing
    keeps no state per token (traced memory, so no list to evict from or sweep)."""
    clock = FakeClock()
    app = synq_app(clock, lifetime=60)
    victim = fetch_token(app).json()["access_token"]
    issuer: TokenIssuer = app.state.service.oauth
    form = "&".join(f"{name}={value}" for name, value in CREDENTIALS.items()).encode()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for _ in range(TRACED):
            issuer.issue(FORM_MEDIA_TYPE, form)
        grown = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    for _ in range(FLOOD - TRACED):
        latest = str(issuer.issue(FORM_MEDIA_TYPE, form)["access_token"])
    assert grown < 64 * 1024, f"{TRACED} issued tokens added {grown} bytes"
    clock.now += 30
    assert (accepted(app, victim), accepted(app, latest)) == (True, True)
    clock.now += 30
    assert (accepted(app, victim), accepted(app, latest)) == (False, False)


def forged(token: str, expiry_shift: float) -> str:
    """`token` with its expiry moved (the signature kept): what a client would try to extend its token."""
    prefix, encoded = token[: token.index("-oauth-") + 7], token[token.index("-oauth-") + 7 :]
    raw = bytearray(base64.urlsafe_b64decode(encoded))
    raw[:8] = struct.pack(">d", struct.unpack(">d", raw[:8])[0] + expiry_shift)
    return prefix + base64.urlsafe_b64encode(bytes(raw)).decode()


def test_only_unaltered_tokens_of_this_issuer_are_accepted() -> None:
    clock = FakeClock()
    app = synq_app(clock, lifetime=60)
    token = fetch_token(app).json()["access_token"]
    other_issuer = fetch_token(synq_app(clock, lifetime=60)).json()["access_token"]
    clock.now += 61
    extended = forged(token, 3600)
    assert extended != token and len(extended) == len(token)
    for candidate in [token, other_issuer, extended, token[:-4] + "AAA=", token.upper(), "x" * len(token), token + "A"]:
        assert not accepted(app, candidate), candidate


@pytest.mark.parametrize(
    ("form", "status", "error"),
    [
        ({**CREDENTIALS, "client_secret": "wrong"}, 401, "invalid_client"),
        ({**CREDENTIALS, "client_id": "other"}, 401, "invalid_client"),
        ({"grant_type": "client_credentials", "client_id": "cid"}, 401, "invalid_client"),
        ({**CREDENTIALS, "grant_type": "password"}, 400, "unsupported_grant_type"),
        ({"client_id": "cid", "client_secret": "s3cret"}, 400, "unsupported_grant_type"),
    ],
    ids=["wrong-secret", "wrong-client", "no-secret", "password-grant", "no-grant"],
)
def test_bad_token_requests_get_rfc6749_errors(form: dict[str, str], status: int, error: str) -> None:
    response = fetch_token(synq_app(), form)
    assert (response.status_code, response.json()["error"]) == (status, error)
    assert "s3cret" not in response.text and "access_token" not in response.json()


@pytest.mark.parametrize(
    ("kwargs", "status"),
    [
        ({"json": CREDENTIALS}, 400),
        ({"content": b"grant_type=client_credentials&%zz", "headers": FORM}, 400),
        ({"content": b"x" * (1024 * 1024 + 1), "headers": FORM}, 400),
    ],
    ids=["json-body", "malformed-form", "oversize"],
)
def test_malformed_token_requests_are_400(kwargs: dict[str, Any], status: int) -> None:
    kwargs.setdefault("headers", {})
    response = send(synq_app(), "POST", TOKEN_PATH, **kwargs)
    assert (response.status_code, response.json()["error"]) == (status, "invalid_request")


def test_the_token_endpoint_only_answers_post() -> None:
    response = send(synq_app(), "GET", TOKEN_PATH, headers={})
    assert (response.status_code, response.headers["Allow"]) == (405, "POST")


def test_coalesce_has_no_token_endpoint() -> None:
    response = send(create_app("coalesce", token=TOKEN), "POST", TOKEN_PATH, data=CREDENTIALS, headers={})
    assert response.status_code == 404
    with pytest.raises(ValueError, match="no OAuth2 token endpoint"):
        create_app("coalesce", oauth=TokenIssuer())


def test_the_default_credentials_are_the_documented_ones() -> None:
    app = create_app("synq", token=TOKEN)
    form = {"grant_type": "client_credentials", "client_id": "mock-client", "client_secret": "mock-secret"}
    assert fetch_token(app, form).status_code == 200


def test_synq_client_with_client_credentials_works_against_the_mock_over_http() -> None:
    from synq_client import SynqClient

    with serve_in_background(synq_app()) as url:
        with SynqClient(client_id="cid", client_secret="s3cret", base_url=url) as synq:
            found = synq.get_executions(["exec-001", "nope"])
        assert (sorted(found.executions), list(found.missing)) == (["exec-001"], ["nope"])
        raw = httpx.post(url + SYNQ_PATH, json={"executionIds": ["exec-001"]}, headers={"Authorization": "Bearer x"})
        assert raw.status_code == 401
