# Code generated from openapi/coalesce.yaml + overlays/coalesce.overlay.yaml by "make generate". DO NOT EDIT.
from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from synq_coalesce_core.json_fields import (
    FieldTypeError,
)

T = TypeVar("T", bound="RunParameters")


@_attrs_define(eq=False)  # == is Mapping's: equal to any mapping (a dict too) with the same items
class RunParameters(Mapping[str, "Any"]):
    """Contains parameters to be used in the Refresh"""

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is RunParameters and type(src_dict) is dict:
            try:
                return _decode_run_parameters(src_dict)  # type: ignore[return-value]
            except Exception:  # anything unusual: the general code below decides, and words any error
                pass
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise FieldTypeError(f"object ({cls.__name__})", src_dict)
        run_parameters = cls()

        run_parameters.additional_properties = {prop_name: prop_dict for prop_name, prop_dict in src_dict.items()}

        return run_parameters

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: object) -> bool:
        return key in self.additional_properties

    def __iter__(self) -> Iterator[str]:
        return iter(self.additional_properties)

    def __len__(self) -> int:
        return len(self.additional_properties)


def _decode_run_parameters(d: Mapping[str, Any]) -> RunParameters:
    """from_dict's fast path (scripts/codegen/fast_decoder.py); raises for a body of an unusual shape."""
    o = RunParameters.__new__(RunParameters)
    o.additional_properties = dict(d)
    return o
