# Code generated from openapi/synq.yaml + overlays/synq.overlay.yaml by "make generate". DO NOT EDIT.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.monitor_identifier import MonitorIdentifier


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
        from ..models.monitor_identifier import MonitorIdentifier  # noqa: PLC0415

        d = dict(src_dict)
        monitor = MonitorIdentifier.from_dict(d.pop("monitor"))

        identifier_monitor = cls(
            monitor=monitor,
        )

        return identifier_monitor
