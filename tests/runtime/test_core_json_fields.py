"""scripts/runtime/synq_coalesce_core/json_fields.py: the slow path of the field checks, date-times, doubles, null as None."""

from __future__ import annotations

import copy
import datetime
import math
import pickle
from typing import Any

import pytest
from synq_coalesce_core.json_fields import (
    FieldTypeError,
    Timestamp,
    coerce,
    enum_member,
    failing_item,
    json_number,
    list_items,
    rfc3339,
    timestamp,
)

# ---------------------------------------------------------------------------------------------------- date-times

NINE_DIGITS = "2026-01-15T01:30:15.123456789Z"


@pytest.mark.parametrize(
    "text",
    [
        NINE_DIGITS,
        "2026-01-15T01:30:15Z",
        "2026-01-15T01:30:15.010Z",
        "2026-01-15T01:30:15.000Z",  # JavaScript's toISOString: three digits even for whole seconds
        "2026-01-15T01:30:15.120000Z",  # more digits than the value needs
        "2026-01-15T01:30:15.000001Z",
        "2026-01-15T02:30:15+01:00",
        "2026-01-15T01:30:15.5+00:00",
    ],
)
def test_a_date_time_is_written_back_exactly_as_received(text: str) -> None:
    moment = timestamp("createdAt", text)
    assert isinstance(moment, datetime.datetime)
    assert rfc3339(moment) == text
    assert moment == datetime.datetime.fromisoformat(text)  # the datetime value itself is the standard one


def test_nine_digits_keep_their_nanoseconds() -> None:
    moment = timestamp("createdAt", NINE_DIGITS)
    assert type(moment) is Timestamp and moment.text == NINE_DIGITS
    assert moment.nanosecond == 123_456_789 and moment.microsecond == 123_456
    assert datetime.datetime.fromisoformat(NINE_DIGITS).isoformat() != NINE_DIGITS  # what a plain datetime loses


@pytest.mark.parametrize(
    ("fraction", "nanosecond"),
    [(".5", 500_000_000), (".05", 50_000_000), (".1234", 123_400_000), (".000000001", 1), ("", 0)],
)
def test_a_short_fraction_is_read_as_nanoseconds(fraction: str, nanosecond: int) -> None:
    """ ".5" is half a second: the digits are the leading ones of the nine, not the trailing ones."""
    moment = Timestamp.parse(f"2026-01-15T01:30:15{fraction}+02:00")
    assert moment.nanosecond == nanosecond
    assert moment.microsecond == nanosecond // 1000


def test_canonical_utc_texts_stay_plain_datetimes() -> None:
    """The fast path: a text that a plain datetime writes back unchanged costs no subclass."""
    assert type(timestamp("createdAt", "2026-01-15T01:30:15.250Z")) is datetime.datetime
    assert type(timestamp("createdAt", "2026-01-15T01:30:15.000Z")) is Timestamp


def test_a_timestamp_survives_pickle_and_copy_with_its_text() -> None:
    moment = Timestamp.parse(NINE_DIGITS)
    for clone in (pickle.loads(pickle.dumps(moment)), copy.deepcopy(moment), copy.copy(moment)):
        assert type(clone) is Timestamp and clone.text == NINE_DIGITS and clone == moment


def test_a_value_derived_from_a_timestamp_is_written_from_its_value() -> None:
    derived = Timestamp.parse(NINE_DIGITS).replace(year=2027)
    assert rfc3339(derived) == "2027-01-15T01:30:15.123456Z"
    assert rfc3339(datetime.datetime(2026, 1, 15, 1, 30, tzinfo=datetime.UTC)) == "2026-01-15T01:30:00Z"
    assert rfc3339(datetime.datetime(2026, 1, 15, 1, 30)) == "2026-01-15T01:30:00"  # naive: isoformat()


def test_a_string_that_is_no_date_time_names_the_field() -> None:
    with pytest.raises(FieldTypeError, match=r"^createdAt: expected an RFC 3339 date-time, got 'yesterday'$"):
        timestamp("createdAt", "yesterday")


# ---------------------------------------------------------------------------------------------------- doubles


@pytest.mark.parametrize(("sent", "check"), [("NaN", math.isnan), ("Infinity", math.isinf), ("-Infinity", math.isinf)])
def test_the_special_double_strings_become_floats_and_are_written_back(sent: str, check: Any) -> None:
    value = coerce("durationSeconds", "number", sent)
    assert type(value) is float and check(value)
    assert json_number(value) == sent


def test_an_integer_double_stays_an_integer_and_finite_floats_pass_through() -> None:
    assert coerce("durationSeconds", "number", 5) == 5 and type(coerce("durationSeconds", "number", 5)) is int
    assert json_number(1.5) == 1.5


@pytest.mark.parametrize("bad", ["fast", "1.5", "nan", True, [1.0], {}])
def test_anything_else_is_not_a_double(bad: object) -> None:
    with pytest.raises(FieldTypeError, match=r"^durationSeconds: expected number, got "):
        coerce("durationSeconds", "number", bad)


# ---------------------------------------------------------------------------------------------------- slow path


def test_null_is_unset_unless_required() -> None:
    assert coerce("id", "string", None) is None
    with pytest.raises(FieldTypeError, match=r"^id: required integer is missing \(absent or null\)$"):
        coerce("id", "integer", None, required=True)


def test_an_enum_number_becomes_a_member_and_other_types_fail() -> None:
    assert enum_member("status", lambda value: ("member", value), 7) == ("member", 7)
    assert enum_member("status", lambda value: value, None) is None
    with pytest.raises(FieldTypeError, match=r"^status: expected string, got bool$"):
        enum_member("status", lambda value: value, True)


def test_a_bad_list_item_is_named_by_its_index() -> None:
    assert list_items("durationSeconds", "number", [1.5, 2, "NaN"])[:2] == [1.5, 2]
    with pytest.raises(FieldTypeError, match=r"^parentExecutionIds\[1\]: expected string, got int$"):
        list_items("parentExecutionIds", "string", ["a", 2])
    with pytest.raises(FieldTypeError, match=r"^parentExecutionIds\[0\]: expected string, got null$"):
        list_items("parentExecutionIds", "string", [None])
    with pytest.raises(FieldTypeError, match=r"^parentExecutionIds: expected array, got str$"):
        list_items("parentExecutionIds", "string", "a")


def test_the_path_is_built_as_the_error_travels_out() -> None:
    error = FieldTypeError("number", "fast", "durationSeconds").inside("e1").inside("executions")
    assert str(error) == "executions.e1.durationSeconds: expected number, got str"
    assert str(FieldTypeError("string", 5, "nodeId").inside("dbtCoreNode").inside(2).inside("entities")) == (
        "entities[2].dbtCoreNode.nodeId: expected string, got int"
    )
    assert isinstance(error, TypeError) and isinstance(error, ValueError)


def test_failing_item_locates_the_first_item_that_fails() -> None:
    def parse(item: object) -> object:
        if not isinstance(item, dict):
            raise FieldTypeError("object", item)
        return item

    error = failing_item("entities", parse, enumerate([{}, {}, "x", None]))
    assert str(error) == "entities[2]: expected object, got str"
    assert str(failing_item(None, parse, {"a": {}, "b": None}.items())) == "b: expected object, got null"
