"""The overlay engine: each action kind, zero-match targets, invalid documents."""

from __future__ import annotations

from typing import Any

import pytest

from scripts import overlay
from scripts.errors import OverlayError, OverlayTargetNotFound

SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "paths": {"/runs/{id}": {"get": {"operationId": "getRun", "tags": ["runs"]}}},
    "components": {
        "schemas": {
            "Run": {"type": "object", "required": ["id"], "properties": {"id": {"type": "integer"}}},
            "RunStatus": {"type": "string", "enum": ["running", "completed"]},
        }
    },
}


def document(*actions: dict[str, Any]) -> dict[str, Any]:
    return {"overlay": "1.0.0", "info": {"title": "test overlay", "version": "1"}, "actions": list(actions)}


def action(target: str, **kwargs: Any) -> dict[str, Any]:
    return {"target": target, "description": "because a test says so", **kwargs}


def test_update_merges_into_an_object_recursively() -> None:
    result = overlay.apply(
        SPEC, document(action("$.components.schemas.Run", update={"properties": {"id": {"minimum": 0}}}))
    )
    assert result["components"]["schemas"]["Run"]["properties"]["id"] == {"type": "integer", "minimum": 0}


def test_update_appends_to_a_targeted_array() -> None:
    result = overlay.apply(SPEC, document(action("$.components.schemas.RunStatus.enum", update="queued")))
    assert result["components"]["schemas"]["RunStatus"]["enum"] == ["running", "completed", "queued"]


def test_update_concatenates_nested_arrays() -> None:
    result = overlay.apply(SPEC, document(action("$.components.schemas.Run", update={"required": ["status"]})))
    assert result["components"]["schemas"]["Run"]["required"] == ["id", "status"]


def test_update_through_a_filter_selects_every_match() -> None:
    target = "$.paths.*[?@.operationId == 'getRun']"
    result = overlay.apply(SPEC, document(action(target, update={"x-retryable": True})))
    assert result["paths"]["/runs/{id}"]["get"]["x-retryable"] is True


def test_remove_deletes_the_target() -> None:
    result = overlay.apply(SPEC, document(action("$.components.schemas.RunStatus", remove=True)))
    assert "RunStatus" not in result["components"]["schemas"]
    assert "Run" in result["components"]["schemas"]


def test_remove_of_several_array_items_keeps_the_rest() -> None:
    spec = {"tags": [{"name": "a"}, {"name": "b"}, {"name": "c"}]}
    result = overlay.apply(spec, document(action("$.tags[?@.name != 'b']", remove=True)))
    assert result == {"tags": [{"name": "b"}]}


def test_actions_apply_in_order() -> None:
    first = action("$.components.schemas.Run", update={"x-order": 1})
    second = action("$.components.schemas.Run", update={"x-order": 2})
    assert overlay.apply(SPEC, document(first, second))["components"]["schemas"]["Run"]["x-order"] == 2


def test_apply_does_not_mutate_its_input() -> None:
    before = repr(SPEC)
    overlay.apply(SPEC, document(action("$.components.schemas.Run", update={"x-new": 1})))
    assert repr(SPEC) == before


def test_zero_match_target_is_an_error_naming_the_action() -> None:
    bad = {"target": "$.components.schemas.Missing", "description": "make Missing open", "remove": True}
    with pytest.raises(OverlayTargetNotFound, match=r"actions\[1\] \('make Missing open'\).*matches nothing"):
        overlay.apply(SPEC, document(action("$.components.schemas.Run", update={}), bad))


def test_incompatible_merge_is_an_error() -> None:
    with pytest.raises(OverlayError, match="cannot merge"):
        overlay.apply(SPEC, document(action("$.components.schemas.Run", update={"properties": "oops"})))


def test_update_of_a_primitive_target_is_an_error() -> None:
    with pytest.raises(OverlayError, match="applies to an object"):
        overlay.apply(SPEC, document(action("$.openapi", update={"a": 1})))


@pytest.mark.parametrize(
    ("doc", "message"),
    [
        ([], "must be a mapping"),
        ({**document(action("$.a", remove=True)), "overlay": "2.0.0"}, "version must be one of"),
        ({**document(action("$.a", remove=True)), "info": {"title": "t"}}, "info:"),
        (document(), "non-empty list"),
        (document({"target": "$.a", "remove": True}), r"actions\[0\]: 'description' is required"),
        (document(action("$.a")), "exactly one of 'update' or 'remove: true'"),
        (document(action("$.a", update={}, remove=True)), "exactly one of"),
        (document(action("$.a", remove="yes")), "'remove' must be a boolean"),
        (document(action("$[?", update={})), "invalid target"),
        (document({**action("$.a", update={}), "copy": "$.b"}), r"unknown field\(s\) \['copy'\]"),
        (document({"description": "x", "update": {}}), "'target' must be a JSONPath string"),
    ],
)
def test_invalid_overlay_documents_are_rejected(doc: Any, message: str) -> None:
    with pytest.raises(OverlayError, match=message):
        overlay.validate(doc)


def test_every_repository_overlay_is_valid_and_every_action_matches() -> None:
    from scripts.generate import effective_spec
    from scripts.vendors import VENDORS

    for vendor in VENDORS:
        assert effective_spec(vendor)["openapi"] == "3.1.0"
