# Copied from scripts/mock/error_bodies.py by "make generate". DO NOT EDIT here: edit scripts/mock/error_bodies.py.
"""Each vendor's documented error body, for any HTTP status.

The spec documents the error *schema* (SYNQ `RpcStatus`, Coalesce `ErrorResponse`); what goes inside
(the gRPC code a status maps to, the "401: ..." message style) is vendor behaviour from the research
(synq-api.md §6.2, coalesce-api.md §3.2). A test validates every body against the spec.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

# gRPC code for each HTTP status, as the REST transcoders (vanguard-go, grpc-gateway) map them back.
GRPC_CODE_FOR_STATUS = {
    400: 3,  # INVALID_ARGUMENT
    401: 16,  # UNAUTHENTICATED
    403: 7,  # PERMISSION_DENIED
    404: 5,  # NOT_FOUND
    405: 12,  # UNIMPLEMENTED (grpc-gateway answers an unbound method with 405 and this code)
    409: 10,  # ABORTED
    429: 8,  # RESOURCE_EXHAUSTED
    499: 1,  # CANCELLED
    500: 13,  # INTERNAL
    501: 12,  # UNIMPLEMENTED
    503: 14,  # UNAVAILABLE
    504: 4,  # DEADLINE_EXCEEDED
}
GRPC_UNKNOWN = 2

ErrorBody = Callable[[int, str], Any]


def synq_rpc_status(status: int, message: str) -> dict[str, Any]:
    """google.rpc.Status as protojson writes it (`EmitUnpopulated`): code, message and an empty details list."""
    return {"code": GRPC_CODE_FOR_STATUS.get(status, GRPC_UNKNOWN), "message": message, "details": []}


def coalesce_error_response(status: int, message: str) -> dict[str, Any]:
    """Coalesce `ErrorResponse`; like the documented examples, both strings start with the status code."""
    text = f"{status}: {message}"
    return {"error": {"errorString": text, "errorDetail": text}}


ERROR_BODIES: dict[str, ErrorBody] = {"synq": synq_rpc_status, "coalesce": coalesce_error_response}
