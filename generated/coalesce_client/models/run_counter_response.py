# Code generated from openapi/coalesce.yaml + overlays/coalesce.overlay.yaml by "make generate". DO NOT EDIT.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from synq_coalesce_core.json_fields import (
    FieldTypeError,
    coerce,
)

T = TypeVar("T", bound="RunCounterResponse")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "runCounter",
    }
)
"""The JSON names of the declared properties; any other key of a body goes to `additional_properties`."""


@_attrs_define
class RunCounterResponse:
    """
    Attributes:
        run_counter (int): The ID of the run that was started (the same number as a run ID). Default: 0.
    """

    run_counter: int = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        run_counter = self.run_counter

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "runCounter": run_counter,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is RunCounterResponse and type(src_dict) is dict:
            try:
                return _decode_run_counter_response(src_dict)  # type: ignore[return-value]
            except Exception:  # anything unusual: the general code below decides, and words any error
                pass
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise FieldTypeError(f"object ({cls.__name__})", src_dict)
        d = src_dict
        run_counter = d.get("runCounter", None)
        if type(run_counter) is not int:
            run_counter = coerce("runCounter", "integer", run_counter, required=True)

        run_counter_response = cls(
            run_counter,
        )

        if len(src_dict) > 1:  # only a body with a key no property declares
            run_counter_response.additional_properties = {
                prop_name: prop_dict for prop_name, prop_dict in src_dict.items() if prop_name not in _KNOWN_KEYS
            }

        return run_counter_response

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


def _decode_run_counter_response(d: Mapping[str, Any]) -> RunCounterResponse:
    """from_dict's fast path (scripts/codegen/fast_decoder.py); raises for a body of an unusual shape."""
    o = RunCounterResponse.__new__(RunCounterResponse)
    get = d.get
    v = get("runCounter")
    if not (type(v) is int):
        raise _Unusual
    o.run_counter = v
    o.additional_properties = {}
    if len(d) > 1:
        o.additional_properties = {key: item for key, item in d.items() if key not in _KNOWN_KEYS}
    return o


from synq_coalesce_core.json_fields import Unusual as _Unusual  # noqa: E402
