"""The mock's state: records keyed by ID, read-only, seeded from the spec (see `seeds.py`).

The app only calls `get`, so a test can hand `create_app` any object with that method (a store that
knows every ID, one with corrupted records, ...) to configure a deliberately broken mock.
"""

from __future__ import annotations

import copy
from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

Key = TypeVar("Key", bound=Hashable)
Key_contra = TypeVar("Key_contra", bound=Hashable, contravariant=True)
Record = dict[str, Any]


class Store(Protocol[Key_contra]):
    def get(self, key: Key_contra) -> Record | None: ...


@dataclass(frozen=True)
class SeededStore(Store[Key]):
    records: Mapping[Key, Record]

    def get(self, key: Key) -> Record | None:
        record = self.records.get(key)
        return None if record is None else copy.deepcopy(record)
