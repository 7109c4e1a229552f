"""`ModelKeyedMap`: a mapping keyed by unhashable models, looked up by the model or by its JSON."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest
from synq_coalesce_core.model_keys import ModelKeyedMap, model_key


@dataclass  # eq=True without frozen: unhashable, like the generated attrs models
class Model:
    data: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return self.data


A = Model({"table": {"schema": "s", "name": "a"}})
A_REORDERED = Model({"table": {"name": "a", "schema": "s"}})
B = Model({"table": {"schema": "s", "name": "b"}})


def test_models_that_cannot_be_hashed_are_keys_and_equal_json_is_one_key() -> None:
    with pytest.raises(TypeError):
        hash(A)
    mapping = ModelKeyedMap([(A, 1), (B, 2), (A_REORDERED, 3)])
    assert len(mapping) == 2
    assert mapping[A] == mapping[A_REORDERED] == mapping[{"table": {"name": "a", "schema": "s"}}] == 3
    assert list(mapping) == [A, B] and list(mapping.values()) == [3, 2]
    assert A in mapping and Model({"table": {}}) not in mapping and "a" not in mapping  # type: ignore[comparison-overlap]
    with pytest.raises(KeyError):
        mapping[Model({"other": 1})]


def test_equality_and_repr() -> None:
    assert ModelKeyedMap([(A, 1)]) == ModelKeyedMap([(A_REORDERED, 1)]) != ModelKeyedMap([(A, 2)])
    assert repr(ModelKeyedMap([(A, 1), (B, 2)])) == "ModelKeyedMap(<2 entries>)"


def test_a_key_that_is_no_model_is_refused() -> None:
    assert model_key("text") is None and model_key(Model) is None
    with pytest.raises(TypeError, match="keys must be models or JSON objects, got int"):
        ModelKeyedMap([(1, "x")])  # type: ignore[type-var]
