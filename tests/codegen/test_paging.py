"""`x-paging` that names what the operation lacks stops the generation, naming the operation and the field
(scripts/codegen/paging.py); a correct one is exercised in tests/runtime/test_core_paging.py."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from scripts.errors import GenerationFailed
from tests.codegen.paged_spec import paged_spec
from tests.codegen.scratch_package import scratch_package


def dogs_paging(spec: dict[str, Any]) -> dict[str, Any]:
    paging: dict[str, Any] = spec["paths"]["/dogs"]["get"]["x-paging"]
    return paging


def unknown_cursor(spec: dict[str, Any]) -> None:
    dogs_paging(spec)["cursor"] = "offset"


def items_not_an_array(spec: dict[str, Any]) -> None:
    dogs_paging(spec)["items"] = ["size"]


def key_parameter_naming_no_item_field(spec: dict[str, Any]) -> None:
    spec["paths"]["/dogs"]["get"]["parameters"][2]["schema"]["enum"].append("name")


def two_cursor_sources(spec: dict[str, Any]) -> None:
    dogs_paging(spec)["nextCursor"]["response"] = ["next"]


@pytest.mark.parametrize(
    ("break_spec", "message"),
    [
        (unknown_cursor, "x-paging of GET /dogs: cursor: 'offset' is not a query parameter"),
        (items_not_an_array, "x-paging of GET /dogs: items ['size'] is not an array"),
        (key_parameter_naming_no_item_field, "['name'] are not item properties"),
        (two_cursor_sources, "x-paging of GET /dogs: nextCursor must have exactly one of"),
    ],
)
def test_a_wrong_x_paging_stops_the_generation_naming_the_field(tmp_path: Path, break_spec: Any, message: str) -> None:
    spec = copy.deepcopy(paged_spec())
    break_spec(spec)
    with pytest.raises(GenerationFailed) as caught, scratch_package(spec, tmp_path, "broken_kennel"):
        pass
    assert message in str(caught.value)
