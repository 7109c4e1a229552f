# Code generated from openapi/coalesce.yaml + overlays/coalesce.overlay.yaml by "make generate". DO NOT EDIT.
from enum import StrEnum
from typing import Literal

from synq_coalesce_core.json_fields import FieldTypeError
from synq_coalesce_core.open_enums import UnknownValue


class RunsOrderBy(StrEnum):
    """Open enum: a field of this type is `RunsOrderBy | UnknownValue`. A value this client does not know (a newer
    name, or a bare integer as proto3 JSON emits for enum numbers unknown to the server's serializer) parses to an
    `UnknownValue` (a `str` with `.raw` and `.value`) instead of raising, so a `match` over the members is exhaustive
    only with a `case UnknownValue():`. `member.raw` is the value `to_dict()` writes; `member.is_known` is True.
    """

    ID = "id"
    RUNENDTIME = "runEndTime"
    RUNSTARTTIME = "runStartTime"

    @classmethod
    def from_value(cls, value: object) -> "RunsOrderBy | UnknownValue":
        """The member for a wire value (one dict lookup), or an `UnknownValue` for a string or integer it lacks.

        Raises:
            FieldTypeError: `value` is neither a string nor an integer (a TypeError).
        """
        try:
            member = _RunsOrderBy_BY_VALUE.get(value)
        except TypeError:  # unhashable (a list, an object): not an enum value
            member = None
        if member is not None:
            return member
        if isinstance(value, bool) or not isinstance(value, str | int):
            raise FieldTypeError(f"{cls.__name__} (a string or an integer)", value)
        return UnknownValue(cls, value)

    @property
    def raw(self) -> str:
        """The value as sent on the wire (what `to_dict()` writes); an `UnknownValue` has one too."""
        return self._value_

    @property
    def is_known(self) -> Literal[True]:
        """True: every member is listed in the spec (False on an `UnknownValue`)."""
        return True

    def __str__(self) -> str:
        return str(self._value_)


_RunsOrderBy_BY_VALUE: dict[object, RunsOrderBy] = {member.value: member for member in RunsOrderBy}
