"""Opt-in probes (`LIVE_CHECKS=safe,ignored_auth,unsupported_method`): requests a vendor may read as hostile.

- `ignored_auth`: the first valid request again, without a token and with a wrong one; the spec promises 401.
- `unsupported_method`: `TRACE` on each documented path; RFC 9110 says 405 with an `Allow` header.
One probe request each, through the same paced session as everything else.
"""

from __future__ import annotations

from typing import Any

import requests

from scripts.live.findings import Finding, excerpt
from scripts.live.redact import Redactor

WRONG_TOKEN = "live-probe-not-a-valid-token"
UNDECLARED_METHOD = "TRACE"


def auth_findings(
    vendor: str, case: Any, base_url: str, session: requests.Session, redactor: Redactor
) -> list[Finding]:
    findings = []
    for scenario, headers in (("no token", {}), ("a wrong token", {"Authorization": f"Bearer {WRONG_TOKEN}"})):
        response = case.call(base_url=base_url, session=session, headers=headers, timeout=30)
        if 200 <= response.status_code < 300:
            example = excerpt(redactor.body(response.content).decode("utf-8", "replace"))
            actual = f"{response.status_code} with {scenario}"
            findings.append(
                Finding(
                    vendor, case.operation.label, "ignored_auth", "status", "401 without a valid token", actual, example
                )
            )
    return findings


def method_findings(
    vendor: str, operation: Any, base_url: str, session: requests.Session, headers: dict[str, str]
) -> list[Finding]:
    path = operation.path.replace("{", "").replace("}", "")  # any value: the method is what is probed
    response = session.request(UNDECLARED_METHOD, base_url + path, headers=headers, timeout=30)
    label = f"{UNDECLARED_METHOD} {operation.path}"
    if response.status_code != 405:
        return [
            Finding(
                vendor, label, "unsupported_method", "status", "405 for an undeclared method", str(response.status_code)
            )
        ]
    if "Allow" not in response.headers:
        return [Finding(vendor, label, "unsupported_method", "header Allow", "present on a 405 (RFC 9110)", "absent")]
    return []
