# Code generated from openapi/synq.yaml + overlays/synq.overlay.yaml by "make generate". DO NOT EDIT.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from synq_coalesce_core.json_fields import (
    FieldTypeError,
    coerce,
    failing_item,
)

T = TypeVar("T", bound="RpcStatus")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "code",
        "message",
        "details",
    }
)
"""The JSON names of the declared properties; any other key of a body goes to `additional_properties`."""


@_attrs_define
class RpcStatus:
    """The error body of the REST gateway: a google.rpc.Status in proto3 JSON. Inferred from the gRPC-to-HTTP transcoders
    (vanguard-go, grpc-gateway v2); SYNQ documents no error shape, so every field is optional and unknown fields are
    allowed.

        Attributes:
            code (int | None): The gRPC status code, e.g. 3 for INVALID_ARGUMENT, 16 for UNAUTHENTICATED.
            message (str | None): A developer-facing error message in English.
            details (list[ProtobufAny] | None): Details about the error, each a google.protobuf.Any (for example
                buf.validate.Violations).
    """

    code: int | None = None
    message: str | None = None
    details: list[ProtobufAny] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        details: list[dict[str, Any]] | None = None
        if self.details is not None:
            details = []
            for details_item_data in self.details:
                details_item = details_item_data.to_dict()
                details.append(details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not None:
            field_dict["code"] = code
        if message is not None:
            field_dict["message"] = message
        if details is not None:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is RpcStatus and type(src_dict) is dict:
            try:
                return _decode_rpc_status(src_dict)  # type: ignore[return-value]
            except Exception:  # anything unusual: the general code below decides, and words any error
                pass
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise FieldTypeError(f"object ({cls.__name__})", src_dict)
        d = src_dict
        absent = 0
        code = d.get("code", None)
        if type(code) is not int:
            if code is None:
                absent += 1
            else:
                code = coerce("code", "integer", code)

        message = d.get("message", None)
        if type(message) is not str:
            if message is None:
                absent += 1
            else:
                message = coerce("message", "string", message)

        _details = d.get("details", None)
        details: list[ProtobufAny] | None = None
        if type(_details) is list:
            try:
                details = list(map(ProtobufAny.from_dict, _details))
            except FieldTypeError:
                raise failing_item("details", ProtobufAny.from_dict, enumerate(_details)) from None
        elif _details is None:
            absent += 1
        else:
            details = coerce("details", "array", _details)

        rpc_status = cls(
            code,
            message,
            details,
        )

        if len(src_dict) + absent > 3:  # only a body with a key no property declares
            rpc_status.additional_properties = {
                prop_name: prop_dict for prop_name, prop_dict in src_dict.items() if prop_name not in _KNOWN_KEYS
            }

        return rpc_status

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _decode_rpc_status(d: Mapping[str, Any]) -> RpcStatus:
    """from_dict's fast path (scripts/codegen/fast_decoder.py); raises for a body of an unusual shape."""
    o = RpcStatus.__new__(RpcStatus)
    get = d.get
    absent = 0
    v = get("code")
    if type(v) is int:
        pass
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.code = v
    v = get("message")
    if type(v) is str:
        pass
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.message = v
    v = get("details")
    if type(v) is list:
        v = [_decode_protobuf_any(item) for item in v]
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.details = v
    o.additional_properties = {}
    if len(d) + absent > 3:
        o.additional_properties = {key: item for key, item in d.items() if key not in _KNOWN_KEYS}
    return o


from synq_coalesce_core.json_fields import Unusual as _Unusual  # noqa: E402

# Imported after the class on purpose: models may reference each other in cycles (e.g. a recursive oneOf), and every
# model module defines its class before importing any other model, so any import order resolves.
from ..models.protobuf_any import (
    ProtobufAny,  # noqa: E402
    _decode_protobuf_any,  # noqa: E402
)
