# Copied from scripts/codegen/core/validation.py by "make generate". DO NOT EDIT here: edit scripts/codegen/core/validation.py.
"""Check arguments against the API's documented limits before anything is sent."""

from __future__ import annotations

from collections.abc import Iterable

from .exceptions import RequestValidationError

__all__ = ["check_non_negative_int", "check_positive_number", "check_string_list"]


def check_string_list(
    field: str, values: object, *, min_items: int | None = None, max_items: int | None = None
) -> list[str]:
    """`values` as a list of non-empty strings within the item limits, or RequestValidationError.

    A bare string is refused: iterating it would send one ID per character.
    """
    if isinstance(values, str | bytes) or not isinstance(values, Iterable):
        raise RequestValidationError(f"{field} must be a list of strings, got {type(values).__name__}", field=field)
    items = list(values)
    for index, item in enumerate(items):
        if not isinstance(item, str):
            raise RequestValidationError(f"{field}[{index}] must be a string, got {type(item).__name__}", field=field)
        if not item.strip():
            raise RequestValidationError(f"{field}[{index}] must be a non-empty string", field=field)
    if min_items is not None and len(items) < min_items:
        raise RequestValidationError(
            f"{field} must contain at least {min_items} item(s), got {len(items)}", field=field
        )
    if max_items is not None and len(items) > max_items:
        raise RequestValidationError(f"{field} must contain at most {max_items} items, got {len(items)}", field=field)
    return items


def check_non_negative_int(field: str, value: object) -> int:
    """`value` if it is an int >= 0 (a bool is not), else RequestValidationError."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise RequestValidationError(f"{field} must be an integer, got {type(value).__name__}", field=field)
    if value < 0:
        raise RequestValidationError(f"{field} must be >= 0, got {value}", field=field)
    return value


def check_positive_number(field: str, value: object) -> float:
    """`value` as a float if it is a finite number > 0 (a bool is not), else RequestValidationError."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise RequestValidationError(f"{field} must be a number, got {type(value).__name__}", field=field)
    if not 0 < value < float("inf"):
        raise RequestValidationError(f"{field} must be a finite number > 0, got {value}", field=field)
    return float(value)
