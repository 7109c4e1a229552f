# Code generated from openapi/synq.yaml + overlays/synq.overlay.yaml by "make generate". DO NOT EDIT.
from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from synq_coalesce_core.json_fields import (
    FieldTypeError,
    all_of,
    coerce,
    enum_member,
    failing_item,
    json_number,
    list_items,
    rfc3339,
    timestamp,
)

from ..models.execution_status import ExecutionStatus
from ..models.execution_type import ExecutionType
from ..types import (  # ruff drops the names a model does not use
    UnknownValue,
    UnknownVariant,
)

T = TypeVar("T", bound="EntityExecution")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "entities",
        "entitiesSynqPaths",
        "targets",
        "targetsSynqPaths",
        "extraReferences",
        "extraReferencesSynqPaths",
        "executionType",
        "status",
        "skipped",
        "message",
        "createdAt",
        "startedAt",
        "finishedAt",
        "parentExecutionIds",
        "durationSeconds",
    }
)
"""The JSON names of the declared properties; any other key of a body goes to `additional_properties`."""


@_attrs_define
class EntityExecution:
    """EntityExecution represents a single execution event on an entity. This is a public representation of internal Run
    data, excluding sensitive metadata.

        Attributes:
            id (str | None): Unique identifier for this execution.
            entities (list[IdentifierAirflowDag | IdentifierAirflowTask | IdentifierAthenaTable | IdentifierBigqueryTable |
                IdentifierClickhouseTable | IdentifierCustom | IdentifierDatabricksTable | IdentifierDataproduct |
                IdentifierDbtCloudNode | IdentifierDbtCoreNode | IdentifierFabricTable | IdentifierMonitor |
                IdentifierMssqlTable | IdentifierMysqlTable | IdentifierOracleTable | IdentifierPostgresTable |
                IdentifierRedshiftTable | IdentifierSavedView | IdentifierSnowflakeTable | IdentifierSqlMeshAudit |
                IdentifierSqlMeshModel | IdentifierSynqPath | IdentifierTrinoTable | UnknownVariant] | None): Primary entities
                affected by this execution. These are the main entities this execution ran on or modified.
            entities_synq_paths (list[str] | None): Coalesce Quality paths of primary entities affected by this execution.
            targets (list[IdentifierAirflowDag | IdentifierAirflowTask | IdentifierAthenaTable | IdentifierBigqueryTable |
                IdentifierClickhouseTable | IdentifierCustom | IdentifierDatabricksTable | IdentifierDataproduct |
                IdentifierDbtCloudNode | IdentifierDbtCoreNode | IdentifierFabricTable | IdentifierMonitor |
                IdentifierMssqlTable | IdentifierMysqlTable | IdentifierOracleTable | IdentifierPostgresTable |
                IdentifierRedshiftTable | IdentifierSavedView | IdentifierSnowflakeTable | IdentifierSqlMeshAudit |
                IdentifierSqlMeshModel | IdentifierSynqPath | IdentifierTrinoTable | UnknownVariant] | None): Target entities
                referenced by this execution. These are secondary entities that were targets of the execution.
            targets_synq_paths (list[str] | None): Coalesce Quality paths of target entities referenced by this execution.
            extra_references (list[IdentifierAirflowDag | IdentifierAirflowTask | IdentifierAthenaTable |
                IdentifierBigqueryTable | IdentifierClickhouseTable | IdentifierCustom | IdentifierDatabricksTable |
                IdentifierDataproduct | IdentifierDbtCloudNode | IdentifierDbtCoreNode | IdentifierFabricTable |
                IdentifierMonitor | IdentifierMssqlTable | IdentifierMysqlTable | IdentifierOracleTable |
                IdentifierPostgresTable | IdentifierRedshiftTable | IdentifierSavedView | IdentifierSnowflakeTable |
                IdentifierSqlMeshAudit | IdentifierSqlMeshModel | IdentifierSynqPath | IdentifierTrinoTable | UnknownVariant] |
                None): Additional entity references. These are other entities referenced during the execution.
            extra_references_synq_paths (list[str] | None): Coalesce Quality paths of additional entity references.
            execution_type (ExecutionType | UnknownValue | None): Type of execution (e.g., query, job, test run).
            status (ExecutionStatus | UnknownValue | None): ExecutionStatus represents the outcome of an execution. Status
                of the execution.
            skipped (bool | None): Whether this execution was skipped.
            message (str | None): Human-readable message describing the execution result. This typically contains error
                messages, warnings, or success information.
            created_at (datetime.datetime | None): When the execution record was created in Coalesce Quality.
            started_at (datetime.datetime | None): When the execution actually started.
            finished_at (datetime.datetime | None): When the execution finished.
            parent_execution_ids (list[str] | None): IDs of parent executions, if this is a nested execution. For example,
                a task execution might have a parent DAG execution.
            duration_seconds (float | None): Duration of the execution in seconds. Only populated if both started_at and
                finished_at are present.
    """

    id: str | None = None
    entities: (
        list[
            IdentifierAirflowDag
            | IdentifierAirflowTask
            | IdentifierAthenaTable
            | IdentifierBigqueryTable
            | IdentifierClickhouseTable
            | IdentifierCustom
            | IdentifierDatabricksTable
            | IdentifierDataproduct
            | IdentifierDbtCloudNode
            | IdentifierDbtCoreNode
            | IdentifierFabricTable
            | IdentifierMonitor
            | IdentifierMssqlTable
            | IdentifierMysqlTable
            | IdentifierOracleTable
            | IdentifierPostgresTable
            | IdentifierRedshiftTable
            | IdentifierSavedView
            | IdentifierSnowflakeTable
            | IdentifierSqlMeshAudit
            | IdentifierSqlMeshModel
            | IdentifierSynqPath
            | IdentifierTrinoTable
            | UnknownVariant
        ]
        | None
    ) = None
    entities_synq_paths: list[str] | None = None
    targets: (
        list[
            IdentifierAirflowDag
            | IdentifierAirflowTask
            | IdentifierAthenaTable
            | IdentifierBigqueryTable
            | IdentifierClickhouseTable
            | IdentifierCustom
            | IdentifierDatabricksTable
            | IdentifierDataproduct
            | IdentifierDbtCloudNode
            | IdentifierDbtCoreNode
            | IdentifierFabricTable
            | IdentifierMonitor
            | IdentifierMssqlTable
            | IdentifierMysqlTable
            | IdentifierOracleTable
            | IdentifierPostgresTable
            | IdentifierRedshiftTable
            | IdentifierSavedView
            | IdentifierSnowflakeTable
            | IdentifierSqlMeshAudit
            | IdentifierSqlMeshModel
            | IdentifierSynqPath
            | IdentifierTrinoTable
            | UnknownVariant
        ]
        | None
    ) = None
    targets_synq_paths: list[str] | None = None
    extra_references: (
        list[
            IdentifierAirflowDag
            | IdentifierAirflowTask
            | IdentifierAthenaTable
            | IdentifierBigqueryTable
            | IdentifierClickhouseTable
            | IdentifierCustom
            | IdentifierDatabricksTable
            | IdentifierDataproduct
            | IdentifierDbtCloudNode
            | IdentifierDbtCoreNode
            | IdentifierFabricTable
            | IdentifierMonitor
            | IdentifierMssqlTable
            | IdentifierMysqlTable
            | IdentifierOracleTable
            | IdentifierPostgresTable
            | IdentifierRedshiftTable
            | IdentifierSavedView
            | IdentifierSnowflakeTable
            | IdentifierSqlMeshAudit
            | IdentifierSqlMeshModel
            | IdentifierSynqPath
            | IdentifierTrinoTable
            | UnknownVariant
        ]
        | None
    ) = None
    extra_references_synq_paths: list[str] | None = None
    execution_type: ExecutionType | UnknownValue | None = None
    status: ExecutionStatus | UnknownValue | None = None
    skipped: bool | None = None
    message: str | None = None
    created_at: datetime.datetime | None = None
    started_at: datetime.datetime | None = None
    finished_at: datetime.datetime | None = None
    parent_execution_ids: list[str] | None = None
    duration_seconds: float | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        entities: list[dict[str, Any]] | None = None
        if self.entities is not None:
            entities = []
            for entities_item_data in self.entities:
                entities_item = entities_item_data.to_dict()
                entities.append(entities_item)

        entities_synq_paths: list[str] | None = None
        if self.entities_synq_paths is not None:
            entities_synq_paths = self.entities_synq_paths

        targets: list[dict[str, Any]] | None = None
        if self.targets is not None:
            targets = []
            for targets_item_data in self.targets:
                targets_item = targets_item_data.to_dict()
                targets.append(targets_item)

        targets_synq_paths: list[str] | None = None
        if self.targets_synq_paths is not None:
            targets_synq_paths = self.targets_synq_paths

        extra_references: list[dict[str, Any]] | None = None
        if self.extra_references is not None:
            extra_references = []
            for extra_references_item_data in self.extra_references:
                extra_references_item = extra_references_item_data.to_dict()
                extra_references.append(extra_references_item)

        extra_references_synq_paths: list[str] | None = None
        if self.extra_references_synq_paths is not None:
            extra_references_synq_paths = self.extra_references_synq_paths

        execution_type: str | int | None = None
        if self.execution_type is not None:
            execution_type = self.execution_type.raw

        status: str | int | None = None
        if self.status is not None:
            status = self.status.raw

        skipped = self.skipped

        message = self.message

        created_at: str | None = None
        if self.created_at is not None:
            created_at = rfc3339(self.created_at)

        started_at: str | None = None
        if self.started_at is not None:
            started_at = rfc3339(self.started_at)

        finished_at: str | None = None
        if self.finished_at is not None:
            finished_at = rfc3339(self.finished_at)

        parent_execution_ids: list[str] | None = None
        if self.parent_execution_ids is not None:
            parent_execution_ids = self.parent_execution_ids

        duration_seconds: float | str | None = None
        if self.duration_seconds is not None:
            duration_seconds = json_number(self.duration_seconds)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not None:
            field_dict["id"] = id
        if entities is not None:
            field_dict["entities"] = entities
        if entities_synq_paths is not None:
            field_dict["entitiesSynqPaths"] = entities_synq_paths
        if targets is not None:
            field_dict["targets"] = targets
        if targets_synq_paths is not None:
            field_dict["targetsSynqPaths"] = targets_synq_paths
        if extra_references is not None:
            field_dict["extraReferences"] = extra_references
        if extra_references_synq_paths is not None:
            field_dict["extraReferencesSynqPaths"] = extra_references_synq_paths
        if execution_type is not None:
            field_dict["executionType"] = execution_type
        if status is not None:
            field_dict["status"] = status
        if skipped is not None:
            field_dict["skipped"] = skipped
        if message is not None:
            field_dict["message"] = message
        if created_at is not None:
            field_dict["createdAt"] = created_at
        if started_at is not None:
            field_dict["startedAt"] = started_at
        if finished_at is not None:
            field_dict["finishedAt"] = finished_at
        if parent_execution_ids is not None:
            field_dict["parentExecutionIds"] = parent_execution_ids
        if duration_seconds is not None:
            field_dict["durationSeconds"] = duration_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is EntityExecution and type(src_dict) is dict:
            try:
                return _decode_entity_execution(src_dict)  # type: ignore[return-value]
            except Exception:  # anything unusual: the general code below decides, and words any error
                pass
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise FieldTypeError(f"object ({cls.__name__})", src_dict)
        d = src_dict
        absent = 0
        id = d.get("id", None)
        if type(id) is not str:
            if id is None:
                absent += 1
            else:
                id = coerce("id", "string", id)

        _entities = d.get("entities", None)
        entities: (
            list[
                IdentifierAirflowDag
                | IdentifierAirflowTask
                | IdentifierAthenaTable
                | IdentifierBigqueryTable
                | IdentifierClickhouseTable
                | IdentifierCustom
                | IdentifierDatabricksTable
                | IdentifierDataproduct
                | IdentifierDbtCloudNode
                | IdentifierDbtCoreNode
                | IdentifierFabricTable
                | IdentifierMonitor
                | IdentifierMssqlTable
                | IdentifierMysqlTable
                | IdentifierOracleTable
                | IdentifierPostgresTable
                | IdentifierRedshiftTable
                | IdentifierSavedView
                | IdentifierSnowflakeTable
                | IdentifierSqlMeshAudit
                | IdentifierSqlMeshModel
                | IdentifierSynqPath
                | IdentifierTrinoTable
                | UnknownVariant
            ]
            | None
        ) = None
        if type(_entities) is list:
            try:
                entities = list(map(_parse_entities_item, _entities))
            except FieldTypeError:
                raise failing_item("entities", _parse_entities_item, enumerate(_entities)) from None
        elif _entities is None:
            absent += 1
        else:
            entities = coerce("entities", "array", _entities)

        entities_synq_paths: list[str] | None = d.get("entitiesSynqPaths", None)
        if type(entities_synq_paths) is not list or not all_of(str, entities_synq_paths):
            if entities_synq_paths is None:
                absent += 1
            else:
                entities_synq_paths = list_items("entitiesSynqPaths", "string", entities_synq_paths)

        _targets = d.get("targets", None)
        targets: (
            list[
                IdentifierAirflowDag
                | IdentifierAirflowTask
                | IdentifierAthenaTable
                | IdentifierBigqueryTable
                | IdentifierClickhouseTable
                | IdentifierCustom
                | IdentifierDatabricksTable
                | IdentifierDataproduct
                | IdentifierDbtCloudNode
                | IdentifierDbtCoreNode
                | IdentifierFabricTable
                | IdentifierMonitor
                | IdentifierMssqlTable
                | IdentifierMysqlTable
                | IdentifierOracleTable
                | IdentifierPostgresTable
                | IdentifierRedshiftTable
                | IdentifierSavedView
                | IdentifierSnowflakeTable
                | IdentifierSqlMeshAudit
                | IdentifierSqlMeshModel
                | IdentifierSynqPath
                | IdentifierTrinoTable
                | UnknownVariant
            ]
            | None
        ) = None
        if type(_targets) is list:
            try:
                targets = list(map(_parse_targets_item, _targets))
            except FieldTypeError:
                raise failing_item("targets", _parse_targets_item, enumerate(_targets)) from None
        elif _targets is None:
            absent += 1
        else:
            targets = coerce("targets", "array", _targets)

        targets_synq_paths: list[str] | None = d.get("targetsSynqPaths", None)
        if type(targets_synq_paths) is not list or not all_of(str, targets_synq_paths):
            if targets_synq_paths is None:
                absent += 1
            else:
                targets_synq_paths = list_items("targetsSynqPaths", "string", targets_synq_paths)

        _extra_references = d.get("extraReferences", None)
        extra_references: (
            list[
                IdentifierAirflowDag
                | IdentifierAirflowTask
                | IdentifierAthenaTable
                | IdentifierBigqueryTable
                | IdentifierClickhouseTable
                | IdentifierCustom
                | IdentifierDatabricksTable
                | IdentifierDataproduct
                | IdentifierDbtCloudNode
                | IdentifierDbtCoreNode
                | IdentifierFabricTable
                | IdentifierMonitor
                | IdentifierMssqlTable
                | IdentifierMysqlTable
                | IdentifierOracleTable
                | IdentifierPostgresTable
                | IdentifierRedshiftTable
                | IdentifierSavedView
                | IdentifierSnowflakeTable
                | IdentifierSqlMeshAudit
                | IdentifierSqlMeshModel
                | IdentifierSynqPath
                | IdentifierTrinoTable
                | UnknownVariant
            ]
            | None
        ) = None
        if type(_extra_references) is list:
            try:
                extra_references = list(map(_parse_extra_references_item, _extra_references))
            except FieldTypeError:
                raise failing_item(
                    "extraReferences", _parse_extra_references_item, enumerate(_extra_references)
                ) from None
        elif _extra_references is None:
            absent += 1
        else:
            extra_references = coerce("extraReferences", "array", _extra_references)

        extra_references_synq_paths: list[str] | None = d.get("extraReferencesSynqPaths", None)
        if type(extra_references_synq_paths) is not list or not all_of(str, extra_references_synq_paths):
            if extra_references_synq_paths is None:
                absent += 1
            else:
                extra_references_synq_paths = list_items(
                    "extraReferencesSynqPaths", "string", extra_references_synq_paths
                )

        _execution_type = d.get("executionType", None)
        execution_type: ExecutionType | UnknownValue | None = None
        if type(_execution_type) is str:
            execution_type = ExecutionType.from_value(_execution_type)
        elif _execution_type is None:
            absent += 1
        else:
            execution_type = enum_member("executionType", ExecutionType.from_value, _execution_type)

        _status = d.get("status", None)
        status: ExecutionStatus | UnknownValue | None = None
        if type(_status) is str:
            status = ExecutionStatus.from_value(_status)
        elif _status is None:
            absent += 1
        else:
            status = enum_member("status", ExecutionStatus.from_value, _status)

        skipped = d.get("skipped", None)
        if type(skipped) is not bool:
            if skipped is None:
                absent += 1
            else:
                skipped = coerce("skipped", "boolean", skipped)

        message = d.get("message", None)
        if type(message) is not str:
            if message is None:
                absent += 1
            else:
                message = coerce("message", "string", message)

        _created_at = d.get("createdAt", None)
        created_at: datetime.datetime | None = None
        if type(_created_at) is str:
            created_at = timestamp("createdAt", _created_at)
        elif _created_at is None:
            absent += 1
        else:
            created_at = coerce("createdAt", "string", _created_at)

        _started_at = d.get("startedAt", None)
        started_at: datetime.datetime | None = None
        if type(_started_at) is str:
            started_at = timestamp("startedAt", _started_at)
        elif _started_at is None:
            absent += 1
        else:
            started_at = coerce("startedAt", "string", _started_at)

        _finished_at = d.get("finishedAt", None)
        finished_at: datetime.datetime | None = None
        if type(_finished_at) is str:
            finished_at = timestamp("finishedAt", _finished_at)
        elif _finished_at is None:
            absent += 1
        else:
            finished_at = coerce("finishedAt", "string", _finished_at)

        parent_execution_ids: list[str] | None = d.get("parentExecutionIds", None)
        if type(parent_execution_ids) is not list or not all_of(str, parent_execution_ids):
            if parent_execution_ids is None:
                absent += 1
            else:
                parent_execution_ids = list_items("parentExecutionIds", "string", parent_execution_ids)

        duration_seconds = d.get("durationSeconds", None)
        if type(duration_seconds) is not float and type(duration_seconds) is not int:
            if duration_seconds is None:
                absent += 1
            else:
                duration_seconds = coerce("durationSeconds", "number", duration_seconds)

        entity_execution = cls(
            id,
            entities,
            entities_synq_paths,
            targets,
            targets_synq_paths,
            extra_references,
            extra_references_synq_paths,
            execution_type,
            status,
            skipped,
            message,
            created_at,
            started_at,
            finished_at,
            parent_execution_ids,
            duration_seconds,
        )

        if len(src_dict) + absent > 16:  # only a body with a key no property declares
            entity_execution.additional_properties = {
                prop_name: prop_dict for prop_name, prop_dict in src_dict.items() if prop_name not in _KNOWN_KEYS
            }

        return entity_execution

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


