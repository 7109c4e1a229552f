# Code generated from openapi/coalesce.yaml + overlays/coalesce.overlay.yaml by "make generate". DO NOT EDIT.
from enum import StrEnum

from synq_coalesce_core.json_fields import FieldTypeError


class RunsOrderBy(StrEnum):
    """Open enum: a value this client does not know (a newer name, or a bare integer as proto3 JSON emits for enum
    numbers unknown to the server's serializer) parses to an UNKNOWN member instead of raising.

    `member.is_known` is False for those; `member.raw` is the value as sent (an integer stays an int) and is what
    `to_dict()` writes back; `member.value` is always a str. Known members are the usual singletons (`is` works).
    """

    _raw: str | int

    ID = "id"
    RUNENDTIME = "runEndTime"
    RUNSTARTTIME = "runStartTime"

    @classmethod
    def from_value(cls, value: object) -> "RunsOrderBy":
        """The member for a wire value: one dict lookup for a known value, a new UNKNOWN member otherwise.

        Raises:
            FieldTypeError: `value` is neither a string nor an integer (a TypeError).
        """
        try:
            member = _RunsOrderBy_BY_VALUE.get(value)
        except TypeError:  # unhashable (a list, an object): not an enum value; _unknown says so
            member = None
        if member is not None:
            return member
        return cls._unknown(value)

    @classmethod
    def _unknown(cls, value: object) -> "RunsOrderBy":
        if isinstance(value, bool) or not isinstance(value, str | int):
            raise FieldTypeError(f"{cls.__name__} (a string or an integer)", value)
        text = value if isinstance(value, str) else str(value)
        member = str.__new__(cls, text)
        member._name_ = "UNKNOWN"
        member._value_ = text
        member._raw = value
        return member

    @classmethod
    def _missing_(cls, value: object) -> "RunsOrderBy | None":
        if isinstance(value, bool) or not isinstance(value, str | int):
            return None
        return cls._unknown(value)

    @property
    def raw(self) -> str | int:
        """The value as sent on the wire (for an UNKNOWN member possibly an int); `to_dict()` writes this back."""
        return self._raw

    @property
    def is_known(self) -> bool:
        """False for a value that this client's spec does not list."""
        return _RunsOrderBy_BY_VALUE.get(self._raw) is self

    def __str__(self) -> str:
        return str(self._value_)

    def __reduce_ex__(self, protocol: object) -> tuple[type["RunsOrderBy"], tuple[str | int]]:
        return type(self), (self._raw,)


_RunsOrderBy_BY_VALUE: dict[object, RunsOrderBy] = {member.value: member for member in RunsOrderBy}
for _member in RunsOrderBy:
    _member._raw = _member.value
