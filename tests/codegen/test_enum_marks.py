"""`enum_marks(...)`: the constants the generator writes for the `x-final-values` / `x-success-values` of an enum."""

from __future__ import annotations

from typing import Any

import pytest

from scripts.codegen.enum_marks import EnumMarks

VALUES = {"CANCELED": "canceled", "DONE": "done", "RUNNING": "running"}


def spec_with(**marks: Any) -> dict[str, Any]:
    status = {"type": "string", "enum": list(VALUES.values()), **marks}
    return {"components": {"schemas": {"JobStatus": status, "Other": {"type": "string", "enum": ["a"]}}}}


def test_each_mark_becomes_a_constant_of_members() -> None:
    marks = EnumMarks(spec_with(**{"x-final-values": ["done", "canceled"], "x-success-values": ["done"]}))
    found = marks.constants("JobStatus", "job_status", VALUES)
    assert [(name, members) for name, _, members in found] == [
        ("JOB_STATUS_FINAL_VALUES", ["CANCELED", "DONE"]),
        ("JOB_STATUS_SUCCESS_VALUES", ["DONE"]),
    ]
    assert "x-final-values" in found[0][1]


def test_an_enum_without_marks_gets_none() -> None:
    marks = EnumMarks(spec_with(**{"x-final-values": ["done"]}))
    assert marks.constants("Other", "other", {"A": "a"}) == []
    assert EnumMarks(spec_with()).constants("JobStatus", "job_status", VALUES) == []


@pytest.mark.parametrize(
    ("marks", "message"),
    [
        ({"x-final-values": ["done", "archived"]}, "archived"),
        ({"x-final-values": "done"}, "must list values"),
        ({"x-final-values": ["done"], "x-success-values": ["canceled"]}, "not in x-final-values"),
    ],
)
def test_a_mark_that_does_not_fit_its_enum_stops_the_generation(marks: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        EnumMarks(spec_with(**marks)).constants("JobStatus", "job_status", VALUES)
