# Code generated from openapi/synq.yaml + overlays/synq.overlay.yaml by "make generate". DO NOT EDIT.
"""Contains some shared types for properties"""

from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, TypeVar

from attrs import define, field
from synq_coalesce_core.open_enums import UnknownValue

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")

_HTTP_STATUSES: dict[int, HTTPStatus] = {status.value: status for status in HTTPStatus}


def http_status(code: int) -> HTTPStatus | int:
    """The HTTPStatus member for a registered code; any other code (499, 520, 561, ...) stays a plain int."""
    return _HTTP_STATUSES.get(code, code)


@define
class UnknownVariant:
    """A oneOf/anyOf value of a kind this client does not know yet (e.g. an Identifier kind the vendor added after
    this client was generated). The object is kept exactly as received, so `to_dict()` sends it back unchanged."""

    additional_properties: dict[str, Any] = field(factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> "UnknownVariant":
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"UnknownVariant expects a JSON object, got {type(src_dict).__name__}")
        return cls(dict(src_dict))

    def to_dict(self) -> dict[str, Any]:
        return dict(self.additional_properties)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties)

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus | int
    """An HTTPStatus member for registered codes; a plain int for the others (e.g. 499, 520, 561)."""
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = ["File", "FileTypes", "RequestFiles", "Response", "UnknownValue", "UnknownVariant", "http_status"]
