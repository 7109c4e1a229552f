# Code generated from openapi/synq.yaml + overlays/synq.overlay.yaml by "make generate". DO NOT EDIT.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from synq_coalesce_core.json_fields import (
    FieldTypeError,
    coerce,
)

T = TypeVar("T", bound="IdentifierMonitor")


@_attrs_define
class IdentifierMonitor:
    """Monitor identifier

    Attributes:
        monitor (MonitorIdentifier): Monitor identifier
    """

    monitor: MonitorIdentifier

    def to_dict(self) -> dict[str, Any]:
        monitor = self.monitor.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "monitor": monitor,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is IdentifierMonitor and type(src_dict) is dict:
            try:
                return _decode_identifier_monitor(src_dict)  # type: ignore[return-value]
            except Exception:  # anything unusual: the general code below decides, and words any error
                pass
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise FieldTypeError(f"object ({cls.__name__})", src_dict)
        d = src_dict
        _monitor = d.get("monitor", None)
        if type(_monitor) is dict:
            try:
                monitor = MonitorIdentifier.from_dict(_monitor)
            except FieldTypeError as field_error:
                raise field_error.inside("monitor")
        else:
            monitor = coerce("monitor", "object", _monitor, required=True)

        identifier_monitor = cls(
            monitor,
        )

        return identifier_monitor


def _decode_identifier_monitor(d: Mapping[str, Any]) -> IdentifierMonitor:
    """from_dict's fast path (scripts/codegen/fast_decoder.py); raises for a body of an unusual shape."""
    o = IdentifierMonitor.__new__(IdentifierMonitor)
    get = d.get
    v = get("monitor")
    if not (type(v) is dict):
        raise _Unusual
    v = MonitorIdentifier.from_dict(v)
    o.monitor = v
    return o


from synq_coalesce_core.json_fields import Unusual as _Unusual  # noqa: E402

# Imported after the class on purpose: models may reference each other in cycles (e.g. a recursive oneOf), and every
# model module defines its class before importing any other model, so any import order resolves.
from ..models.monitor_identifier import MonitorIdentifier  # noqa: E402
