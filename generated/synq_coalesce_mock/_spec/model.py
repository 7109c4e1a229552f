# Copied from scripts/spec/model.py by "make generate". DO NOT EDIT here: edit scripts/spec/model.py.
"""The effective OpenAPI document of one vendor as operations, with schema lookup and validation.

Everything the mock and the drift alarm know about routes, parameters, bodies, responses and security comes from
here, so a change to `openapi/` or `overlays/` (after `make generate`) changes them with no code edit.
Schemas are validated with `jsonschema` (Draft 2020-12, the OpenAPI 3.1 dialect) against the whole
document registered as one resource, so every `#/components/...` reference (recursive ones too) resolves.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator  # type: ignore[import-untyped]
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from synq_coalesce_mock._spec.document import SpecError, effective_spec_path, lookup, pointer, resolve
from synq_coalesce_mock._spec.formats import FORMAT_CHECKER
from synq_coalesce_mock._spec.idempotency import NO_SIDE_EFFECTS, idempotency_level
from synq_coalesce_mock._spec.secrets import secret_property_names
from synq_coalesce_mock._yaml_files import load_yaml

HTTP_METHODS = ("GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE")
JSON_MEDIA_TYPE = "application/json"
DOCUMENT_URI = "urn:mock:effective-spec"

JsonObject = dict[str, Any]


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str  # path, query, header or cookie
    required: bool
    schema: str  # JSON pointer


@dataclass(frozen=True)
class RequestBody:
    required: bool
    media_types: Mapping[str, str | None]  # media type -> schema pointer


@dataclass(frozen=True)
class ResponseHeader:
    name: str
    required: bool
    schema: str | None


@dataclass(frozen=True)
class ResponseSpec:
    key: str  # "200", "4XX" or "default"
    description: str
    schema: str | None  # pointer to the application/json schema, None when no JSON body is documented
    headers: tuple[ResponseHeader, ...] = ()
    examples: tuple[Any, ...] = ()  # the application/json media type's `example`, then its `examples` values


@dataclass(frozen=True)
class OperationSpec:
    method: str  # upper case
    path: str  # template, e.g. /api/v1/runs/{runID}
    operation_id: str
    parameters: tuple[Parameter, ...]
    request_body: RequestBody | None
    responses: Mapping[str, ResponseSpec]
    requires_bearer: bool
    idempotency_level: str  # NO_SIDE_EFFECTS, IDEMPOTENT or IDEMPOTENCY_UNKNOWN (synq_coalesce_mock._spec.idempotency)

    @property
    def side_effect_free(self) -> bool:
        """Whether sending it changes nothing on the server: the only operations the drift alarm sends live."""
        return self.idempotency_level == NO_SIDE_EFFECTS

    @property
    def label(self) -> str:
        return f"{self.method} {self.path}"

    @property
    def success_status(self) -> int:
        """The lowest documented 2xx status: what a successful call answers (200 when only `2XX`/`default` say)."""
        codes = sorted(int(key) for key in self.responses if key.isdigit() and key.startswith("2"))
        return codes[0] if codes else 200

    def response_for(self, status: int) -> ResponseSpec | None:
        """The documented response for a status: exact code, then its `NXX` range, then `default`."""
        for key in (str(status), f"{status // 100}XX", "default"):
            if key in self.responses:
                return self.responses[key]
        return None

    def documented_statuses(self) -> list[int]:
        """Every explicit status code (ranges and `default` are not concrete codes)."""
        return sorted(int(key) for key in self.responses if key.isdigit())


@dataclass
class Spec:
    """One vendor's effective spec: its operations plus schema lookup and validation."""

    vendor: str
    document: JsonObject
    _validators: dict[str, Draft202012Validator] = field(default_factory=dict, repr=False)

    @classmethod
    def load(cls, vendor: str, path: Path | None = None) -> Spec:
        source = path or effective_spec_path(vendor)
        if not source.is_file():
            raise FileNotFoundError(f"{source} does not exist; run `make generate` first")
        document = load_yaml(source)
        if not isinstance(document, dict):
            raise SpecError(f"{source} is not an OpenAPI document")
        return cls(vendor=vendor, document=document)

    @cached_property
    def secret_names(self) -> frozenset[str]:
        """The properties marked secret (`format: password`): never echoed by the mock nor kept by the drift alarm."""
        return secret_property_names(self.document)

    @cached_property
    def registry(self) -> Registry[Any]:
        registry: Registry[Any] = Registry().with_resource(DOCUMENT_URI, DRAFT202012.create_resource(self.document))
        return registry

    def node(self, location: str) -> Any:
        """The node at a JSON pointer, without following references."""
        return lookup(self.document, location)

    def follow(self, location: str) -> tuple[str, Any]:
        """Follow `$ref`s from a pointer until a node without one; return its pointer and the node."""
        node, target = resolve(self.document, self.node(location), location)
        return target or location, node

    def schema(self, location: str) -> JsonObject:
        """The schema at a pointer with references followed (for reading keywords such as `enum`)."""
        _, node = self.follow(location)
        if not isinstance(node, dict):
            raise SpecError(f"{location} is not a schema object")
        return node

    def validator(self, location: str) -> Draft202012Validator:
        """A Draft 2020-12 validator for the schema at a pointer, with formats asserted."""
        if location not in self._validators:
            reference = {"$ref": f"{DOCUMENT_URI}#{location}"}
            self._validators[location] = Draft202012Validator(
                reference, registry=self.registry, format_checker=FORMAT_CHECKER
            )
        return self._validators[location]

    @cached_property
    def operations(self) -> tuple[OperationSpec, ...]:
        paths = self.document.get("paths") or {}
        found = []
        for path, item in paths.items():
            item_location = pointer("paths", path)
            for method in HTTP_METHODS:
                if method.lower() in item:
                    found.append(self._operation(item_location, path, method))
        return tuple(found)

    def operations_at(self, path: str) -> dict[str, OperationSpec]:
        return {operation.method: operation for operation in self.operations if operation.path == path}

    def _operation(self, item_location: str, path: str, method: str) -> OperationSpec:
        location = f"{item_location}/{method.lower()}"
        raw: JsonObject = self.node(location)
        parameters = self._parameters(f"{item_location}/parameters") + self._parameters(f"{location}/parameters")
        request_body = None
        if "requestBody" in raw:
            body_location, body = self.follow(f"{location}/requestBody")
            request_body = RequestBody(
                required=bool(body.get("required", False)),
                media_types={
                    media_type: (
                        f"{body_location}{pointer('content', media_type, 'schema')}" if "schema" in m else None
                    )
                    for media_type, m in body.get("content", {}).items()
                },
            )
        responses = {
            str(key): self._response(f"{location}{pointer('responses', str(key))}", str(key))
            for key in raw.get("responses", {})
        }
        return OperationSpec(
            method=method,
            path=path,
            operation_id=str(raw.get("operationId", f"{method} {path}")),
            parameters=tuple(parameters),
            request_body=request_body,
            responses=responses,
            requires_bearer=self._requires_bearer(raw),
            idempotency_level=idempotency_level(method, raw),
        )

    def _parameters(self, location: str) -> list[Parameter]:
        owner, _, key = location.rpartition("/")
        declared = self.node(owner).get(key, [])
        parameters = []
        for index in range(len(declared)):
            parameter_location, parameter = self.follow(f"{location}/{index}")
            parameters.append(
                Parameter(
                    name=parameter["name"],
                    location=parameter["in"],
                    required=bool(parameter.get("required", parameter["in"] == "path")),
                    schema=f"{parameter_location}/schema",
                )
            )
        return parameters

    def _response(self, location: str, key: str) -> ResponseSpec:
        response_location, response = self.follow(location)
        media: JsonObject = response.get("content", {}).get(JSON_MEDIA_TYPE, {})
        schema = f"{response_location}{pointer('content', JSON_MEDIA_TYPE, 'schema')}" if "schema" in media else None
        headers = []
        for name in response.get("headers", {}):
            header_location, header = self.follow(f"{response_location}{pointer('headers', name)}")
            headers.append(
                ResponseHeader(
                    name=name,
                    required=bool(header.get("required", False)),
                    schema=f"{header_location}/schema" if "schema" in header else None,
                )
            )
        return ResponseSpec(
            key=key,
            description=str(response.get("description", "")),
            schema=schema,
            headers=tuple(headers),
            examples=self._examples(f"{response_location}{pointer('content', JSON_MEDIA_TYPE)}", media),
        )

    def _examples(self, location: str, media: JsonObject) -> tuple[Any, ...]:
        """A media type's example values: `example`, then each `examples` entry's `value` (references followed)."""
        found = [media["example"]] if "example" in media else []
        for name in media.get("examples", {}):
            _, example = self.follow(f"{location}{pointer('examples', name)}")
            if isinstance(example, dict) and "value" in example:
                found.append(example["value"])
        return tuple(found)

    def _requires_bearer(self, operation: JsonObject) -> bool:
        """Whether the operation needs credentials. The mock checks every scheme as its one bearer token: HTTP bearer,
        OAuth2 and OpenID Connect all send one; for any other scheme (API key, basic, mutual TLS) it still asks for
        the bearer token rather than refusing the spec."""
        requirements: list[JsonObject] = operation.get("security", self.document.get("security")) or []
        return bool(requirements) and all(requirements)  # an empty requirement object allows anonymous access
