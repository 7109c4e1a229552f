"""Every rule id the comparison can emit, with its fixed level.

Ids follow oasdiff's checker ids where oasdiff has the same check, so that reports from both tools
can be read side by side; `description-changed`, `constraint-description-changed`, the server, path-parameter
rename and `nullable-ignored-in-3.1` rules are ours.
Properties of a request body root and of nested objects share the `request-property-*` ids; schemas
of parameters use oasdiff's `request-parameter-*` ids where oasdiff has one.
"""

from __future__ import annotations

import re

from scripts.spec_diff.model import Level

BRK, WARN, INFO = Level.BREAKING, Level.WARNING, Level.INFO

_ENDPOINTS = {
    "api-path-removed-without-deprecation": BRK,
    "api-path-removed-with-deprecation": WARN,
    "api-removed-without-deprecation": BRK,
    "api-removed-with-deprecation": WARN,
    "endpoint-added": INFO,
    "api-operation-id-removed": BRK,
    "api-tag-removed": WARN,
    "endpoint-deprecated": WARN,
    "endpoint-reactivated": INFO,
    "api-server-removed": BRK,
    "api-server-added": INFO,
}

_PARAMETERS = {
    "new-required-request-parameter": BRK,
    "new-optional-request-parameter": INFO,
    "request-parameter-removed": BRK,
    "request-parameter-became-required": BRK,
    "request-parameter-became-optional": INFO,
    "request-path-parameter-renamed": BRK,
    "request-path-parameter-renamed-same-argument": INFO,
}

_REQUEST_BODY = {
    "request-body-added-required": BRK,
    "request-body-added-optional": INFO,
    "request-body-removed": BRK,
    "request-body-became-required": BRK,
    "request-body-became-optional": INFO,
    "request-body-media-type-removed": BRK,
    "request-body-media-type-added": INFO,
}

_RESPONSES = {
    "response-success-status-removed": BRK,
    "response-non-success-status-removed": BRK,
    "response-success-status-added": INFO,
    "response-non-success-status-added": INFO,
    "response-media-type-removed": BRK,
    "response-media-type-added": INFO,
}

_SECURITY = {
    "api-security-removed": BRK,
    "api-security-added": WARN,
    "api-security-component-removed": BRK,
    "api-security-component-added": INFO,
    "api-security-component-type-changed": BRK,
}

_DOCUMENT = {
    "api-schema-removed": BRK,
    "description-changed": INFO,
    "constraint-description-changed": WARN,
    "nullable-ignored-in-3.1": WARN,
}

_REQUEST_PROPERTIES = {
    "new-required-request-property": BRK,
    "new-optional-request-property": INFO,
    "request-property-removed": BRK,
    "request-property-became-required": BRK,
    "request-property-became-optional": INFO,
    "request-property-one-of-removed": BRK,
    "request-property-one-of-added": INFO,
    "request-property-any-of-removed": BRK,
    "request-property-any-of-added": INFO,
}

_REQUEST_VALUE_RULES = {
    "type-changed": BRK,
    "type-generalized": INFO,
    "became-not-nullable": BRK,
    "became-nullable": INFO,
    "became-enum": BRK,
    "enum-value-removed": BRK,
    "enum-value-added": INFO,
    "max-items-decreased": BRK,
    "min-items-increased": BRK,
    "max-length-decreased": BRK,
    "min-length-increased": BRK,
    "max-decreased": BRK,
    "min-increased": BRK,
    "pattern-changed": WARN,
    "deprecated": WARN,
    "reactivated": INFO,
}

_RESPONSE_PROPERTIES = {
    "response-required-property-removed": BRK,
    "response-optional-property-removed": BRK,
    "response-property-became-optional": BRK,
    "response-required-property-added": INFO,
    "response-optional-property-added": INFO,
    "response-property-became-required": INFO,
    "response-property-type-changed": BRK,
    "response-property-became-nullable": BRK,
    "response-property-became-not-nullable": INFO,
    "response-property-enum-value-removed": BRK,
    "response-property-enum-value-added": WARN,
    "response-property-one-of-removed": BRK,
    "response-property-one-of-added": WARN,
    "response-property-any-of-removed": BRK,
    "response-property-any-of-added": WARN,
    "response-property-deprecated": WARN,
    "response-property-reactivated": INFO,
}

RULES: dict[str, Level] = {
    **_ENDPOINTS,
    **_PARAMETERS,
    **_REQUEST_BODY,
    **_RESPONSES,
    **_SECURITY,
    **_DOCUMENT,
    **_REQUEST_PROPERTIES,
    **{
        f"{prefix}-{suffix}": level
        for prefix in ("request-property", "request-parameter")
        for suffix, level in _REQUEST_VALUE_RULES.items()
    },
    **_RESPONSE_PROPERTIES,
}

_GAINS = re.compile(r"(^|-)(added|new-optional|generalized|became-optional|became-nullable|reactivated)(-|$)")
ADDITIVE = frozenset(rule for rule, level in RULES.items() if level is not BRK and _GAINS.search(rule))
"""Rules that give clients something new (an endpoint, a value, an accepted input): a minor release, not a patch."""
