# Code generated from openapi/synq.yaml + overlays/synq.overlay.yaml by "make generate". DO NOT EDIT.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from synq_coalesce_core.json_fields import (
    FieldTypeError,
    coerce,
)

T = TypeVar("T", bound="IdentifierAirflowTask")


@_attrs_define
class IdentifierAirflowTask:
    """Airflow task identifier within a given DAG

    Attributes:
        airflow_task (AirflowTaskIdentifier): Airflow task identifier within a given DAG
    """

    airflow_task: AirflowTaskIdentifier

    def to_dict(self) -> dict[str, Any]:
        airflow_task = self.airflow_task.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "airflowTask": airflow_task,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is IdentifierAirflowTask and type(src_dict) is dict:
            try:
                return _decode_identifier_airflow_task(src_dict)  # type: ignore[return-value]
            except Exception:  # anything unusual: the general code below decides, and words any error
                pass
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise FieldTypeError(f"object ({cls.__name__})", src_dict)
        d = src_dict
        _airflow_task = d.get("airflowTask", None)
        if type(_airflow_task) is dict:
            try:
                airflow_task = AirflowTaskIdentifier.from_dict(_airflow_task)
            except FieldTypeError as field_error:
                raise field_error.inside("airflowTask")
        else:
            airflow_task = coerce("airflowTask", "object", _airflow_task, required=True)

        identifier_airflow_task = cls(
            airflow_task,
        )

        return identifier_airflow_task


def _decode_identifier_airflow_task(d: Mapping[str, Any]) -> IdentifierAirflowTask:
    """from_dict's fast path (scripts/codegen/fast_decoder.py); raises for a body of an unusual shape."""
    o = IdentifierAirflowTask.__new__(IdentifierAirflowTask)
    get = d.get
    v = get("airflowTask")
    if not (type(v) is dict):
        raise _Unusual
    v = _decode_airflow_task_identifier(v)
    o.airflow_task = v
    return o


from synq_coalesce_core.json_fields import Unusual as _Unusual  # noqa: E402

# Imported after the class on purpose: models may reference each other in cycles (e.g. a recursive oneOf), and every
# model module defines its class before importing any other model, so any import order resolves.
from ..models.airflow_task_identifier import (
    AirflowTaskIdentifier,  # noqa: E402
    _decode_airflow_task_identifier,  # noqa: E402
)
