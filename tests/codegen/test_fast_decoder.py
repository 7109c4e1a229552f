"""The generated fast decoders (scripts/codegen/fast_decoder.py) against the general `from_dict` code: on the
benchmark's bodies and on random good and bad variants of them, both give the same classes, values, date-time
texts and `to_dict()`, or the same exception class, message and path.

The general path is what `from_dict` runs when the decoder declines: here every `_decode_*` function of the model
modules is replaced by one that declines, so the same `from_dict` runs the general code at every level.
"""

from __future__ import annotations

import contextlib
import copy
import datetime
import enum
import functools
import importlib
import json
import pkgutil
from collections.abc import Callable, Iterator
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scripts.bench.bodies import Bodies

PACKAGES = ("synq_client", "coalesce_client")


@pytest.fixture(scope="module")
def bodies() -> Bodies:
    return Bodies.build(30)  # every Identifier kind, status and execution type appears


@functools.cache
def _decoders() -> list[tuple[Any, str]]:
    """Every model module's `_decode_*` names: its own decoder and those it imported from other modules."""
    found = []
    for package in PACKAGES:
        models = importlib.import_module(f"{package}.models")
        for info in pkgutil.iter_modules(models.__path__):
            module = importlib.import_module(f"{models.__name__}.{info.name}")
            found += [(module, name) for name in vars(module) if name.startswith("_decode_")]
    return found


def _decline(_: object) -> object:
    raise RuntimeError("the general path (the test declines every fast decoder)")


@contextlib.contextmanager
def general_path() -> Iterator[None]:
    saved = [(module, name, getattr(module, name)) for module, name in _decoders()]
    for module, name, _ in saved:
        setattr(module, name, _decline)
    try:
        yield
    finally:
        for module, name, function in saved:
            setattr(module, name, function)


def snapshot(value: Any) -> Any:
    """Everything observable about a parsed value: classes at every level, attribute values, date-time texts."""
    if attrs.has(type(value)):
        fields = [(field.name, snapshot(getattr(value, field.name))) for field in attrs.fields(type(value))]
        return (type(value).__name__, tuple(fields))
    if isinstance(value, enum.Enum):
        return (type(value).__name__, value.name, value.value, getattr(value, "raw", None))
    if isinstance(value, datetime.datetime):
        return (type(value).__name__, value.isoformat(), getattr(value, "_text", None))
    if isinstance(value, list):
        return ("list", [snapshot(item) for item in value])
    if isinstance(value, dict):
        return ("dict", [(key, snapshot(item)) for key, item in value.items()])
    return (type(value).__name__, repr(value))


def outcome(parse: Callable[[Any], Any], data: Any) -> Any:
    try:
        parsed = parse(data)
    except Exception as error:  # the exception itself is what is compared
        return ("raised", type(error).__name__, str(error), getattr(error, "path", None))
    return ("parsed", snapshot(parsed), json.dumps(parsed.to_dict(), sort_keys=True, default=repr))


def assert_same(parse: Callable[[Any], Any], data: Any) -> Any:
    fast = outcome(parse, copy.deepcopy(data))
    with general_path():
        general = outcome(parse, copy.deepcopy(data))
    assert fast == general
    return fast


def test_every_model_with_properties_of_handled_kinds_has_a_decoder() -> None:
    # the benchmark's models all have one (only models with a tagged union or a union property do not)
    from synq_client.models import BatchGetExecutionsResponse, EntityExecution, IdentifierBigqueryTable

    names = {name for _, name in _decoders()}
    for cls in (BatchGetExecutionsResponse, EntityExecution, IdentifierBigqueryTable):
        assert any(name.endswith(cls.__module__.rsplit(".", 1)[1]) for name in names), cls


def test_the_bench_body_is_decoded_by_the_fast_path_exactly(bodies: Bodies) -> None:
    from synq_client.models import BatchGetExecutionsResponse
    from synq_client.models.batch_get_executions_response import _decode_batch_get_executions_response

    for body in (bodies.synq, bodies.synq_first_kind, bodies.synq_last_kind):
        data = json.loads(body)
        result = assert_same(BatchGetExecutionsResponse.from_dict, data)
        assert result[0] == "parsed"
        assert result[2] == json.dumps(data, sort_keys=True)  # to_dict() gives the body back
        # the fast path itself takes it: it does not decline to the general code
        decoded = _decode_batch_get_executions_response(copy.deepcopy(data))
        assert ("parsed", snapshot(decoded), result[2]) == result


def test_the_coalesce_run_parses_the_same(bodies: Bodies) -> None:
    from coalesce_client.models import Run

    assert assert_same(Run.from_dict, json.loads(bodies.coalesce))[0] == "parsed"


TIMESTAMP_TEXTS = [
    "2026-03-02T04:00:00Z",
    "2026-03-02T04:00:00.000Z",
    "2026-03-02T04:00:00.120Z",
    "2026-03-02T04:00:00.123456Z",
    "2026-03-02T04:00:00.123456789Z",
    "2026-03-02T04:00:00.1Z",
    "2026-03-02T04:00:00+02:00",
    "2026-03-02T04:00:00.5-07:30",
    "2026-03-02 04:00:00Z",
    "2026-03-02T04:00:00",
    "2026-03-02",
    "2026-13-02T04:00:00Z",
    "not a date",
    "",
]
ENUM_TEXTS = ["EXECUTION_STATUS_OK", "EXECUTION_TYPE_AIRFLOW_TASK", "EXECUTION_STATUS_NEW", "", "ok"]
ODD_TIMESTAMPS = st.sampled_from(TIMESTAMP_TEXTS)
ODD_ENUMS = st.sampled_from(ENUM_TEXTS)
ODD_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-3, 3),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(["x", "NaN", "Infinity", "-Infinity"]),
    ODD_TIMESTAMPS,
    ODD_ENUMS,
    st.just([]),
    st.just({}),
    st.lists(st.one_of(st.text(max_size=3), st.integers(0, 2), st.none()), max_size=3),
)


