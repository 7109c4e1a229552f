# Code generated from openapi/coalesce.yaml + overlays/coalesce.overlay.yaml by "make generate". DO NOT EDIT.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from synq_coalesce_core.json_fields import (
    FieldTypeError,
    coerce,
    enum_member,
)

from ..models.user_connection_type import UserConnectionType
from ..types import (  # ruff drops the names a model does not use
    UnknownValue,
)

T = TypeVar("T", bound="SnowflakeUserCredentials")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "snowflakeAccount",
        "snowflakeAuthType",
        "snowflakeUsername",
        "snowflakeRole",
        "snowflakeWarehouse",
    }
)
"""The JSON names of the declared properties; any other key of a body goes to `additional_properties`."""


@_attrs_define
class SnowflakeUserCredentials:
    """Information about the Snowflake account used to perform a run.

    Attributes:
        snowflake_account (str):
        snowflake_auth_type (UserConnectionType | UnknownValue):
        snowflake_username (str):
        snowflake_role (str | None):
        snowflake_warehouse (str | None):
    """

    snowflake_account: str
    snowflake_auth_type: UserConnectionType | UnknownValue
    snowflake_username: str
    snowflake_role: str | None = None
    snowflake_warehouse: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        snowflake_account = self.snowflake_account

        snowflake_auth_type = self.snowflake_auth_type.raw

        snowflake_username = self.snowflake_username

        snowflake_role = self.snowflake_role

        snowflake_warehouse = self.snowflake_warehouse

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "snowflakeAccount": snowflake_account,
                "snowflakeAuthType": snowflake_auth_type,
                "snowflakeUsername": snowflake_username,
            }
        )
        if snowflake_role is not None:
            field_dict["snowflakeRole"] = snowflake_role
        if snowflake_warehouse is not None:
            field_dict["snowflakeWarehouse"] = snowflake_warehouse

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is SnowflakeUserCredentials and type(src_dict) is dict:
            try:
                return _decode_snowflake_user_credentials(src_dict)  # type: ignore[return-value]
            except Exception:  # anything unusual: the general code below decides, and words any error
                pass
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise FieldTypeError(f"object ({cls.__name__})", src_dict)
        d = src_dict
        absent = 0
        snowflake_account = d.get("snowflakeAccount", None)
        if type(snowflake_account) is not str:
            snowflake_account = coerce("snowflakeAccount", "string", snowflake_account, required=True)

        _snowflake_auth_type = d.get("snowflakeAuthType", None)
        if type(_snowflake_auth_type) is str:
            snowflake_auth_type = UserConnectionType.from_value(_snowflake_auth_type)
        else:
            snowflake_auth_type = enum_member(
                "snowflakeAuthType", UserConnectionType.from_value, _snowflake_auth_type, required=True
            )

        snowflake_username = d.get("snowflakeUsername", None)
        if type(snowflake_username) is not str:
            snowflake_username = coerce("snowflakeUsername", "string", snowflake_username, required=True)

        snowflake_role = d.get("snowflakeRole", None)
        if type(snowflake_role) is not str:
            if snowflake_role is None:
                absent += 1
            else:
                snowflake_role = coerce("snowflakeRole", "string", snowflake_role)

        snowflake_warehouse = d.get("snowflakeWarehouse", None)
        if type(snowflake_warehouse) is not str:
            if snowflake_warehouse is None:
                absent += 1
            else:
                snowflake_warehouse = coerce("snowflakeWarehouse", "string", snowflake_warehouse)

        snowflake_user_credentials = cls(
            snowflake_account,
            snowflake_auth_type,
            snowflake_username,
            snowflake_role,
            snowflake_warehouse,
        )

        if len(src_dict) + absent > 5:  # only a body with a key no property declares
            snowflake_user_credentials.additional_properties = {
                prop_name: prop_dict for prop_name, prop_dict in src_dict.items() if prop_name not in _KNOWN_KEYS
            }

        return snowflake_user_credentials

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


def _decode_snowflake_user_credentials(d: Mapping[str, Any]) -> SnowflakeUserCredentials:
    """from_dict's fast path (scripts/codegen/fast_decoder.py); raises for a body of an unusual shape."""
    o = SnowflakeUserCredentials.__new__(SnowflakeUserCredentials)
    get = d.get
    absent = 0
    v = get("snowflakeAccount")
    if not (type(v) is str):
        raise _Unusual
    o.snowflake_account = v
    v = get("snowflakeAuthType")
    if not (type(v) is str):
        raise _Unusual
    v = _UserConnectionType_MEMBERS[v] if v in _UserConnectionType_MEMBERS else UserConnectionType.from_value(v)
    o.snowflake_auth_type = v
    v = get("snowflakeUsername")
    if not (type(v) is str):
        raise _Unusual
    o.snowflake_username = v
    v = get("snowflakeRole")
    if type(v) is str:
        pass
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.snowflake_role = v
    v = get("snowflakeWarehouse")
    if type(v) is str:
        pass
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.snowflake_warehouse = v
    o.additional_properties = {}
    if len(d) + absent > 5:
        o.additional_properties = {key: item for key, item in d.items() if key not in _KNOWN_KEYS}
    return o


from synq_coalesce_core.json_fields import Unusual as _Unusual  # noqa: E402

_UserConnectionType_MEMBERS: dict[str, UserConnectionType] = {member.value: member for member in UserConnectionType}
