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

T = TypeVar("T", bound="RerunRequest")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "runDetails",
        "userCredentials",
        "parameters",
    }
)
"""The JSON names of the declared properties; any other key of a body goes to `additional_properties`."""


@_attrs_define
class RerunRequest:
    """
    Attributes:
        run_details (RerunDetails): Contains the runID to be re-run.
        user_credentials (RunUserCredentials | None): userCredentials contains connection credentials for connecting to
            Snowflake. Currently only basic auth (username/password) may be specified. If however, an OAuth connection has
            been established for the given environment specified in runDetails.environmentID, you may omit userCredentials.
            In that case, Coalesce will use the OAuth connection to connect with Snowflake.
        parameters (RunParameters | None): Contains parameters to be used in the Refresh
    """

    run_details: RerunDetails
    user_credentials: RunUserCredentials | None = None
    parameters: RunParameters | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        run_details = self.run_details.to_dict()

        user_credentials: dict[str, Any] | None = None
        if self.user_credentials is not None:
            user_credentials = self.user_credentials.to_dict()

        parameters: dict[str, Any] | None = None
        if self.parameters is not None:
            parameters = self.parameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "runDetails": run_details,
            }
        )
        if user_credentials is not None:
            field_dict["userCredentials"] = user_credentials
        if parameters is not None:
            field_dict["parameters"] = parameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is RerunRequest and type(src_dict) is dict:
            try:
                return _decode_rerun_request(src_dict)  # type: ignore[return-value]
            except Exception:  # anything unusual: the general code below decides, and words any error
                pass
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise FieldTypeError(f"object ({cls.__name__})", src_dict)
        d = src_dict
        absent = 0
        _run_details = d.get("runDetails", None)
        if type(_run_details) is dict:
            try:
                run_details = RerunDetails.from_dict(_run_details)
            except FieldTypeError as field_error:
                raise field_error.inside("runDetails")
        else:
            run_details = coerce("runDetails", "object", _run_details, required=True)

        _user_credentials = d.get("userCredentials", None)
        user_credentials: RunUserCredentials | None = None
        if type(_user_credentials) is dict:
            try:
                user_credentials = RunUserCredentials.from_dict(_user_credentials)
            except FieldTypeError as field_error:
                raise field_error.inside("userCredentials")
        elif _user_credentials is None:
            absent += 1
        else:
            user_credentials = coerce("userCredentials", "object", _user_credentials)

        _parameters = d.get("parameters", None)
        parameters: RunParameters | None = None
        if type(_parameters) is dict:
            try:
                parameters = RunParameters.from_dict(_parameters)
            except FieldTypeError as field_error:
                raise field_error.inside("parameters")
        elif _parameters is None:
            absent += 1
        else:
            parameters = coerce("parameters", "object", _parameters)

        rerun_request = cls(
            run_details,
            user_credentials,
            parameters,
        )

        if len(src_dict) + absent > 3:  # only a body with a key no property declares
            rerun_request.additional_properties = {
                prop_name: prop_dict for prop_name, prop_dict in src_dict.items() if prop_name not in _KNOWN_KEYS
            }

        return rerun_request

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


def _decode_rerun_request(d: Mapping[str, Any]) -> RerunRequest:
    """from_dict's fast path (scripts/codegen/fast_decoder.py); raises for a body of an unusual shape."""
    o = RerunRequest.__new__(RerunRequest)
    get = d.get
    absent = 0
    v = get("runDetails")
    if not (type(v) is dict):
        raise _Unusual
    v = _decode_rerun_details(v)
    o.run_details = v
    v = get("userCredentials")
    if type(v) is dict:
        v = _decode_run_user_credentials(v)
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.user_credentials = v
    v = get("parameters")
    if type(v) is dict:
        v = _decode_run_parameters(v)
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.parameters = v
    o.additional_properties = {}
    if len(d) + absent > 3:
        o.additional_properties = {key: item for key, item in d.items() if key not in _KNOWN_KEYS}
    return o


from synq_coalesce_core.json_fields import Unusual as _Unusual  # noqa: E402

# Imported after the class on purpose: models may reference each other in cycles (e.g. a recursive oneOf), and every
# model module defines its class before importing any other model, so any import order resolves.
from ..models.rerun_details import (
    RerunDetails,  # noqa: E402
    _decode_rerun_details,  # noqa: E402
)
from ..models.run_parameters import (
    RunParameters,  # noqa: E402
    _decode_run_parameters,  # noqa: E402
)
from ..models.run_user_credentials import (
    RunUserCredentials,  # noqa: E402
    _decode_run_user_credentials,  # noqa: E402
)
