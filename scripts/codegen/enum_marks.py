"""The members of an enum that the spec marks with an `x-` extension, for the templates (`enum_marks(...)`).

An enum component (`components.schemas.<Name>` with an `enum`) may carry `x-final-values` (the values a resource
never leaves, e.g. a run's `completed`) and `x-success-values` (those of the final values that mean success). The
enum's module then gets a constant per mark, `<MODULE>_FINAL_VALUES` and `<MODULE>_SUCCESS_VALUES` (frozensets of
members): a new final status is one edit to the spec or its overlay. The mock reads the same extension.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from openapi_python_client.strings import ClassName

__all__ = ["MARKS", "EnumMarks"]

MARKS = {
    "x-final-values": ("FINAL_VALUES", "final: a value it never changes from"),
    "x-success-values": ("SUCCESS_VALUES", "final, and a success"),
}
"""Each extension, the suffix of the constant it becomes and what the constant's docstring says its members are."""


class EnumMarks:
    """The marked enum components of a spec, by the class name the generator gives them."""

    def __init__(self, spec: Mapping[str, Any]) -> None:
        schemas = spec.get("components", {}).get("schemas", {})
        self._by_class = {
            str(ClassName(name, "")): schema
            for name, schema in schemas.items()
            if isinstance(schema, Mapping) and "enum" in schema and MARKS.keys() & schema.keys()
        }

    def constants(
        self, class_name: str, module_name: str, values: Mapping[str, object]
    ) -> list[tuple[str, str, list[str]]]:
        """(constant name, docstring, member names) per mark of the enum `class_name`, whose members are `values` (name ->
        value); [] for an enum without marks.

        Raises:
            ValueError: a mark lists a value the enum does not have, or a success value that is not final.
        """
        schema = self._by_class.get(class_name)
        if schema is None:
            return []
        member_of = {value: name for name, value in values.items()}
        found: list[tuple[str, str, list[str]]] = []
        for extension, (suffix, meaning) in MARKS.items():
            marked = schema.get(extension)
            if marked is None:
                continue
            unknown = [value for value in marked if value not in member_of] if isinstance(marked, list) else marked
            if unknown:
                raise ValueError(f"{class_name}: {extension} must list values of its enum, not {unknown!r}")
            doc = f"The members the spec marks with `{extension}` ({meaning})."
            found.append((f"{module_name.upper()}_{suffix}", doc, sorted(member_of[value] for value in marked)))
        not_final = set(schema.get("x-success-values", ())) - set(schema.get("x-final-values", ()))
        if not_final:
            raise ValueError(f"{class_name}: x-success-values {sorted(not_final)} are not in x-final-values")
        return found
