"""Same work: before anything is timed, every contestant's result for a body must hold the same values.

`tree(result)` turns any contestant's result (attrs models, pydantic models, msgspec Structs, plain JSON) into plain
values: objects become dicts keyed by the property name folded to lower case without underscores (`entities_synq_paths`,
`entitiesSynqPaths` and `entitiessynqpaths` are one key), absent / None / UNSET properties are left out, enum members
become their value, scalars and datetimes stay as they are, so their types are compared too.

`differences(expected, actual)` lists where two trees differ. A typed contestant must match the reference exactly
(a date-time must be a `datetime`, an integer an `int`); a plain JSON one (`typed=False`) may hold the date-time as the
string it was sent as.
"""

from __future__ import annotations

import datetime
import enum
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import attrs
import msgspec
import pydantic

_ABSENT: Any = object()


def _key(name: str) -> str:
    return name.replace("_", "").lower()


def _members(value: object) -> Iterable[tuple[str, object]]:
    if isinstance(value, Mapping):
        return value.items()
    if isinstance(value, pydantic.BaseModel):
        return [*value.__dict__.items(), *(value.__pydantic_extra__ or {}).items()]
    if isinstance(value, msgspec.Struct):
        return [(name, getattr(value, name)) for name in value.__struct_fields__]
    if attrs.has(type(value)):
        found = [(field.name, getattr(value, field.name)) for field in attrs.fields(type(value))]  # type: ignore[arg-type]
        extra = dict(found).pop("additional_properties", {})
        return [(name, item) for name, item in found if name != "additional_properties"] + list(extra.items())
    raise TypeError(f"no rule to compare a {type(value).__qualname__}")


def tree(value: object) -> Any:
    """`value` as plain values (see the module docstring); _ABSENT for None or UNSET."""
    if value is None or type(value).__name__ == "Unset":
        return _ABSENT
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime.datetime) and type(value) is not datetime.datetime:  # e.g. the client's Timestamp
        return datetime.datetime.combine(value.date(), value.timetz())
    if isinstance(value, str | int | float | datetime.datetime):
        return value
    if isinstance(value, list | tuple):
        return [tree(item) for item in value]
    if isinstance(value, pydantic.RootModel):
        return tree(value.root)
    folded: dict[str, Any] = {}
    for name, item in _members(value):
        converted = tree(item)
        if converted is _ABSENT:
            continue
        key = _key(name)
        if key in folded:
            raise ValueError(f"two properties fold to {key!r} in a {type(value).__qualname__}")
        folded[key] = converted
    return folded


def _same_leaf(expected: Any, actual: Any, typed: bool) -> bool:
    if not typed and isinstance(expected, datetime.datetime) and isinstance(actual, str):
        actual = datetime.datetime.fromisoformat(actual)
    if type(expected) is not type(actual):
        return False
    if isinstance(expected, datetime.datetime):
        return bool(expected == actual and expected.utcoffset() == actual.utcoffset())
    return bool(expected == actual)


def differences(expected: Any, actual: Any, *, typed: bool = True, path: str = "") -> Iterator[str]:
    """Where `actual` differs from `expected` (two trees), as `path: expected != actual` lines."""
    if isinstance(expected, dict) and isinstance(actual, dict):
        for key in expected.keys() | actual.keys():
            if key not in actual or key not in expected:
                yield f"{path}/{key}: only in {'expected' if key in expected else 'actual'}"
            else:
                yield from differences(expected[key], actual[key], typed=typed, path=f"{path}/{key}")
    elif isinstance(expected, list) and isinstance(actual, list):
        if len(expected) != len(actual):
            yield f"{path}: {len(expected)} items != {len(actual)} items"
        for index, (left, right) in enumerate(zip(expected, actual, strict=False)):
            yield from differences(left, right, typed=typed, path=f"{path}/{index}")
    elif not _same_leaf(expected, actual, typed):
        yield f"{path}: {expected!r} ({type(expected).__name__}) != {actual!r} ({type(actual).__name__})"


class NotTheSameWork(AssertionError):
    """A contestant's result differs from the reference's: timing them side by side would compare different work."""


def check(results: Mapping[str, object], reference: str, untyped: Iterable[str] = ()) -> None:
    """Raise NotTheSameWork naming every contestant whose result differs from `results[reference]`."""
    plain = set(untyped)
    expected = tree(results[reference])
    problems = []
    for name, result in results.items():
        found = list(differences(expected, tree(result), typed=name not in plain))
        if found:
            problems.append(f"{name} ({len(found)} differences, vs {reference}): " + "; ".join(found[:5]))
    if problems:
        raise NotTheSameWork("\n".join(problems))