def _decode_entity_execution(d: Mapping[str, Any]) -> EntityExecution:
    """from_dict's fast path (scripts/codegen/fast_decoder.py); raises for a body of an unusual shape."""
    o = EntityExecution.__new__(EntityExecution)
    get = d.get
    absent = 0
    v = get("id")
    if type(v) is str:
        pass
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.id = v
    v = get("entities")
    if type(v) is list:
        v = list(map(_parse_entities_item, v))
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.entities = v
    v = get("entitiesSynqPaths")
    if type(v) is list:
        for item in v:
            if type(item) is not str:
                raise _Unusual
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.entities_synq_paths = v
    v = get("targets")
    if type(v) is list:
        v = list(map(_parse_targets_item, v))
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.targets = v
    v = get("targetsSynqPaths")
    if type(v) is list:
        for item in v:
            if type(item) is not str:
                raise _Unusual
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.targets_synq_paths = v
    v = get("extraReferences")
    if type(v) is list:
        v = list(map(_parse_extra_references_item, v))
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.extra_references = v
    v = get("extraReferencesSynqPaths")
    if type(v) is list:
        for item in v:
            if type(item) is not str:
                raise _Unusual
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.extra_references_synq_paths = v
    v = get("executionType")
    if type(v) is str:
        v = _ExecutionType_MEMBERS[v] if v in _ExecutionType_MEMBERS else ExecutionType.from_value(v)
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.execution_type = v
    v = get("status")
    if type(v) is str:
        v = _ExecutionStatus_MEMBERS[v] if v in _ExecutionStatus_MEMBERS else ExecutionStatus.from_value(v)
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.status = v
    v = get("skipped")
    if type(v) is bool:
        pass
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.skipped = v
    v = get("message")
    if type(v) is str:
        pass
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.message = v
    v = get("createdAt")
    if type(v) is str:
        t = _fromisoformat(v)
        n = len(v)
        # json_fields.timestamp's canonical form, which a plain datetime writes back unchanged
        if (
            v[-1] == "Z"
            and v[4:17:3] == "--T::"
            and (n == 20 or ((n == 24 or n == 27) and v[19] == "." and v[-4:-1] != "000"))
        ):
            v = t
        else:
            v = _Timestamp.parse(v)
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.created_at = v
    v = get("startedAt")
    if type(v) is str:
        t = _fromisoformat(v)
        n = len(v)
        # json_fields.timestamp's canonical form, which a plain datetime writes back unchanged
        if (
            v[-1] == "Z"
            and v[4:17:3] == "--T::"
            and (n == 20 or ((n == 24 or n == 27) and v[19] == "." and v[-4:-1] != "000"))
        ):
            v = t
        else:
            v = _Timestamp.parse(v)
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.started_at = v
    v = get("finishedAt")
    if type(v) is str:
        t = _fromisoformat(v)
        n = len(v)
        # json_fields.timestamp's canonical form, which a plain datetime writes back unchanged
        if (
            v[-1] == "Z"
            and v[4:17:3] == "--T::"
            and (n == 20 or ((n == 24 or n == 27) and v[19] == "." and v[-4:-1] != "000"))
        ):
            v = t
        else:
            v = _Timestamp.parse(v)
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.finished_at = v
    v = get("parentExecutionIds")
    if type(v) is list:
        for item in v:
            if type(item) is not str:
                raise _Unusual
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.parent_execution_ids = v
    v = get("durationSeconds")
    if type(v) is float or type(v) is int:
        pass
    elif v is None:
        absent += 1
    else:
        raise _Unusual
    o.duration_seconds = v
    o.additional_properties = {}
    if len(d) + absent > 16:
        o.additional_properties = {key: item for key, item in d.items() if key not in _KNOWN_KEYS}
    return o


