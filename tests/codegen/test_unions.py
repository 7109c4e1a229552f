"""scripts/codegen/unions.py on its own: how a union of models selects its variant, with stand-in properties."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest
from openapi_python_client.strings import PythonCode

from scripts.codegen.unions import Variant, union_dispatch


def model(
    name: str,
    required: tuple[str, ...] = (),
    optional: tuple[str, ...] = (),
    *,
    all_of: list[Any] | None = None,
    extensions: dict[str, Any] | None = None,
) -> Any:
    data = SimpleNamespace(
        properties={key: {} for key in required + optional},
        required=list(required),
        allOf=all_of,
        additionalProperties=None,
        model_extra=extensions or {},
    )
    return SimpleNamespace(
        template="model_property.py.jinja",
        data=data,
        class_info=SimpleNamespace(name=name),
        roots={f"/components/schemas/{name}"},
        get_type_string=lambda no_optional=False: PythonCode(name),
    )


NULL = SimpleNamespace(template="none_property.py.jinja", get_type_string=lambda no_optional=False: PythonCode("None"))
SCALAR = SimpleNamespace(
    template="string_property.py.jinja", get_type_string=lambda no_optional=False: PythonCode("str")
)


def union(*variants: Any) -> Any:
    return SimpleNamespace(inner_properties=list(variants))


def enum(name: str, *values: str) -> Any:
    return SimpleNamespace(
        template="enum_property.py.jinja", name=name, values={v.upper(): v for v in values}, value_type=str
    )


def test_a_union_with_a_non_model_variant_is_not_dispatched() -> None:
    assert union_dispatch(union(model("Cat", ("meow",)), SCALAR)) is None
    assert union_dispatch(union(NULL)) is None


def test_a_proto_oneof_selects_by_each_variants_own_required_key_and_keeps_unknown_kinds() -> None:
    plan = union_dispatch(union(model("Otter", ("otter",)), model("Camel", ("camel",)), NULL))
    assert plan is not None and plan.has_unknown_variant
    assert plan.by_required_key == [("otter", Variant("Otter", ("otter",))), ("camel", Variant("Camel", ("camel",)))]
    assert (plan.steps, plan.ending) == ([], "unknown")


def test_a_shared_key_selects_nothing_and_an_optional_own_key_needs_the_required_ones() -> None:
    plan = union_dispatch(union(model("A", ("id",), ("alpha",)), model("B", ("id",), ("beta",))))
    assert plan is not None and not plan.has_unknown_variant and not plan.by_required_key
    assert plan.by_key == [("alpha", Variant("A", ("id",))), ("beta", Variant("B", ("id",)))]
    # neither has a required key of its own: try them in order, the last without a check
    assert plan.steps == [(("id",), Variant("A", ("id",))), ((), Variant("B", ("id",)))]
    assert plan.ending == ""


def test_an_open_variant_without_properties_is_the_catch_all() -> None:
    plan = union_dispatch(union(model("Known", ("k",)), model("Anything")))
    assert plan is not None and not plan.has_unknown_variant
    assert (plan.fallback, plan.ending) == (Variant("Anything", ()), "fallback")
    marked = union_dispatch(
        union(model("Known", ("k",)), model("Other", ("o",), extensions={"x-unknown-variant": True}))
    )
    assert marked is not None and marked.fallback == Variant("Other", ("o",))


def test_a_variant_built_with_allof_has_no_key_of_its_own() -> None:
    plan = union_dispatch(union(model("Plain", ("p",)), model("Composed", ("c",), all_of=[{}])))
    assert plan is not None and [key for key, _ in plan.by_required_key] == ["p"]
    assert plan.steps == [((), Variant("Composed", ("c",)))]


def test_a_sibling_enum_naming_every_variant_is_the_tag() -> None:
    variants = union(model("DeployRunDetails", optional=("x",)), model("RefreshRunDetails", optional=("x",)))
    plan = union_dispatch(variants, None, [enum("status", "ok"), enum("runType", "deploy", "refresh")])
    assert plan is not None and plan.tag == "runType"
    assert [(tag, variant.name) for tag, variant in plan.by_tag] == [
        ("deploy", "DeployRunDetails"),
        ("refresh", "RefreshRunDetails"),
    ]
    ambiguous = union_dispatch(variants, None, [enum("kind", "deploy", "run")])  # "run" names no variant
    assert ambiguous is not None and (ambiguous.tag, ambiguous.by_tag) == ("", [])


def test_a_declared_discriminator_maps_tags_to_variants_and_rejects_a_stray_reference() -> None:
    variants = union(model("Cat", ("meow",)), model("Dog", ("bark",)))
    schema = SimpleNamespace(
        model_extra={
            "x-discriminator-property": "pet",
            "x-discriminator-mapping": {"c": "Cat", "d": "#/components/schemas/Dog"},
        }
    )
    plan = union_dispatch(variants, schema, [])
    assert plan is not None and plan.tag == "pet"
    assert plan.by_tag == [("c", Variant("Cat", ("meow",))), ("d", Variant("Dog", ("bark",)))]
    schema.model_extra["x-discriminator-mapping"] = {"f": "Fish"}
    with pytest.raises(ValueError, match="Fish"):
        union_dispatch(variants, schema, [])


def test_with_a_catch_all_even_the_last_ordered_variant_is_only_taken_when_its_required_keys_are_there() -> None:
    plan = union_dispatch(union(model("A", ("id",)), model("B", ("id",)), model("Anything")))
    assert plan is not None and plan.ending == "fallback"
    assert plan.steps == [(("id",), Variant("A", ("id",))), (("id",), Variant("B", ("id",)))]


def test_an_enum_of_one_value_is_no_tag() -> None:
    variants = union(model("DeployRunDetails", optional=("x",)), model("Other", optional=("y",)))
    plan = union_dispatch(variants, None, [enum("runType", "deploy")])
    assert plan is not None and plan.tag == ""
