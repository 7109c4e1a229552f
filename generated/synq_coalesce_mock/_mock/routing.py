# Copied from scripts/mock/routing.py by "make generate". DO NOT EDIT here: edit scripts/mock/routing.py.
"""Match a request path against the spec's path templates; tell a missing route from a wrong method."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from synq_coalesce_mock._spec.model import OperationSpec


@dataclass(frozen=True)
class Route:
    template: str
    pattern: re.Pattern[str]
    names: tuple[str, ...]
    operations: dict[str, OperationSpec]  # upper-case method -> operation

    def allowed(self) -> list[str]:
        """Methods for the `Allow` header: the documented ones, plus HEAD wherever GET is documented."""
        methods = set(self.operations) | ({"HEAD"} if "GET" in self.operations else set())
        return sorted(methods)

    def operation_for(self, method: str) -> OperationSpec | None:
        return self.operations.get(method) or (self.operations.get("GET") if method == "HEAD" else None)


@dataclass(frozen=True)
class Match:
    route: Route
    path_params: dict[str, str]


class Router:
    def __init__(self, operations: Iterable[OperationSpec]) -> None:
        by_template: dict[str, dict[str, OperationSpec]] = {}
        for operation in operations:
            by_template.setdefault(operation.path, {})[operation.method] = operation
        # Templates with fewer parameters first, so `/runs/latest` would win over `/runs/{runID}`.
        self.routes = [_route(template, methods) for template, methods in by_template.items()]
        self.routes.sort(key=lambda route: (len(route.names), route.template))

    def match(self, path: str) -> Match | None:
        for route in self.routes:
            found = route.pattern.fullmatch(path)
            if found:
                return Match(route, dict(zip(route.names, found.groups(), strict=True)))
        return None


def _route(template: str, operations: dict[str, OperationSpec]) -> Route:
    parts = re.split(r"\{([^}]+)\}", template)
    regex = "".join(re.escape(part) if index % 2 == 0 else "([^/]+)" for index, part in enumerate(parts))
    return Route(template=template, pattern=re.compile(regex), names=tuple(parts[1::2]), operations=operations)
