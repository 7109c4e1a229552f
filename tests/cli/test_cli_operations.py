"""Every operation of each effective spec is a command, `<vendor> <tag> <operation-id>`, whose help says what the
spec says: the summary, the description and each body property's description."""

from __future__ import annotations

import re
from typing import Any

import pytest

from scripts.spec.model import Spec
from scripts.vendors import VENDORS

from .conftest import invoke

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


def words(text: str) -> str:
    """`text` with its line breaks and runs of spaces as click's help wraps it: single spaces."""
    return " ".join(text.split())


def kebab(name: str) -> str:
    """`get-run` for `getRun`, `batch-get-executions` for `BatchGetExecutions` (openapi-python-client's snake case,
    dashed)."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "-", name).replace("_", "-").lower()


def operations(vendor: str) -> list[tuple[str, str, dict[str, Any]]]:
    """(tag, operationId, the operation object) for each operation of the vendor's effective spec."""
    spec = Spec.load(vendor)
    found = []
    for item in spec.document["paths"].values():
        for method in HTTP_METHODS:
            if method in item:
                operation = item[method]
                found.append((operation["tags"][0], operation["operationId"], operation))
    return found


def body_properties(spec: Spec, operation: dict[str, Any]) -> dict[str, Any]:
    body = operation.get("requestBody")
    if body is None:
        return {}
    schema = body["content"]["application/json"]["schema"]
    while "$ref" in schema:
        schema = spec.follow(schema["$ref"])[1]
    return dict(schema.get("properties", {}))


CASES = [(vendor, *case) for vendor in VENDORS for case in operations(vendor)]


@pytest.mark.parametrize(("vendor", "tag", "operation_id", "operation"), CASES, ids=[f"{c[0]}-{c[2]}" for c in CASES])
def test_each_operation_is_a_command_with_the_spec_help(
    vendor: str, tag: str, operation_id: str, operation: dict[str, Any]
) -> None:
    result = invoke(vendor, kebab(tag), kebab(operation_id), "--help")
    assert result.exit_code == 0, result.output
    shown = words(result.stdout)
    for key in ("summary", "description"):
        if key in operation:
            assert words(operation[key]) in shown
    for name, schema in body_properties(Spec.load(vendor), operation).items():
        option = "--" + kebab(name)
        assert option in shown
        if "description" in schema:
            assert words(schema["description"]) in shown
