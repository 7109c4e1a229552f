"""`SequenceNotStr`: the type of a request's list of strings, which takes a list or a tuple but not a bare `str`.

A `str` is itself a `Sequence[str]`, so `Sequence[str]` would let `get_executions("exec-1")` type-check and send one
ID per character. This protocol has every method of `Sequence` but declares `__contains__` for any object, which
`str.__contains__` (strings only) does not satisfy: mypy and pyright reject a `str` and accept lists, tuples and
ranges (not a deque, which cannot be sliced). The same protocol as openai-python's `SequenceNotStr` (from the `useful_types` package).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, Protocol, SupportsIndex, TypeVar, overload

__all__ = ["SequenceNotStr"]

_T_co = TypeVar("_T_co", covariant=True)


class SequenceNotStr(Protocol[_T_co]):
    """Any `Sequence` of `_T_co` except a `str` (see the module docstring)."""

    @overload
    def __getitem__(self, index: SupportsIndex, /) -> _T_co: ...
    @overload
    def __getitem__(self, index: slice, /) -> Sequence[_T_co]: ...
    def __contains__(self, value: object, /) -> bool: ...
    def __len__(self) -> int: ...
    def __iter__(self) -> Iterator[_T_co]: ...
    def index(self, value: Any, start: int = 0, stop: int = ..., /) -> int: ...
    def count(self, value: Any, /) -> int: ...
    def __reversed__(self) -> Iterator[_T_co]: ...
