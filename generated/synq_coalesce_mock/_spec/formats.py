# Copied from scripts/spec/formats.py by "make generate". DO NOT EDIT here: edit scripts/spec/formats.py.
"""The OpenAPI integer formats (`int32`, `int64`; OpenAPI Format Registry) as the value ranges they allow.

JSON Schema leaves both unasserted, so a validator passes `2147483648` for an `int32`; schemathesis treats the format
as a constraint and sends exactly that. The mock and the drift alarm check the range through `FORMAT_CHECKER`, and
the generator turns it into `minimum`/`maximum` for the clients' argument checks.
"""

from __future__ import annotations

from jsonschema import FormatChecker  # type: ignore[import-untyped]

INTEGER_FORMAT_RANGES: dict[str, tuple[int, int]] = {
    "int32": (-(2**31), 2**31 - 1),
    "int64": (-(2**63), 2**63 - 1),
}

FORMAT_CHECKER = FormatChecker()  # date-time (rfc3339-validator), uuid, email, ... plus the integer formats


def _register(name: str, low: int, high: int) -> None:
    @FORMAT_CHECKER.checks(name)  # type: ignore[untyped-decorator]
    def _in_range(instance: object) -> bool:
        """Only integers are constrained (a format applies to the types it is defined for)."""
        if isinstance(instance, bool) or not isinstance(instance, int):
            return True
        return low <= instance <= high


for _name, (_low, _high) in INTEGER_FORMAT_RANGES.items():
    _register(_name, _low, _high)