from datetime import datetime as _datetime  # noqa: E402

from synq_coalesce_core.json_fields import Timestamp as _Timestamp  # noqa: E402
from synq_coalesce_core.json_fields import Unusual as _Unusual  # noqa: E402

_fromisoformat = _datetime.fromisoformat
_ExecutionType_MEMBERS: dict[str, ExecutionType] = {member.value: member for member in ExecutionType}
_ExecutionStatus_MEMBERS: dict[str, ExecutionStatus] = {member.value: member for member in ExecutionStatus}


# Imported after the class on purpose: models may reference each other in cycles (e.g. a recursive oneOf), and every
# model module defines its class before importing any other model, so any import order resolves.
from ..models.identifier_airflow_dag import IdentifierAirflowDag  # noqa: E402
from ..models.identifier_airflow_task import IdentifierAirflowTask  # noqa: E402
from ..models.identifier_athena_table import IdentifierAthenaTable  # noqa: E402
from ..models.identifier_bigquery_table import IdentifierBigqueryTable  # noqa: E402
from ..models.identifier_clickhouse_table import IdentifierClickhouseTable  # noqa: E402
from ..models.identifier_custom import IdentifierCustom  # noqa: E402
from ..models.identifier_databricks_table import IdentifierDatabricksTable  # noqa: E402
from ..models.identifier_dataproduct import IdentifierDataproduct  # noqa: E402
from ..models.identifier_dbt_cloud_node import IdentifierDbtCloudNode  # noqa: E402
from ..models.identifier_dbt_core_node import IdentifierDbtCoreNode  # noqa: E402
from ..models.identifier_fabric_table import IdentifierFabricTable  # noqa: E402
from ..models.identifier_monitor import IdentifierMonitor  # noqa: E402
from ..models.identifier_mssql_table import IdentifierMssqlTable  # noqa: E402
from ..models.identifier_mysql_table import IdentifierMysqlTable  # noqa: E402
from ..models.identifier_oracle_table import IdentifierOracleTable  # noqa: E402
from ..models.identifier_postgres_table import IdentifierPostgresTable  # noqa: E402
from ..models.identifier_redshift_table import IdentifierRedshiftTable  # noqa: E402
from ..models.identifier_saved_view import IdentifierSavedView  # noqa: E402
from ..models.identifier_snowflake_table import IdentifierSnowflakeTable  # noqa: E402
from ..models.identifier_sql_mesh_audit import IdentifierSqlMeshAudit  # noqa: E402
from ..models.identifier_sql_mesh_model import IdentifierSqlMeshModel  # noqa: E402
from ..models.identifier_synq_path import IdentifierSynqPath  # noqa: E402
from ..models.identifier_trino_table import IdentifierTrinoTable  # noqa: E402

