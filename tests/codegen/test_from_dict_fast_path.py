"""The generated `from_dict` reads the body without copying it and calls `cls(...)` positionally (model.py.jinja).

Checked here: the positional arguments are exactly attrs' `__init__` order for every model of both clients, and
nothing is lost or shared: unknown keys still land in `additional_properties` (in body order, parsed when typed),
the body is never mutated nor aliased, and any Mapping works, not only a dict.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import json
import textwrap
from types import MappingProxyType, ModuleType
from typing import Any

import attrs
import pytest

from scripts.spec.model import Spec

PACKAGES = ("synq_client", "coalesce_client")


def model_classes(package: str) -> list[type]:
    models: ModuleType = importlib.import_module(f"{package}.models")
    found = [getattr(models, name) for name in models.__all__]
    return [cls for cls in found if attrs.has(cls)]


def positional_names(cls: type) -> list[str]:
    """The argument names of the `cls(...)` call in `cls.from_dict`."""
    tree = ast.parse(textwrap.dedent(inspect.getsource(cls.from_dict.__func__)))  # type: ignore[attr-defined]
    calls = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "cls"
    ]
    assert len(calls) == 1, cls
    (call,) = calls
    assert not call.keywords, cls
    assert all(isinstance(arg, ast.Name) for arg in call.args), cls
    return [arg.id for arg in call.args if isinstance(arg, ast.Name)]


@pytest.mark.parametrize("package", PACKAGES)
def test_positional_arguments_follow_the_init_order(package: str) -> None:
    classes = model_classes(package)
    assert len(classes) > 3
    for cls in classes:
        expected = [field.name for field in attrs.fields(cls) if field.init]
        assert positional_names(cls) == expected, cls.__name__


def execution_body() -> dict[str, Any]:
    return {
        "id": "e1",
        "newField": {"nested": [1, 2]},
        "entities": [{"bigqueryTable": {"project": "p", "dataset": "d", "table": "t", "region": "eu"}}],
        "status": "EXECUTION_STATUS_OK",
        "createdAt": "2026-03-02T04:00:00.125Z",
        "anotherField": 7,
        "durationSeconds": 1.5,
    }


def test_unknown_keys_are_kept_in_order_and_known_ones_are_not() -> None:
    from synq_client.models import EntityExecution, IdentifierBigqueryTable

    body = execution_body()
    before = json.dumps(body)
    execution = EntityExecution.from_dict(body)
    assert execution.additional_properties == {"newField": {"nested": [1, 2]}, "anotherField": 7}
    assert list(execution.additional_properties) == ["newField", "anotherField"]
    assert execution.id == "e1" and execution.duration_seconds == 1.5
    identifier = execution.entities[0] if isinstance(execution.entities, list) else None
    assert isinstance(identifier, IdentifierBigqueryTable)
    documented = Spec.load("synq").schema("/components/schemas/BigqueryTableIdentifier")["properties"]
    member = body["entities"][0]["bigqueryTable"]  # a field the vendor no longer documents is unknown too
    assert identifier.bigquery_table.additional_properties == {k: v for k, v in member.items() if k not in documented}
    assert "region" in identifier.bigquery_table.additional_properties
    assert json.dumps(body) == before  # the body is not consumed
    round_trip = execution.to_dict()
    assert round_trip["newField"] == {"nested": [1, 2]} and round_trip["anotherField"] == 7
    assert round_trip["entities"] == body["entities"]


def test_additional_properties_never_alias_the_body() -> None:
    from synq_client.models import (
        BatchGetExecutionsResponse,
        BatchGetExecutionsResponseExecutions,
        EntityExecution,
        ProtobufAny,
    )

    body = execution_body()
    execution = EntityExecution.from_dict(body)
    execution.additional_properties["added"] = True
    assert "added" not in body

    plain = EntityExecution.from_dict({"id": "e2"})
    other = EntityExecution.from_dict({"id": "e3"})
    assert plain.additional_properties == {} and plain.additional_properties is not other.additional_properties

    response = BatchGetExecutionsResponse.from_dict({"executions": {"e1": {"id": "e1"}}, "nextPage": "x"})
    assert response.additional_properties == {"nextPage": "x"}
    executions = response.executions
    assert isinstance(executions, BatchGetExecutionsResponseExecutions)
    assert list(executions.additional_properties) == ["e1"]  # typed map: parsed EntityExecution values

    any_body = {"@type": "type.googleapis.com/x", "value": "abc"}
    parsed_any = ProtobufAny.from_dict(any_body)
    parsed_any.additional_properties["more"] = 1
    assert "more" not in any_body


def test_any_mapping_is_accepted() -> None:
    from synq_client.models import EntityExecution

    body = execution_body()
    from_proxy = EntityExecution.from_dict(MappingProxyType(body))
    assert from_proxy == EntityExecution.from_dict(body)


@pytest.mark.parametrize("bad", [[], "x", 1, None])
def test_a_non_object_is_a_type_error(bad: Any) -> None:
    from synq_client.models import EntityExecution

    with pytest.raises(TypeError, match=r"\(the body\): expected object \(EntityExecution\), got "):
        EntityExecution.from_dict(bad)
