# Code generated from openapi/synq.yaml + overlays/synq.overlay.yaml by "make generate". DO NOT EDIT.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from synq_coalesce_core.json_fields import (
    FieldTypeError,
    coerce,
)

T = TypeVar("T", bound="IdentifierDbtCoreNode")


@_attrs_define
class IdentifierDbtCoreNode:
    """Dbt node that identifies one of dbt DAG nodes (model, test, etc) in dbt Core project

    Attributes:
        dbt_core_node (DbtCoreNodeIdentifier): Dbt node that identifies one of dbt DAG nodes (model, test, etc) in dbt
            Core project
    """

    dbt_core_node: DbtCoreNodeIdentifier

    def to_dict(self) -> dict[str, Any]:
        dbt_core_node = self.dbt_core_node.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "dbtCoreNode": dbt_core_node,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is IdentifierDbtCoreNode and type(src_dict) is dict:
            try:
                return _decode_identifier_dbt_core_node(src_dict)  # type: ignore[return-value]
            except Exception:  # anything unusual: the general code below decides, and words any error
                pass
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise FieldTypeError(f"object ({cls.__name__})", src_dict)
        d = src_dict
        _dbt_core_node = d.get("dbtCoreNode", None)
        if type(_dbt_core_node) is dict:
            try:
                dbt_core_node = DbtCoreNodeIdentifier.from_dict(_dbt_core_node)
            except FieldTypeError as field_error:
                raise field_error.inside("dbtCoreNode")
        else:
            dbt_core_node = coerce("dbtCoreNode", "object", _dbt_core_node, required=True)

        identifier_dbt_core_node = cls(
            dbt_core_node,
        )

        return identifier_dbt_core_node


def _decode_identifier_dbt_core_node(d: Mapping[str, Any]) -> IdentifierDbtCoreNode:
    """from_dict's fast path (scripts/codegen/fast_decoder.py); raises for a body of an unusual shape."""
    o = IdentifierDbtCoreNode.__new__(IdentifierDbtCoreNode)
    get = d.get
    v = get("dbtCoreNode")
    if not (type(v) is dict):
        raise _Unusual
    v = _decode_dbt_core_node_identifier(v)
    o.dbt_core_node = v
    return o


from synq_coalesce_core.json_fields import Unusual as _Unusual  # noqa: E402

# Imported after the class on purpose: models may reference each other in cycles (e.g. a recursive oneOf), and every
# model module defines its class before importing any other model, so any import order resolves.
from ..models.dbt_core_node_identifier import (
    DbtCoreNodeIdentifier,  # noqa: E402
    _decode_dbt_core_node_identifier,  # noqa: E402
)
