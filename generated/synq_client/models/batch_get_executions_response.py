# Code generated from openapi/synq.yaml + overlays/synq.overlay.yaml by "make generate". DO NOT EDIT.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from synq_coalesce_core.json_fields import (
    FieldTypeError,
    coerce,
)

T = TypeVar("T", bound="BatchGetExecutionsResponse")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "executions",
    }
)
"""The JSON names of the declared properties; any other key of a body goes to `additional_properties`."""


@_attrs_define
class BatchGetExecutionsResponse:
    """BatchGetExecutionsResponse contains the requested executions.

    Attributes:
        executions (BatchGetExecutionsResponseExecutions | None): Map of execution ID to EntityExecution. Only includes
            executions that were found and accessible: IDs that are missing or not accessible are simply absent, there is no
            per-ID error.
    """

    executions: BatchGetExecutionsResponseExecutions | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        executions: dict[str, Any] | None = None
        if self.executions is not None:
            executions = self.executions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if executions is not None:
            field_dict["executions"] = executions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is BatchGetExecutionsResponse and type(src_dict) is dict:
            try:
                return _decode_batch_get_executions_response(src_dict)  # type: ignore[return-value]
            except Exception:  # anything unusual: the general code below decides, and words any error
                pass
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise FieldTypeError(f"object ({cls.__name__})", src_dict)
        d = src_dict
        absent = 0
        _executions = d.get("executions", None)
        executions: BatchGetExecutionsResponseExecutions | None = None
        if type(_executions) is dict:
            try:
                executions = BatchGetExecutionsResponseExecutions.from_dict(_executions)
            except FieldTypeError as field_error:
                raise field_error.inside("executions")
        elif _executions is None:
            absent += 1
        else:
            executions = coerce("executions", "object", _executions)

        batch_get_executions_response = cls(
            executions,
        )

        if len(src_dict) + absent > 1:  # only a body with a key no property declares
            batch_get_executions_response.additional_properties = {
                prop_name: prop_dict for prop_name, prop_dict in src_dict.items() if prop_name not in _KNOWN_KEYS
            }

        return batch_get_executions_response

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


def _decode_batch_get_executions_response(d: Mapping[str, Any]) -> BatchGetExecutionsResponse:
    """from_dict's fast path (scripts/codegen/fast_decoder.py); raises for a body of an unusual shape."""
    o = BatchGetExecutionsResponse.__new__(BatchGetExecutionsResponse)
    get = d.get
    absent = 0
    v = get("executions")
    if type(v) is dict:
        v = _decode_batch_get_executions_response_executions(v)
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.executions = v
    o.additional_properties = {}
    if len(d) + absent > 1:
        o.additional_properties = {key: item for key, item in d.items() if key not in _KNOWN_KEYS}
    return o


from synq_coalesce_core.json_fields import Unusual as _Unusual  # noqa: E402

# Imported after the class on purpose: models may reference each other in cycles (e.g. a recursive oneOf), and every
# model module defines its class before importing any other model, so any import order resolves.
from ..models.batch_get_executions_response_executions import (
    BatchGetExecutionsResponseExecutions,  # noqa: E402
    _decode_batch_get_executions_response_executions,  # noqa: E402
)
