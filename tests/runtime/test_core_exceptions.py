"""The exception tree, and `status_errors.status_error` with its `messages`: the right class per status, messages that
help and leak nothing."""

from __future__ import annotations

import pickle
from typing import Any

import httpx
import pytest
from synq_coalesce_core import exceptions as exc
from synq_coalesce_core.status_errors import status_error

URL = "https://api.example.com/api/v1/runs/7"
TOKEN = "tok-SECRET-123"


def response(
    status: int, body: Any = None, *, text: str | None = None, headers: dict[str, str] | None = None
) -> httpx.Response:
    request = httpx.Request("GET", URL, headers={"Authorization": f"Bearer {TOKEN}"})
    if text is not None:
        return httpx.Response(status, text=text, headers=headers, request=request)
    if body is None:
        return httpx.Response(status, headers=headers, request=request)
    return httpx.Response(status, json=body, headers=headers, request=request)


class RpcStatusLike:
    def __init__(self, message: str) -> None:
        self.code = 5
        self.message = message


class ErrorLike:
    def __init__(self, error_string: str, error_detail: str) -> None:
        self.error_string = error_string
        self.error_detail = error_detail


class ErrorResponseLike:
    def __init__(self, error: ErrorLike) -> None:
        self.error = error


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, exc.BadRequestError),
        (401, exc.AuthenticationError),
        (403, exc.PermissionDeniedError),
        (404, exc.NotFoundError),
        (409, exc.ConflictError),
        (429, exc.RateLimitError),
        (500, exc.InternalServerError),
        (501, exc.InternalServerError),
        (502, exc.BadGatewayError),
        (503, exc.ServiceUnavailableError),
        (504, exc.GatewayTimeoutError),
        (505, exc.InternalServerError),
        (520, exc.UnexpectedServerStatusError),
        (561, exc.UnexpectedServerStatusError),
        (301, exc.UnexpectedStatusError),
        (408, exc.UnexpectedStatusError),
        (422, exc.UnexpectedStatusError),
        (499, exc.UnexpectedStatusError),
        (600, exc.UnexpectedStatusError),
    ],
)
def test_class_for_status(status: int, cls: type[exc.APIStatusError]) -> None:
    assert exc.class_for_status(status) is cls
    error = status_error(response(status, {"message": "boom"}))
    assert type(error) is cls
    assert error.status_code == status


@pytest.mark.parametrize("status", [520, 561, 599])
def test_unregistered_5xx_is_both_unexpected_and_a_server_error(status: int) -> None:
    error = status_error(response(status))
    assert isinstance(error, exc.UnexpectedStatusError)
    assert isinstance(error, exc.InternalServerError)


@pytest.mark.parametrize("status", [499, 408, 600])
def test_other_unexpected_codes_are_not_server_errors(status: int) -> None:
    assert not isinstance(status_error(response(status)), exc.InternalServerError)


def test_gateway_errors_are_internal_server_errors() -> None:
    for cls in (exc.BadGatewayError, exc.ServiceUnavailableError, exc.GatewayTimeoutError):
        assert issubclass(cls, exc.InternalServerError)
    assert issubclass(exc.APITimeoutError, exc.APIConnectionError)
    assert issubclass(exc.ResponseValidationError, exc.APIError)
    assert issubclass(exc.RequestValidationError, ValueError)
    assert issubclass(exc.ConfigurationError, ValueError)


def test_status_error_carries_response_details_and_the_model() -> None:
    model = RpcStatusLike("execution store unavailable")
    resp = response(503, {"code": 14, "message": "x"}, headers={"x-request-id": "req-1"})
    error = status_error(resp, model)
    assert error.error is model
    assert error.status_code == 503
    assert error.headers["x-request-id"] == "req-1"
    assert error.request_id == "req-1"
    assert error.text == '{"code":14,"message":"x"}'
    assert error.request is not None
    assert error.request.method == "GET"
    assert str(error.request.url) == URL
    assert error.response is resp


def test_message_quotes_rpc_status_message_with_status_method_and_url() -> None:
    error = status_error(response(404), RpcStatusLike("execution not found"))
    assert str(error) == f"404 Not Found from GET {URL}: execution not found"
    assert error.message == str(error)


def test_message_quotes_coalesce_error_string_and_detail() -> None:
    model = ErrorResponseLike(ErrorLike("400: Invalid run ID", "runID must be numeric"))
    assert str(status_error(response(400), model)).endswith(": 400: Invalid run ID (runID must be numeric)")


def test_message_skips_a_detail_equal_to_the_error_string() -> None:
    model = ErrorResponseLike(ErrorLike("401: Unable to authenticate", "401: Unable to authenticate"))
    assert str(status_error(response(401), model)).endswith(": 401: Unable to authenticate")


def test_message_falls_back_to_known_keys_in_a_json_body() -> None:
    assert str(status_error(response(400, {"message": "bad request body"}))).endswith(": bad request body")
    nested = {"error": {"errorString": "nope", "errorDetail": "really"}}
    assert str(status_error(response(500, nested))).endswith(": nope (really)")
    oauth = {"error": "invalid_client", "error_description": "unknown client"}
    assert str(status_error(response(401, oauth))).endswith(": unknown client")


