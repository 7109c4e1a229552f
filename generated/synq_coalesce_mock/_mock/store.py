# Copied from scripts/mock/store.py by "make generate". DO NOT EDIT here: edit scripts/mock/store.py.
"""The mock's state: records keyed by ID, seeded from the spec (see `seeds.py`); read-only here, while Coalesce's
`RunBook` (`lifecycle.py`) adds the runs started through the mock.

The handlers of the seeded operations only call `get` (and a paged list reads `records`), so a test can hand
`create_app` any object with that method (a store that knows every ID, one with corrupted records, ...) to configure a
deliberately broken mock; the run lifecycle's operations then answer from the spec alone. A handler that searches
the records (SYNQ GetLatestExecutions) needs a `ListableStore`; with any other store it answers from the spec.
"""

from __future__ import annotations

import copy
from collections.abc import Hashable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar, runtime_checkable

Key = TypeVar("Key", bound=Hashable)
Key_contra = TypeVar("Key_contra", bound=Hashable, contravariant=True)
Record = dict[str, Any]


class Store(Protocol[Key_contra]):
    def get(self, key: Key_contra) -> Record | None: ...


@runtime_checkable
class ListableStore(Store[Key_contra], Protocol[Key_contra]):
    def values(self) -> Iterator[Record]: ...


@dataclass(frozen=True)
class SeededStore(ListableStore[Key]):
    records: Mapping[Key, Record]

    def get(self, key: Key) -> Record | None:
        record = self.records.get(key)
        return None if record is None else copy.deepcopy(record)

    def values(self) -> Iterator[Record]:
        """A copy of every record, in key order."""
        return (copy.deepcopy(record) for record in self.records.values())
