"""Opt-in probes (`LIVE_CHECKS=safe,ignored_auth,unsupported_method`): requests a vendor may read as hostile.

- `ignored_auth`: the first valid request again, without a token and with a wrong one; the spec promises 401.
- `unsupported_method`: `TRACE` on each documented path, without credentials (an undocumented method never gets
  the token); RFC 9110 says 405 with an `Allow` header. A 401/403 cannot tell: the probe is then inconclusive.
One probe request each, through the same paced session as everything else. Findings are filed under the documented
operation, so the JUnit case of that operation and check carries them.
"""

from __future__ import annotations

from typing import Any

import requests

from scripts.live.findings import Finding, excerpt
from scripts.live.redact import Redactor

WRONG_TOKEN = "live-probe-not-a-valid-token"
UNDECLARED_METHOD = "TRACE"


def auth_findings(
    vendor: str, case: Any, base_url: str, session: requests.Session, redactor: Redactor, timeout: float
) -> list[Finding]:
    findings = []
    for scenario, headers in (("no token", {}), ("a wrong token", {"Authorization": f"Bearer {WRONG_TOKEN}"})):
        response = case.call(base_url=base_url, session=session, headers=headers, timeout=timeout)
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
    vendor: str, operation: Any, base_url: str, session: requests.Session, timeout: float
) -> tuple[list[Finding], str | None]:
    """(findings, why the probe could not tell or None)."""
    path = operation.path.replace("{", "").replace("}", "")  # any value: the method is what is probed
    response = session.request(UNDECLARED_METHOD, base_url + path, timeout=timeout)
    status, label = response.status_code, operation.label
    if status in (401, 403):
        return [], f"{UNDECLARED_METHOD} {operation.path} without credentials answered {status}: cannot tell"
    if status != 405:
        expected = f"405 for {UNDECLARED_METHOD}, a method the spec does not declare"
        return [Finding(vendor, label, "unsupported_method", "status", expected, str(status))], None
    if "Allow" not in response.headers:
        return [
            Finding(vendor, label, "unsupported_method", "header Allow", "present on a 405 (RFC 9110)", "absent")
        ], None
    return [], None