_entities_item_by_required_key: dict[
    str,
    Callable[
        [Mapping[str, Any]],
        IdentifierAirflowDag
        | IdentifierAirflowTask
        | IdentifierAthenaTable
        | IdentifierBigqueryTable
        | IdentifierClickhouseTable
        | IdentifierCustom
        | IdentifierDatabricksTable
        | IdentifierDataproduct
        | IdentifierDbtCloudNode
        | IdentifierDbtCoreNode
        | IdentifierFabricTable
        | IdentifierMonitor
        | IdentifierMssqlTable
        | IdentifierMysqlTable
        | IdentifierOracleTable
        | IdentifierPostgresTable
        | IdentifierRedshiftTable
        | IdentifierSavedView
        | IdentifierSnowflakeTable
        | IdentifierSqlMeshAudit
        | IdentifierSqlMeshModel
        | IdentifierSynqPath
        | IdentifierTrinoTable
        | UnknownVariant,
    ],
] = {
    "dbtCoreNode": IdentifierDbtCoreNode.from_dict,
    "dbtCloudNode": IdentifierDbtCloudNode.from_dict,
    "bigqueryTable": IdentifierBigqueryTable.from_dict,
    "snowflakeTable": IdentifierSnowflakeTable.from_dict,
    "redshiftTable": IdentifierRedshiftTable.from_dict,
    "postgresTable": IdentifierPostgresTable.from_dict,
    "mysqlTable": IdentifierMysqlTable.from_dict,
    "clickhouseTable": IdentifierClickhouseTable.from_dict,
    "airflowDag": IdentifierAirflowDag.from_dict,
    "airflowTask": IdentifierAirflowTask.from_dict,
    "custom": IdentifierCustom.from_dict,
    "dataproduct": IdentifierDataproduct.from_dict,
    "synqPath": IdentifierSynqPath.from_dict,
    "databricksTable": IdentifierDatabricksTable.from_dict,
    "trinoTable": IdentifierTrinoTable.from_dict,
    "sqlMeshModel": IdentifierSqlMeshModel.from_dict,
    "sqlMeshAudit": IdentifierSqlMeshAudit.from_dict,
    "monitor": IdentifierMonitor.from_dict,
    "mssqlTable": IdentifierMssqlTable.from_dict,
    "oracleTable": IdentifierOracleTable.from_dict,
    "athenaTable": IdentifierAthenaTable.from_dict,
    "savedView": IdentifierSavedView.from_dict,
    "fabricTable": IdentifierFabricTable.from_dict,
}


