# Code generated from openapi/coalesce.yaml + overlays/coalesce.overlay.yaml by "make generate". DO NOT EDIT.
from enum import StrEnum
from typing import Final

from synq_coalesce_core.json_fields import FieldTypeError


class RunStatus(StrEnum):
    """Open enum: a value this client does not know (a newer name, or a bare integer as proto3 JSON emits for enum
    numbers unknown to the server's serializer) parses to an UNKNOWN member instead of raising.

    `member.is_known` is False for those; `member.raw` is the value as sent (an integer stays an int) and is what
    `to_dict()` writes back; `member.value` is always a str. Known members are the usual singletons (`is` works).
    """

    _raw: str | int

    CANCELED = "canceled"
    COMPLETED = "completed"
    FAILED = "failed"
    INITIALIZING = "initializing"
    RENDERING = "rendering"
    RUNNING = "running"
    WAITINGTORUN = "waitingToRun"

    @classmethod
    def from_value(cls, value: object) -> "RunStatus":
        """The member for a wire value: one dict lookup for a known value, a new UNKNOWN member otherwise.

        Raises:
            FieldTypeError: `value` is neither a string nor an integer (a TypeError).
        """
        try:
            member = _RunStatus_BY_VALUE.get(value)
        except TypeError:  # unhashable (a list, an object): not an enum value; _unknown says so
            member = None
        if member is not None:
            return member
        return cls._unknown(value)

    @classmethod
    def _unknown(cls, value: object) -> "RunStatus":
        if isinstance(value, bool) or not isinstance(value, str | int):
            raise FieldTypeError(f"{cls.__name__} (a string or an integer)", value)
        text = value if isinstance(value, str) else str(value)
        member = str.__new__(cls, text)
        member._name_ = "UNKNOWN"
        member._value_ = text
        member._raw = value
        return member

    @classmethod
    def _missing_(cls, value: object) -> "RunStatus | None":
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
        return _RunStatus_BY_VALUE.get(self._raw) is self

    def __str__(self) -> str:
        return str(self._value_)

    def __reduce_ex__(self, protocol: object) -> tuple[type["RunStatus"], tuple[str | int]]:
        return type(self), (self._raw,)


_RunStatus_BY_VALUE: dict[object, RunStatus] = {member.value: member for member in RunStatus}
for _member in RunStatus:
    _member._raw = _member.value

RUN_STATUS_FINAL_VALUES: Final[frozenset[RunStatus]] = frozenset(
    {
        RunStatus.CANCELED,
        RunStatus.COMPLETED,
        RunStatus.FAILED,
    }
)
"""The members the spec marks with `x-final-values` (final: a value it never changes from)."""

RUN_STATUS_SUCCESS_VALUES: Final[frozenset[RunStatus]] = frozenset(
    {
        RunStatus.COMPLETED,
    }
)
"""The members the spec marks with `x-success-values` (final, and a success)."""