def _paths(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """The paths of the objects and arrays in `value`."""
    if isinstance(value, dict | list):
        yield path
    for key, item in value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ():
        yield from _paths(item, (*path, key))


def _at(value: Any, path: tuple[Any, ...]) -> Any:
    for key in path:
        value = value[key]
    return value


def _odd(draw: st.DrawFn, current: Any) -> Any:
    """A value to put where `current` was: often one of the same kind (another date-time text, enum name)."""
    if isinstance(current, str) and draw(st.booleans()):
        if current[:4].isdigit():
            return draw(ODD_TIMESTAMPS)
        if current.isupper():
            return draw(ODD_ENUMS | st.integers(0, 99))
    return draw(ODD_VALUES)


@st.composite
def variants(draw: st.DrawFn, execution: dict[str, Any], identifiers: list[dict[str, Any]]) -> dict[str, Any]:
    """An execution with one to three changes, half of them to its own fields: a value replaced (null, a wrong type,
    an odd date-time or enum), a key removed or added, an Identifier of an unknown kind or of two kinds at once."""
    body = copy.deepcopy(execution)
    containers = list(_paths(body))
    for _ in range(draw(st.integers(1, 3))):
        try:
            target = _at(body, draw(st.sampled_from([()] * len(containers) + containers)))
        except (KeyError, IndexError, TypeError):
            continue  # an earlier change removed it
        if isinstance(target, dict):
            key = draw(st.sampled_from([*target, "extra", "bigqueryTable"]))
            if draw(st.integers(0, 3)) == 0:
                target.pop(key, None)
            else:
                target[key] = _odd(draw, target.get(key))
        elif target:
            action = draw(st.sampled_from(["unknown kind", "two kinds", "replace"]))
            if action == "unknown kind" and isinstance(target[0], dict):
                target.append({"newKindOfTable": {"name": "n"}})
            elif action == "two kinds" and isinstance(target[0], dict):
                target[0] = {**draw(st.sampled_from(identifiers)), **target[0]}
            else:
                target[draw(st.integers(0, len(target) - 1))] = draw(ODD_VALUES)
    return body


ONE_CHANGE_VALUES: list[Any] = [
    None,
    True,
    0,
    7,
    1.5,
    float("nan"),
    "x",
    "NaN",
    "-Infinity",
    *TIMESTAMP_TEXTS,
    *ENUM_TEXTS,
    [],
    {},
    ["a"],
    [1],
    [None],
    [{}],
    {"newKindOfTable": {}},
]


IDENTIFIER_CHANGE_VALUES: list[Any] = [None, True, 0, "", [], {}, {"newKindOfTable": {}}]
"""Identifiers hold strings and objects only: fewer values to try there."""


def _one_change_bodies(
    execution: dict[str, Any], path: tuple[Any, ...], values: list[Any] = ONE_CHANGE_VALUES
) -> Iterator[dict[str, Any]]:
    """`execution` with one field of the object at `path` removed (alone, and with an extra key beside it) or set
    to each of `values`, and with an extra key."""
    for key in [*_at(execution, path), "extra"]:
        for change in ["remove", "remove and add", *range(len(values))]:
            body = copy.deepcopy(execution)
            target = _at(body, path)
            if isinstance(change, int):
                target[key] = copy.deepcopy(values[change])
            else:
                target.pop(key, None)
                if change == "remove and add":
                    target["extra"] = 1
            yield body


def test_every_single_change_parses_the_same(bodies: Bodies) -> None:
    """Every field of an execution, and of its first Identifier for every kind, with every change."""
    from synq_client.models import BatchGetExecutionsResponse

    executions = list(json.loads(bodies.synq)["executions"].values())
    kinds: dict[str, dict[str, Any]] = {}
    for execution in executions:
        kinds.setdefault(next(iter(execution["entities"][0])), execution)
    changed = list(_one_change_bodies(executions[0], ()))
    for kind, execution in kinds.items():
        changed += _one_change_bodies(execution, ("entities", 0), IDENTIFIER_CHANGE_VALUES)
        changed += _one_change_bodies(execution, ("entities", 0, kind), IDENTIFIER_CHANGE_VALUES)
    data = [{"executions": {"e1": body}} for body in changed]
    fast = [outcome(BatchGetExecutionsResponse.from_dict, item) for item in data]
    with general_path():
        general = [outcome(BatchGetExecutionsResponse.from_dict, item) for item in data]
    for item, by_fast, by_general in zip(data, fast, general, strict=True):
        assert by_fast == by_general, item


def test_random_good_and_bad_bodies_parse_the_same(bodies: Bodies) -> None:
    from synq_client.models import BatchGetExecutionsResponse

    executions = list(json.loads(bodies.synq)["executions"].values())
    identifiers = [identifier for execution in executions for identifier in execution.get("entities", [])]

    @settings(
        max_examples=200, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow], database=None
    )
    @given(st.integers(0, len(executions) - 1).flatmap(lambda index: variants(executions[index], identifiers)))
    def parses_the_same(execution: dict[str, Any]) -> None:
        assert_same(BatchGetExecutionsResponse.from_dict, {"executions": {"e1": execution, "e2": executions[0]}})

    parses_the_same()
