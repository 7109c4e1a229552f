"""The mock's state: records keyed by ID, seeded from the spec (see `seeds.py`); read-only here, while Coalesce's
`RunBook` (`lifecycle.py`) adds the runs started through the mock.

The handlers of the seeded operations only call `get` (and a paged list reads `records`), so a test can hand
`create_app` any object with that method (a store that knows every ID, one with corrupted records, ...) to configure a
deliberately broken mock; the run lifecycle's operations then answer from the spec alone.
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
