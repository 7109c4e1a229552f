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
from synq_coalesce_core.redact import secret_repr

T = TypeVar("T", bound="RunUserCredentials")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "snowflakeUsername",
        "snowflakePassword",
        "snowflakeKeyPairKey",
        "snowflakeKeyPairPass",
        "snowflakeWarehouse",
        "snowflakeRole",
        "snowflakeAuthType",
    }
)
"""The JSON names of the declared properties; any other key of a body goes to `additional_properties`."""


@_attrs_define
class RunUserCredentials:
    """userCredentials contains connection credentials for connecting to Snowflake. Currently only basic auth
    (username/password) may be specified. If however, an OAuth connection has been established for the given environment
    specified in runDetails.environmentID, you may omit userCredentials. In that case, Coalesce will use the OAuth
    connection to connect with Snowflake.

        Attributes:
            snowflake_username (str | None): Snowflake Account Username. Required when snowflakeAuthType is Basic
            snowflake_password (str | None): Snowflake Account password. Required when snowflakeAuthType is Basic
            snowflake_key_pair_key (str | None): The PEM-encoded private key to use when authenticating to Snowflake.
                Required when using the KeyPair authentication type. Newlines must be encoded as "\\n" within the request.
            snowflake_key_pair_pass (str | None): The password to use to decrypt the private key. This is only applicable
                when the authentication type is KeyPair and the private key is encrypted.
            snowflake_warehouse (str | None): Snowflake compute warehouse
            snowflake_role (str | None): Snowflake user role
            snowflake_auth_type (str | None): Options: Basic | KeyPair | OAuth Default: 'Basic'.
    """

    snowflake_username: str | None = None
    snowflake_password: str | None = _attrs_field(default=None, repr=secret_repr)
    snowflake_key_pair_key: str | None = _attrs_field(default=None, repr=secret_repr)
    snowflake_key_pair_pass: str | None = _attrs_field(default=None, repr=secret_repr)
    snowflake_warehouse: str | None = None
    snowflake_role: str | None = None
    snowflake_auth_type: str | None = "Basic"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        snowflake_username = self.snowflake_username

        snowflake_password = self.snowflake_password

        snowflake_key_pair_key = self.snowflake_key_pair_key

        snowflake_key_pair_pass = self.snowflake_key_pair_pass

        snowflake_warehouse = self.snowflake_warehouse

        snowflake_role = self.snowflake_role

        snowflake_auth_type = self.snowflake_auth_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if snowflake_username is not None:
            field_dict["snowflakeUsername"] = snowflake_username
        if snowflake_password is not None:
            field_dict["snowflakePassword"] = snowflake_password
        if snowflake_key_pair_key is not None:
            field_dict["snowflakeKeyPairKey"] = snowflake_key_pair_key
        if snowflake_key_pair_pass is not None:
            field_dict["snowflakeKeyPairPass"] = snowflake_key_pair_pass
        if snowflake_warehouse is not None:
            field_dict["snowflakeWarehouse"] = snowflake_warehouse
        if snowflake_role is not None:
            field_dict["snowflakeRole"] = snowflake_role
        if snowflake_auth_type is not None:
            field_dict["snowflakeAuthType"] = snowflake_auth_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is RunUserCredentials and type(src_dict) is dict:
            try:
                return _decode_run_user_credentials(src_dict)  # type: ignore[return-value]
            except Exception:  # anything unusual: the general code below decides, and words any error
                pass
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise FieldTypeError(f"object ({cls.__name__})", src_dict)
        d = src_dict
        absent = 0
        snowflake_username = d.get("snowflakeUsername", None)
        if type(snowflake_username) is not str:
            if snowflake_username is None:
                absent += 1
            else:
                snowflake_username = coerce("snowflakeUsername", "string", snowflake_username)

        snowflake_password = d.get("snowflakePassword", None)
        if type(snowflake_password) is not str:
            if snowflake_password is None:
                absent += 1
            else:
                snowflake_password = coerce("snowflakePassword", "string", snowflake_password)

        snowflake_key_pair_key = d.get("snowflakeKeyPairKey", None)
        if type(snowflake_key_pair_key) is not str:
            if snowflake_key_pair_key is None:
                absent += 1
            else:
                snowflake_key_pair_key = coerce("snowflakeKeyPairKey", "string", snowflake_key_pair_key)

        snowflake_key_pair_pass = d.get("snowflakeKeyPairPass", None)
        if type(snowflake_key_pair_pass) is not str:
            if snowflake_key_pair_pass is None:
                absent += 1
            else:
                snowflake_key_pair_pass = coerce("snowflakeKeyPairPass", "string", snowflake_key_pair_pass)

        snowflake_warehouse = d.get("snowflakeWarehouse", None)
        if type(snowflake_warehouse) is not str:
            if snowflake_warehouse is None:
                absent += 1
            else:
                snowflake_warehouse = coerce("snowflakeWarehouse", "string", snowflake_warehouse)

        snowflake_role = d.get("snowflakeRole", None)
        if type(snowflake_role) is not str:
            if snowflake_role is None:
                absent += 1
            else:
                snowflake_role = coerce("snowflakeRole", "string", snowflake_role)

        snowflake_auth_type = d.get("snowflakeAuthType", None)
        if type(snowflake_auth_type) is not str:
            if snowflake_auth_type is None:
                absent += 1
            else:
                snowflake_auth_type = coerce("snowflakeAuthType", "string", snowflake_auth_type)

        run_user_credentials = cls(
            snowflake_username,
            snowflake_password,
            snowflake_key_pair_key,
            snowflake_key_pair_pass,
            snowflake_warehouse,
            snowflake_role,
            snowflake_auth_type,
        )

        if len(src_dict) + absent > 7:  # only a body with a key no property declares
            run_user_credentials.additional_properties = {
                prop_name: prop_dict for prop_name, prop_dict in src_dict.items() if prop_name not in _KNOWN_KEYS
            }

        return run_user_credentials

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


def _decode_run_user_credentials(d: Mapping[str, Any]) -> RunUserCredentials:
    """from_dict's fast path (scripts/codegen/fast_decoder.py); raises for a body of an unusual shape."""
    o = RunUserCredentials.__new__(RunUserCredentials)
    get = d.get
    absent = 0
    v = get("snowflakeUsername")
    if type(v) is str:
        pass
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.snowflake_username = v
    v = get("snowflakePassword")
    if type(v) is str:
        pass
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.snowflake_password = v
    v = get("snowflakeKeyPairKey")
    if type(v) is str:
        pass
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.snowflake_key_pair_key = v
    v = get("snowflakeKeyPairPass")
    if type(v) is str:
        pass
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.snowflake_key_pair_pass = v
    v = get("snowflakeWarehouse")
    if type(v) is str:
        pass
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.snowflake_warehouse = v
    v = get("snowflakeRole")
    if type(v) is str:
        pass
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.snowflake_role = v
    v = get("snowflakeAuthType")
    if type(v) is str:
        pass
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.snowflake_auth_type = v
    o.additional_properties = {}
    if len(d) + absent > 7:
        o.additional_properties = {key: item for key, item in d.items() if key not in _KNOWN_KEYS}
    return o


from synq_coalesce_core.json_fields import Unusual as _Unusual  # noqa: E402
