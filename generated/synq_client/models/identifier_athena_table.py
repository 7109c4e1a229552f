# Code generated from openapi/synq.yaml + overlays/synq.overlay.yaml by "make generate". DO NOT EDIT.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="IdentifierAthenaTable")


@_attrs_define
class IdentifierAthenaTable:
    """Amazon Athena (Glue) table identifier

    Attributes:
        athena_table (AthenaTableIdentifier): Amazon Athena (Glue) table identifier
    """

    athena_table: AthenaTableIdentifier

    def to_dict(self) -> dict[str, Any]:
        athena_table = self.athena_table.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "athenaTable": athena_table,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
        d = src_dict
        athena_table = AthenaTableIdentifier.from_dict(d["athenaTable"])

        identifier_athena_table = cls(
            athena_table,
        )

        return identifier_athena_table


# Imported after the class on purpose: models may reference each other in cycles (e.g. a recursive oneOf), and every
# model module defines its class before importing any other model, so any import order resolves.
from ..models.athena_table_identifier import AthenaTableIdentifier  # noqa: E402