def test_explicit_detail_wins() -> None:
    assert str(status_error(response(400, {"message": "m"}), detail="d")).endswith(": d")


def test_html_body_is_summarised_not_quoted() -> None:
    html = "<html><body><h1>502 Bad Gateway</h1>" + "x" * 500 + "</body></html>"
    error = status_error(response(502, text=html, headers={"content-type": "text/html"}))
    assert isinstance(error, exc.BadGatewayError)
    assert "<html>" not in str(error)
    assert f"text/html body ({len(html)} bytes)" in str(error)
    assert error.text == html


def test_plain_text_body_is_quoted_and_truncated() -> None:
    short = status_error(response(503, text="upstream connect error\nreset"))
    assert str(short).endswith(": upstream connect error reset")
    long = status_error(response(503, text="y" * 1000))
    assert str(long).endswith("y" * 200 + "...")


def test_empty_body_and_unregistered_reason() -> None:
    assert str(status_error(response(520))) == f"520 from GET {URL}: empty body"


def test_response_without_request() -> None:
    error = status_error(httpx.Response(500, text="oops"))
    assert error.request is None
    assert str(error) == "500 Internal Server Error: oops"


def test_no_token_in_message_or_repr() -> None:
    error = status_error(response(401, {"message": "token expired"}))
    for text in (str(error), repr(error), repr(error.request)):
        assert TOKEN not in text
    assert repr(error) == f"AuthenticationError(status_code=401, message={str(error)!r})"


def test_url_credentials_and_secret_query_values_are_redacted() -> None:
    request = httpx.Request("GET", "https://user:pw@api.example.com/x?access_token=abc&page=2")
    error = status_error(httpx.Response(404, request=request))
    assert "pw" not in str(error)
    assert "abc" not in str(error)
    assert "page=2" in str(error)


def test_connection_and_timeout_errors() -> None:
    request = httpx.Request("POST", URL)
    assert str(exc.APIConnectionError(request=request)) == "Connection error."
    timeout = exc.APITimeoutError(request=request)
    assert str(timeout) == "Request timed out."
    assert timeout.request is request
    assert timeout.attempts == 1


def test_response_validation_error_exposes_the_response() -> None:
    resp = response(200, text="not json")
    error = exc.ResponseValidationError("bad body", response=resp)
    assert (error.status_code, error.text, error.request) == (200, "not json", resp.request)
    assert error.headers is resp.headers


def test_request_validation_error_names_the_field() -> None:
    error = exc.RequestValidationError("ids must contain at most 100 items, got 101", field="ids")
    assert error.field == "ids"
    assert isinstance(error, ValueError)


def test_all_is_complete() -> None:
    classes = {name for name, value in vars(exc).items() if isinstance(value, type) and issubclass(value, Exception)}
    public = {name for name in classes if not name.startswith("_")}
    assert public <= set(exc.__all__)


SECRETS = ["tok-SECRET-0042", "csec/SECRET+x y"]


def test_scrubbed_takes_every_held_credential_out_of_every_text_an_error_carries() -> None:
    """Message, args, `.text`, the response body, the parsed model, notes, pickle; a cause quoting one is dropped."""
    body = f'{{"message": "token {SECRETS[0]} refused", "form": "client_secret=csec%2FSECRET%2Bx+y"}}'
    request = httpx.Request("GET", "https://api.example.com/x")
    headers = {"content-encoding": "identity", "www-authenticate": f'Bearer error="invalid_token {SECRETS[0]}"'}
    answer = httpx.Response(401, content=body.encode(), request=request, headers=headers)
    error = exc.AuthenticationError(f"401: token {SECRETS[0]} refused", response=answer, error={"message": body})
    error.add_note(f"while sending {SECRETS[1]!r}")
    try:
        try:
            raise ValueError(f"h11 said b'Bearer {SECRETS[0]}'")
        except ValueError as cause:
            raise error from cause
    except exc.AuthenticationError as raised:
        clean: Any = exc.scrubbed(raised, SECRETS)
    texts = [
        str(clean),
        repr(clean),
        *clean.args,
        clean.text,
        clean.response.text,
        repr(clean.headers),
        repr(clean.response.headers),
        repr(clean.error),
        *clean.__notes__,
        repr(clean.__cause__),
        repr(clean.__context__),
        pickle.dumps(clean).decode("latin-1"),
    ]
    leaked = [text for text in texts if any(s in text for s in SECRETS) or "csec%2FSECRET" in text]
    assert leaked == []
    assert str(clean) == "401: token [redacted] refused" and "client_secret=[redacted]" in clean.text
    assert clean.__cause__ is None and clean.error is None  # a model parsed before scrubbing cannot be trusted
    assert clean.response.status_code == 401 and clean.response.request is request


def test_scrubbed_leaves_short_and_absent_secrets_alone() -> None:
    error = exc.APIError("the request timed out")
    assert str(exc.scrubbed(error, ["t", "timed-out-token"])) == "the request timed out"
