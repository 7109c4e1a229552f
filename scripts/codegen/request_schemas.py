"""The request constraints of every operation in an effective spec, for the templates (`request_schema(...)`).

openapi-python-client's parsed model keeps types but drops constraints (minimum, minItems, ...), so the generated
operations take them from here: each parameter's and each JSON body's schema with every `$ref` resolved and only the
keywords `synq_coalesce_core.validation` checks, rendered as a Python literal. `format` is kept only as
`format: password` (a secret: the client never quotes it in an error and scrubs it from what a server echoes).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Any

from scripts.spec.document import resolve
from scripts.spec.formats import INTEGER_FORMAT_RANGES
from scripts.spec.secrets import SECRET_FORMAT

__all__ = ["CHECKED_KEYWORDS", "RequestSchemas"]

CHECKED_KEYWORDS = frozenset(
    {
        "type",
        "enum",
        "const",
        "required",
        "properties",
        "additionalProperties",
        "items",
        "minItems",
        "maxItems",
        "minLength",
        "maxLength",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "allOf",
        "anyOf",
        "oneOf",
    }
)
_SUBSCHEMA_LISTS = ("allOf", "anyOf", "oneOf")
_SUBSCHEMAS = ("items", "additionalProperties")
_JSON_CONTENT = "application/json"
_COMPONENT = "#/components/schemas/"
_TEMPLATE_PARAMETER = re.compile(r"\{[^}]*\}")


class RequestSchemas:
    """Look-ups of request schemas in one effective spec (a dict as loaded from YAML)."""

    def __init__(self, spec: Mapping[str, Any]) -> None:
        self._spec = spec
        self._paths = {_shape(path): item for path, item in spec.get("paths", {}).items()}

    def literal(self, path: str, method: str, location: str, name: str | None = None) -> str:
        """The checked schema of parameter `name` in `location` (path, query, header, cookie), or of the JSON body
        (`location="body"`), of the operation at `method path`, as a Python literal. `path` may name its parameters
        differently (the generator writes `{run_id}` for `{runID}`)."""
        return repr(self.schema(path, method, location, name))

    def operation(self, path: str, method: str) -> Mapping[str, Any]:
        """The operation object at `method path` (`path` may name its parameters differently)."""
        operation: Mapping[str, Any] = self._resolve(self._paths[_shape(path)])[method]
        return operation

    def schema(self, path: str, method: str, location: str, name: str | None = None) -> dict[str, Any]:
        path_item = self._resolve(self._paths[_shape(path)])
        operation = path_item[method]
        if location == "body":
            body = self._resolve(operation.get("requestBody", {}))
            media = body.get("content", {}).get(_JSON_CONTENT, {})
            return self._checked(media.get("schema", {}), ())
        for parameter in [*operation.get("parameters", []), *path_item.get("parameters", [])]:
            resolved = self._resolve(parameter)
            if resolved.get("in") == location and resolved.get("name") == name:
                return self._checked(resolved.get("schema", {}), ())
        raise KeyError(f"{method.upper()} {path} has no {location} parameter {name!r}")

    def body_components(self) -> frozenset[str]:
        """The component schemas a JSON request body may contain, at any depth, as JSON pointers
        (`/components/schemas/X`, what the generator names a model by): their models take any sequence of scalars
        where the spec says array, since the client writes them."""
        found: set[str] = set()
        pending: list[Any] = []
        for path_item in self._paths.values():
            for operation in self._resolve(path_item).values():
                if isinstance(operation, Mapping) and "requestBody" in operation:
                    body = self._resolve(operation["requestBody"])
                    pending.append(body.get("content", {}).get(_JSON_CONTENT, {}).get("schema"))
        while pending:
            node = pending.pop()
            if isinstance(node, list):
                pending.extend(node)
            elif isinstance(node, Mapping):
                reference = node.get("$ref")
                if isinstance(reference, str) and reference.startswith(_COMPONENT) and reference not in found:
                    found.add(reference)
                    pending.append(self._resolve(node))
                pending.extend(value for key, value in node.items() if key != "$ref")
        return frozenset(reference.removeprefix("#") for reference in found)

    def _resolve(self, node: Any) -> Any:
        return resolve(self._spec, node)[0]

    def _checked(self, schema: Any, refs: tuple[str, ...]) -> dict[str, Any]:
        """`schema` with its refs resolved and only checked keywords. `refs` are the schemas being expanded around
        it: a schema that contains itself (recursion) becomes `{}` where it recurs, no check below that point.
        Keywords beside a `$ref` apply too (OpenAPI 3.1), as a second `allOf` branch."""
        if not isinstance(schema, Mapping):
            return {}
        if "$ref" in schema:
            target, location = resolve(self._spec, schema)
            referenced = {} if location in refs else self._checked(target, (*refs, str(location)))
            beside = self._checked({key: value for key, value in schema.items() if key != "$ref"}, refs)
            return {"allOf": [referenced, beside]} if beside else referenced
        checked: dict[str, Any] = {}
        for keyword, value in schema.items():
            if keyword == "format" and value == SECRET_FORMAT:
                checked[keyword] = value
            if keyword not in CHECKED_KEYWORDS:
                continue
            if keyword == "properties" and isinstance(value, Mapping):
                checked[keyword] = {str(name): self._checked(sub, refs) for name, sub in value.items()}
            elif keyword in _SUBSCHEMAS and isinstance(value, Mapping):
                checked[keyword] = self._checked(value, refs)
            elif keyword in _SUBSCHEMA_LISTS and isinstance(value, list):
                checked[keyword] = [self._checked(sub, refs) for sub in value]
            elif _is_literal(value):
                checked[keyword] = value
        return _with_format_range(checked, schema.get("format"))


def _with_format_range(checked: dict[str, Any], format_name: Any) -> dict[str, Any]:
    """An integer format (`int32`, `int64`) as the `minimum`/`maximum` it implies, or the schema's own if tighter."""
    if format_name not in INTEGER_FORMAT_RANGES:
        return checked
    low, high = INTEGER_FORMAT_RANGES[format_name]
    bounded = dict(checked)
    bounded["minimum"] = max(low, checked.get("minimum", low))
    bounded["maximum"] = min(high, checked.get("maximum", high))
    return bounded


def _shape(path: str) -> str:
    return _TEMPLATE_PARAMETER.sub("{}", path)


def _is_literal(value: Any) -> bool:
    """Whether `repr(value)` is a Python literal that evaluates back to `value` (JSON data, finite numbers)."""
    if value is None or isinstance(value, bool | int | str):
        return True
    if isinstance(value, float):
        return math.isfinite(value)
    if isinstance(value, list):
        return all(_is_literal(item) for item in value)
    if isinstance(value, dict):
        return all(isinstance(key, str) and _is_literal(item) for key, item in value.items())
    return False
