"""The one-pass check of a list of strings (`_all_plain_strings`) decides exactly what checking each item does: the
same lists pass, and a refused list gets the same error (field path and constraint) as the item-by-item check."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from synq_coalesce_core import validation
from synq_coalesce_core.exceptions import RequestValidationError

ITEM_SCHEMAS = [
    {"type": "string"},
    {"type": "string", "minLength": 1},
    {"type": "string", "minLength": 2, "maxLength": 3},
    {"type": "string", "maxLength": 0},
    {"type": "string", "minLength": 1, "enum": ["a", "bb"]},
    {"type": "string", "const": "a"},
    {"type": ["string", "integer"], "minLength": 1},
    {"type": "string", "format": "uuid", "description": "ignored by the check"},
]

STRINGS = st.sampled_from(["", "a", "bb", "ccc", " ", "\ud800", "a\udfff"]) | st.text(max_size=4)
ODD_ITEMS = st.one_of(
    st.integers(-2, 2),
    st.none(),
    st.booleans(),
    st.builds(type("Text", (str,), {}), st.text(max_size=3)),  # a str subclass: is a string to the JSON check
)


@st.composite
def lists(draw: st.DrawFn) -> list[Any] | tuple[Any, ...]:
    """Mostly strings (what the one-pass check decides), sometimes with one odd item somewhere."""
    items: list[Any] = draw(st.lists(STRINGS, max_size=6))
    if draw(st.booleans()):
        items.insert(draw(st.integers(0, len(items))), draw(ODD_ITEMS))
    return tuple(items) if draw(st.booleans()) else items


def _outcome(value: Any, schema: dict[str, Any]) -> tuple[str, str] | None:
    try:
        validation._check("body.ids", value, schema)
    except RequestValidationError as error:
        return str(error), str(error.field)
    return None


@settings(max_examples=300, deadline=None)
@given(lists(), st.sampled_from(ITEM_SCHEMAS))
def test_the_one_pass_check_decides_like_the_item_by_item_one(value: Any, items: dict[str, Any]) -> None:
    schema = {"type": "array", "items": items}
    fast = _outcome(value, schema)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(validation, "_all_plain_strings", lambda value, items: False)
        assert _outcome(value, schema) == fast


def test_a_hundred_ids_cost_one_check_per_level(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    check = validation._check

    def counting(field: str, value: Any, schema: Any) -> None:
        calls.append(field)
        check(field, value, schema)

    monkeypatch.setattr(validation, "_check", counting)
    ids = [f"exec-{number:03}" for number in range(100)]
    schema = {"type": "object", "properties": {"ids": {"type": "array", "items": {"type": "string", "minLength": 1}}}}
    validation._check("body", {"ids": ids}, schema)
    assert calls == ["body", "body.ids"]  # not one more per ID
    calls.clear()
    with pytest.raises(RequestValidationError, match=r"body\.ids\[57\] must be at least 1 character"):
        validation._check("body", {"ids": [*ids[:57], "", *ids[58:]]}, schema)
