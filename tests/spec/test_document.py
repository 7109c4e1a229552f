"""The one `$ref` resolver and its cycle rule: a chain of references that comes back is an error, a schema that
contains itself is not."""

from __future__ import annotations

from typing import Any

import pytest

from scripts.spec.document import SpecError, last_token, lookup, pointer, resolve

ROOT: dict[str, Any] = {
    "components": {
        "schemas": {
            "Alias": {"$ref": "#/components/schemas/Node"},
            "Node": {"type": "object", "properties": {"child": {"$ref": "#/components/schemas/Node"}}},
            "a/b~c": {"type": "string"},
            "Ping": {"$ref": "#/components/schemas/Pong"},
            "Pong": {"$ref": "#/components/schemas/Ping"},
            "Self": {"$ref": "#/components/schemas/Self"},
        }
    },
    "list": [{"first": 1}, {"second": 2}],
}
NODE = ROOT["components"]["schemas"]["Node"]


def test_pointers_escape_and_look_up_keys_and_indices() -> None:
    location = pointer("components", "schemas", "a/b~c")
    assert location == "/components/schemas/a~1b~0c"
    assert last_token(location) == "a/b~c"
    assert lookup(ROOT, location) == {"type": "string"}
    assert lookup(ROOT, pointer("list", 1, "second")) == 2


@pytest.mark.parametrize("location", ["/components/schemas/Missing", "/list/2", "/list/x", "/list/0/first/deeper"])
def test_a_pointer_to_nothing_is_a_spec_error(location: str) -> None:
    with pytest.raises(SpecError, match="nothing at"):
        lookup(ROOT, location)


def test_a_chain_of_refs_ends_at_the_first_node_without_one() -> None:
    assert resolve(ROOT, {"$ref": "#/components/schemas/Alias"}) == (NODE, "/components/schemas/Node")
    assert resolve(ROOT, lookup(ROOT, "/components/schemas/Alias"), "/components/schemas/Alias") == (
        NODE,
        "/components/schemas/Node",
    )


def test_a_node_without_a_ref_comes_back_with_its_location() -> None:
    assert resolve(ROOT, NODE, "/components/schemas/Node") == (NODE, "/components/schemas/Node")
    assert resolve(ROOT, NODE) == (NODE, None)


def test_a_schema_that_contains_itself_is_recursion_not_a_cycle() -> None:
    child = lookup(ROOT, "/components/schemas/Node/properties/child")
    assert resolve(ROOT, child) == (NODE, "/components/schemas/Node")


@pytest.mark.parametrize(
    ("node", "location"),
    [
        ({"$ref": "#/components/schemas/Ping"}, None),
        ({"$ref": "#/components/schemas/Self"}, None),
        ({"$ref": "#/components/schemas/Pong"}, "/components/schemas/Ping"),  # back to where it was found
    ],
)
def test_a_chain_of_refs_that_comes_back_is_a_spec_error(node: dict[str, Any], location: str | None) -> None:
    with pytest.raises(SpecError, match="reference cycle"):
        resolve(ROOT, node, location)


@pytest.mark.parametrize("ref", ["other.yaml#/components/schemas/Node", "#", 3])
def test_only_local_pointer_refs_are_followed(ref: object) -> None:
    with pytest.raises(SpecError, match="only local references"):
        resolve(ROOT, {"$ref": ref})
