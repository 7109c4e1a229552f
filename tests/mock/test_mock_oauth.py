"""SYNQ's OAuth2 token endpoint in the mock (`POST /oauth2/token`): form body in, bearer token out, tokens the API
accepts until they expire (on an injected clock), RFC 6749 errors; and the real SynqClient using it end to end."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from scripts.mock.app import create_app
from scripts.mock.oauth import TOKEN_PATH, TokenIssuer
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
