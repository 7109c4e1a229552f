"""`ModelKeyedMap`: a read-only mapping keyed by generated models, such as a SYNQ `Identifier`.

Generated models are attrs classes that compare by value but cannot be hashed (they are mutable), so a `dict` cannot
hold them as keys. This mapping keys each model by its JSON (`to_dict()`, keys sorted), so two equal models are one
key, and a lookup accepts the model or the same JSON as a plain `dict`. Iteration yields the models it was given.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Protocol, TypeVar

__all__ = ["JsonModel", "ModelKeyedMap", "model_key"]


class JsonModel(Protocol):
    """What a generated model has: its JSON form."""

    def to_dict(self) -> dict[str, Any]: ...


K = TypeVar("K", bound=JsonModel)
V = TypeVar("V")


def model_key(value: object) -> str | None:
    """The model's (or a JSON object's) canonical JSON text; None for anything else (it cannot be a key)."""
    data = value.to_dict() if hasattr(value, "to_dict") and not isinstance(value, type) else value
    if not isinstance(data, Mapping):
        return None
    return json.dumps(data, sort_keys=True, separators=(",", ":"), default=str)


class ModelKeyedMap(Mapping[K, V]):
    """A mapping from models to values, in the order the pairs were given; a later pair for an equal model wins."""

    __slots__ = ("_items",)

    def __init__(self, items: Iterable[tuple[K, V]] = ()) -> None:
        self._items: dict[str, tuple[K, V]] = {}
        for model, value in items:
            key = model_key(model)
            if key is None:
                raise TypeError(
                    f"{type(self).__name__} keys must be models or JSON objects, got {type(model).__name__}"
                )
            self._items[key] = (model, value)

    def __getitem__(self, model: object) -> V:
        key = model_key(model)
        if key is None or key not in self._items:
            raise KeyError(model)
        return self._items[key][1]

    def __contains__(self, model: object) -> bool:
        return model_key(model) in self._items

    def __iter__(self) -> Iterator[K]:
        return (model for model, _ in self._items.values())

    def __len__(self) -> int:
        return len(self._items)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, ModelKeyedMap):
            return {key: value for key, (_, value) in self._items.items()} == {
                key: value for key, (_, value) in other._items.items()
            }
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # mutable values: like dict

    def __repr__(self) -> str:
        # Short on purpose, as the facades' results: a map of many executions would flood logs and tracebacks.
        return f"{type(self).__name__}(<{len(self)} entries>)"
