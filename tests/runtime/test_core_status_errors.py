"""A vendor's StatusErrors: its class per status, the operation's declared error model, the vendor's models for an
undeclared status, and errors from outside an operation re-typed into the vendor's classes."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx
import pytest
from synq_coalesce_core import exceptions as exc
from synq_coalesce_core.status_errors import CORE_STATUS_ERRORS, StatusErrors

REQUEST = httpx.Request("GET", "https://api.example.com/x")


class Problem:
    def __init__(self, message: str) -> None:
        self.message = message

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Problem:
        return cls(str(data["message"]))


class VendorError(exc.APIStatusError):
    @property
    def error(self) -> Problem | None:  # as a generated errors module types it
        assert self._error is None or isinstance(self._error, Problem)
        return self._error


class VendorNotFound(exc.NotFoundError, VendorError):
    pass


def vendor_classes(*extra: type[exc.APIStatusError]) -> list[type[exc.APIStatusError]]:
    """Every core status class specialized for the vendor (dynamically: these tests need no twelve stubs)."""
    made: list[type[exc.APIStatusError]] = list(extra)
    for code in (400, 401, 403, 409, 429, 500, 502, 503, 504, 418, 520):
        core = exc.class_for_status(code)
        made.append(type(f"Vendor{core.__name__}", (core, VendorError), {}))
    return made


def response(status: int, **kwargs: Any) -> httpx.Response:
    return httpx.Response(status, request=REQUEST, **kwargs)


def test_a_missing_class_is_refused() -> None:
    with pytest.raises(TypeError, match="no subclass of NotFoundError"):
        StatusErrors(vendor_classes())


def test_the_vendors_class_with_the_declared_model() -> None:
    errors = StatusErrors[Problem](vendor_classes(VendorNotFound), models=[Problem.from_dict])
    declared = errors.parsing(lambda r: Problem("declared") if r.status_code == 404 else None)
    error = declared.from_response(response(404, json={"message": "from the body"}))
    assert isinstance(error, VendorNotFound)
    assert isinstance(error.error, Problem) and error.error.message == "declared"
    assert str(error) == "404 Not Found from GET https://api.example.com/x: declared"


def test_an_undeclared_status_is_read_as_the_vendors_model_when_it_fits() -> None:
    errors = StatusErrors(vendor_classes(VendorNotFound), models=[Problem.from_dict]).parsing(lambda r: None)
    fits = errors.from_response(response(429, json={"message": "slow down"}))
    assert isinstance(fits, exc.RateLimitError) and isinstance(fits, VendorError)
    assert isinstance(fits.error, Problem) and fits.error.message == "slow down"
    assert errors.from_response(response(429, text="<html>")).error is None
    assert errors.from_response(response(429, json={"other": 1})).error is None


def test_a_failing_parser_never_hides_the_http_error() -> None:
    def explode(r: httpx.Response) -> Problem:
        raise RuntimeError("bug")

    error = (
        StatusErrors[Problem](vendor_classes(VendorNotFound)).parsing(explode).from_response(response(404, text="gone"))
    )
    assert (type(error), error.error, error.status_code) == (VendorNotFound, None, 404)


def test_a_body_no_operation_declares_gets_the_vendors_class_and_no_model() -> None:
    errors = StatusErrors(vendor_classes(VendorNotFound), models=[Problem.from_dict])
    error = errors.without_model(response(404, json={"message": "fits the model"}), detail="the token request failed")
    assert (type(error), error.error) == (VendorNotFound, None)
    assert str(error) == "404 Not Found from GET https://api.example.com/x: the token request failed"


def test_the_core_family_raises_the_core_classes() -> None:
    error = CORE_STATUS_ERRORS.from_response(response(503, json={"message": "down"}))
    assert type(error) is exc.ServiceUnavailableError
    assert error.error is None
