"""Every step from a non-2xx response to its exception: which class (`exceptions.class_for_status`, specialized by
the vendor), which error model (the operation's declared one, else the vendor's usual shapes), which message
(`messages`). `StatusErrors` is what the send loop and the OAuth2 token flow raise through.

A vendor package subclasses each status error of `exceptions` once (generated errors.py), typed with the error models
its spec declares, and builds one `StatusErrors` from those classes; each generated operation adds its own error
parser (`parsing`), which reads a body as the model the spec declares for that status.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, Generic

import httpx

from .exceptions import APIStatusError, E, class_for_status
from .messages import status_message
from .parsing import MODEL_ERRORS, response_json

__all__ = ["CORE_STATUS_ERRORS", "StatusErrors", "status_error"]

_RAISED = frozenset(class_for_status(code) for code in range(100, 1000))
"""Every class `class_for_status` returns: a vendor's StatusErrors needs a subclass of each."""


class StatusErrors(Generic[E]):
    """A vendor's subclass of each status error, the parser of the operation's declared error models (`parsing`),
    and `models`: the vendor's error models, tried in turn for a status the operation does not declare (vendors
    answer a 429 or a gateway's 502 in their usual shape)."""

    def __init__(
        self,
        classes: Sequence[type[APIStatusError]],
        *,
        models: Sequence[Callable[[Mapping[str, Any]], E]] = (),
        parse: Callable[[httpx.Response], E | None] | None = None,
    ) -> None:
        self._classes = {_core_class(cls): cls for cls in classes}
        missing = _RAISED.difference(self._classes)
        if missing:
            raise TypeError(f"no subclass of {', '.join(sorted(cls.__name__ for cls in missing))}")
        self._models = tuple(models)
        self._parse = parse

    def parsing(self, parse: Callable[[httpx.Response], E | None]) -> StatusErrors[E]:
        """The same classes and models, with declared error bodies read by `parse` (an operation's `_parse_error`)."""
        return StatusErrors(list(self._classes.values()), models=self._models, parse=parse)

    def from_response(self, response: httpx.Response) -> APIStatusError:
        """The typed exception for a non-2xx response, with its body parsed into `.error` when it fits."""
        error_model = self._error_model(response)
        cls = self._classes[class_for_status(response.status_code)]
        return cls(status_message(response, error_model), response=response, error=error_model)

    def without_model(self, response: httpx.Response, *, detail: str) -> APIStatusError:
        """The typed exception for a non-2xx response whose body the API description does not declare (the OAuth2
        token endpoint's): `.error` is None and the message says `detail`."""
        cls = self._classes[class_for_status(response.status_code)]
        return cls(status_message(response, detail=detail), response=response)

    def _error_model(self, response: httpx.Response) -> E | None:
        try:  # a malformed error body must never hide the HTTP error itself
            declared = self._parse(response) if self._parse is not None else None
            if declared is not None or not self._models:
                return declared
            data = response_json(response)
        except Exception:
            return None
        for from_dict in self._models:
            try:
                return from_dict(data)
            except MODEL_ERRORS:
                continue
        return None


def status_error(
    response: httpx.Response, error_model: object | None = None, *, detail: str | None = None
) -> APIStatusError:
    """The typed exception (a class of `exceptions` itself) for a non-2xx response, with `error_model` as `.error`."""
    cls = class_for_status(response.status_code)
    return cls(status_message(response, error_model, detail=detail), response=response, error=error_model)


def _core_class(cls: type[APIStatusError]) -> type[APIStatusError]:
    """The class of `exceptions` that a vendor's status error specializes: the first one in its MRO."""
    return next(base for base in cls.__mro__ if base.__module__ == APIStatusError.__module__)


CORE_STATUS_ERRORS: StatusErrors[Any] = StatusErrors(list(_RAISED))
"""The classes of `exceptions` themselves, and no error model: for requests that are not a generated operation's."""
