# Code generated from openapi/coalesce.yaml + overlays/coalesce.overlay.yaml by "make generate". DO NOT EDIT.
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

T = TypeVar("T", bound="RunResultsResponse")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "data",
    }
)
"""The JSON names of the declared properties; any other key of a body goes to `additional_properties`."""


@_attrs_define
class RunResultsResponse:
    """
    Attributes:
        data (list[RunResult]): A collection of run results.
    """

    data: list[RunResult]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is RunResultsResponse and type(src_dict) is dict:
            try:
                return _decode_run_results_response(src_dict)  # type: ignore[return-value]
            except Exception:  # anything unusual: the general code below decides, and words any error
                pass
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise FieldTypeError(f"object ({cls.__name__})", src_dict)
        d = src_dict
        _data = d.get("data", None)
        if type(_data) is list:
            try:
                data = list(map(RunResult.from_dict, _data))
            except FieldTypeError:
                raise failing_item("data", RunResult.from_dict, enumerate(_data)) from None
        else:
            data = coerce("data", "array", _data, required=True)

        run_results_response = cls(
            data,
        )

        if len(src_dict) > 1:  # only a body with a key no property declares
            run_results_response.additional_properties = {
                prop_name: prop_dict for prop_name, prop_dict in src_dict.items() if prop_name not in _KNOWN_KEYS
            }

        return run_results_response

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


def _decode_run_results_response(d: Mapping[str, Any]) -> RunResultsResponse:
    """from_dict's fast path (scripts/codegen/fast_decoder.py); raises for a body of an unusual shape."""
    o = RunResultsResponse.__new__(RunResultsResponse)
    get = d.get
    v = get("data")
    if not (type(v) is list):
        raise _Unusual
    v = [_decode_run_result(item) for item in v]
    o.data = v
    o.additional_properties = {}
    if len(d) > 1:
        o.additional_properties = {key: item for key, item in d.items() if key not in _KNOWN_KEYS}
    return o


from synq_coalesce_core.json_fields import Unusual as _Unusual  # noqa: E402

# Imported after the class on purpose: models may reference each other in cycles (e.g. a recursive oneOf), and every
# model module defines its class before importing any other model, so any import order resolves.
from ..models.run_result import (
    RunResult,  # noqa: E402
    _decode_run_result,  # noqa: E402
)
