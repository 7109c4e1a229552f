# Code generated from openapi/coalesce.yaml + overlays/coalesce.overlay.yaml by "make generate". DO NOT EDIT.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from synq_coalesce_core.json_fields import (
    FieldTypeError,
    coerce,
    failing_item,
)

T = TypeVar("T", bound="RunResult")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "isRunning",
        "name",
        "nodeID",
        "queryResults",
        "renderQueryResult",
        "runState",
        "origin",
    }
)
"""The JSON names of the declared properties; any other key of a body goes to `additional_properties`."""


@_attrs_define
class RunResult:
    """The result output describing each query processed during a run.

    Attributes:
        is_running (bool):
        name (str):
        node_id (str):
        query_results (list[QueryResult]):
        render_query_result (QueryResult | None):
        run_state (str | None): The node's state in the run (reported values include complete, error and skipped).
        origin (str | None): Where the run was started from (for example API, CLI, UI or fivetranAPI).
    """

    is_running: bool
    name: str
    node_id: str
    query_results: list[QueryResult]
    render_query_result: QueryResult | None = None
    run_state: str | None = None
    origin: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_running = self.is_running

        name = self.name

        node_id = self.node_id

        query_results = []
        for query_results_item_data in self.query_results:
            query_results_item = query_results_item_data.to_dict()
            query_results.append(query_results_item)

        render_query_result: dict[str, Any] | None = None
        if self.render_query_result is not None:
            render_query_result = self.render_query_result.to_dict()

        run_state = self.run_state

        origin = self.origin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "isRunning": is_running,
                "name": name,
                "nodeID": node_id,
                "queryResults": query_results,
            }
        )
        if render_query_result is not None:
            field_dict["renderQueryResult"] = render_query_result
        if run_state is not None:
            field_dict["runState"] = run_state
        if origin is not None:
            field_dict["origin"] = origin

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is RunResult and type(src_dict) is dict:
            try:
                return _decode_run_result(src_dict)  # type: ignore[return-value]
            except Exception:  # anything unusual: the general code below decides, and words any error
                pass
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise FieldTypeError(f"object ({cls.__name__})", src_dict)
        d = src_dict
        absent = 0
        is_running = d.get("isRunning", None)
        if type(is_running) is not bool:
            is_running = coerce("isRunning", "boolean", is_running, required=True)

        name = d.get("name", None)
        if type(name) is not str:
            name = coerce("name", "string", name, required=True)

        node_id = d.get("nodeID", None)
        if type(node_id) is not str:
            node_id = coerce("nodeID", "string", node_id, required=True)

        _query_results = d.get("queryResults", None)
        if type(_query_results) is list:
            try:
                query_results = list(map(QueryResult.from_dict, _query_results))
            except FieldTypeError:
                raise failing_item("queryResults", QueryResult.from_dict, enumerate(_query_results)) from None
        else:
            query_results = coerce("queryResults", "array", _query_results, required=True)

        _render_query_result = d.get("renderQueryResult", None)
        render_query_result: QueryResult | None = None
        if type(_render_query_result) is dict:
            try:
                render_query_result = QueryResult.from_dict(_render_query_result)
            except FieldTypeError as field_error:
                raise field_error.inside("renderQueryResult")
        elif _render_query_result is None:
            absent += 1
        else:
            render_query_result = coerce("renderQueryResult", "object", _render_query_result)

        run_state = d.get("runState", None)
        if type(run_state) is not str:
            if run_state is None:
                absent += 1
            else:
                run_state = coerce("runState", "string", run_state)

        origin = d.get("origin", None)
        if type(origin) is not str:
            if origin is None:
                absent += 1
            else:
                origin = coerce("origin", "string", origin)

        run_result = cls(
            is_running,
            name,
            node_id,
            query_results,
            render_query_result,
            run_state,
            origin,
        )

        if len(src_dict) + absent > 7:  # only a body with a key no property declares
            run_result.additional_properties = {
                prop_name: prop_dict for prop_name, prop_dict in src_dict.items() if prop_name not in _KNOWN_KEYS
            }

        return run_result

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


def _decode_run_result(d: Mapping[str, Any]) -> RunResult:
    """from_dict's fast path (scripts/codegen/fast_decoder.py); raises for a body of an unusual shape."""
    o = RunResult.__new__(RunResult)
    get = d.get
    absent = 0
    v = get("isRunning")
    if not (type(v) is bool):
        raise _Unusual
    o.is_running = v
    v = get("name")
    if not (type(v) is str):
        raise _Unusual
    o.name = v
    v = get("nodeID")
    if not (type(v) is str):
        raise _Unusual
    o.node_id = v
    v = get("queryResults")
    if not (type(v) is list):
        raise _Unusual
    v = [_decode_query_result(item) for item in v]
    o.query_results = v
    v = get("renderQueryResult")
    if type(v) is dict:
        v = _decode_query_result(v)
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.render_query_result = v
    v = get("runState")
    if type(v) is str:
        pass
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.run_state = v
    v = get("origin")
    if type(v) is str:
        pass
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.origin = v
    o.additional_properties = {}
    if len(d) + absent > 7:
        o.additional_properties = {key: item for key, item in d.items() if key not in _KNOWN_KEYS}
    return o


from synq_coalesce_core.json_fields import Unusual as _Unusual  # noqa: E402

# Imported after the class on purpose: models may reference each other in cycles (e.g. a recursive oneOf), and every
# model module defines its class before importing any other model, so any import order resolves.
from ..models.query_result import (
    QueryResult,  # noqa: E402
    _decode_query_result,  # noqa: E402
)