def _parse_entities_item(
    data: object,
) -> (
    IdentifierAirflowDag
    | IdentifierAirflowTask
    | IdentifierAthenaTable
    | IdentifierBigqueryTable
    | IdentifierClickhouseTable
    | IdentifierCustom
    | IdentifierDatabricksTable
    | IdentifierDataproduct
    | IdentifierDbtCloudNode
    | IdentifierDbtCoreNode
    | IdentifierFabricTable
    | IdentifierMonitor
    | IdentifierMssqlTable
    | IdentifierMysqlTable
    | IdentifierOracleTable
    | IdentifierPostgresTable
    | IdentifierRedshiftTable
    | IdentifierSavedView
    | IdentifierSnowflakeTable
    | IdentifierSqlMeshAudit
    | IdentifierSqlMeshModel
    | IdentifierSynqPath
    | IdentifierTrinoTable
    | UnknownVariant
):
    if not isinstance(data, dict):
        raise FieldTypeError("object", data)
    for key in data:
        parse = _entities_item_by_required_key.get(key)
        if parse is not None and data[key] is not None:  # {"monitor": null}: no kind is set (proto3 null = unset)
            return parse(data)
    return UnknownVariant.from_dict(data)


_parse_targets_item = _parse_entities_item


_parse_extra_references_item = _parse_entities_item
