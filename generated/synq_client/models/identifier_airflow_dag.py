# Code generated from openapi/synq.yaml + overlays/synq.overlay.yaml by "make generate". DO NOT EDIT.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from synq_coalesce_core.json_fields import (
    FieldTypeError,
    coerce,
)

T = TypeVar("T", bound="IdentifierAirflowDag")


@_attrs_define
class IdentifierAirflowDag:
    """Airflow DAG identifier

    Attributes:
        airflow_dag (AirflowDagIdentifier): Airflow DAG identifier
    """

    airflow_dag: AirflowDagIdentifier

    def to_dict(self) -> dict[str, Any]:
        airflow_dag = self.airflow_dag.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "airflowDag": airflow_dag,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is IdentifierAirflowDag and type(src_dict) is dict:
            try:
                return _decode_identifier_airflow_dag(src_dict)  # type: ignore[return-value]
            except Exception:  # anything unusual: the general code below decides, and words any error
                pass
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise FieldTypeError(f"object ({cls.__name__})", src_dict)
        d = src_dict
        _airflow_dag = d.get("airflowDag", None)
        if type(_airflow_dag) is dict:
            try:
                airflow_dag = AirflowDagIdentifier.from_dict(_airflow_dag)
            except FieldTypeError as field_error:
                raise field_error.inside("airflowDag")
        else:
            airflow_dag = coerce("airflowDag", "object", _airflow_dag, required=True)

        identifier_airflow_dag = cls(
            airflow_dag,
        )

        return identifier_airflow_dag


def _decode_identifier_airflow_dag(d: Mapping[str, Any]) -> IdentifierAirflowDag:
    """from_dict's fast path (scripts/codegen/fast_decoder.py); raises for a body of an unusual shape."""
    o = IdentifierAirflowDag.__new__(IdentifierAirflowDag)
    get = d.get
    v = get("airflowDag")
    if not (type(v) is dict):
        raise _Unusual
    v = _decode_airflow_dag_identifier(v)
    o.airflow_dag = v
    return o


from synq_coalesce_core.json_fields import Unusual as _Unusual  # noqa: E402

# Imported after the class on purpose: models may reference each other in cycles (e.g. a recursive oneOf), and every
# model module defines its class before importing any other model, so any import order resolves.
from ..models.airflow_dag_identifier import (
    AirflowDagIdentifier,  # noqa: E402
    _decode_airflow_dag_identifier,  # noqa: E402
)
