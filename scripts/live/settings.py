"""Live-mode settings, read from the environment only (nothing here points anywhere by default).

Per vendor: `<VENDOR>_BASE_URL` and `<VENDOR>_TOKEN`, plus the IDs that exist for the semantic assertions
(`SYNQ_EXECUTION_IDS=id1,id2`, `COALESCE_RUN_ID=<run counter>`). For the run: `LIVE_CHECKS`, `LIVE_BUDGET`,
`LIVE_RATE`, `LIVE_EXAMPLES`, `LIVE_RECORD`, `LIVE_REPORT_DIR`, `LIVE_REDACT_FIELDS`, `LIVE_TIMEOUT`,
`LIVE_LATENCY_BUDGET`, `LIVE_MIN_ANSWERS` (README "Live drift alarm").
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from scripts.paths import ROOT
from scripts.vendors import VENDORS

# Response-side checks: they read what a valid request brings back and send nothing of their own.
SAFE_CHECKS = (
    "not_a_server_error",
    "status_code_conformance",
    "content_type_conformance",
    "response_headers_conformance",
    "response_schema_conformance",
    "known_ids",
    "not_a_client_error",
    "latency_budget",
    "recorded_fields",
)
# Opt-in probes: each sends requests a vendor may read as hostile (malformed data, no or a wrong token, TRACE).
PROBES = ("negative_data_rejection", "ignored_auth", "unsupported_method")
ALL_CHECKS = SAFE_CHECKS + PROBES
DEFAULT_BUDGET = 200
DEFAULT_RATE = 2.0
DEFAULT_EXAMPLES = 10
DEFAULT_TIMEOUT = 30.0  # seconds per request: no answer by then stops the run (inconclusive)
DEFAULT_LATENCY_BUDGET = 10.0  # seconds per answer, for every operation unless overridden by operationId
DEFAULT_MIN_ANSWERS = 1  # 2xx answers checked per operation, below which a run is inconclusive
DEFAULT_REPORT_DIR = ROOT / "build" / "live"
RECORDED_DIR = ROOT / "tests" / "data" / "recorded"
KNOWN_IDS = {"synq": "SYNQ_EXECUTION_IDS", "coalesce": "COALESCE_RUN_ID"}


class SettingsError(ValueError):
    """A setting that cannot be used; the message names the variable and what it accepts."""


@dataclass(frozen=True)
class Target:
    vendor: str
    base_url: str
    token: str = field(repr=False)
    known_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class Settings:
    targets: tuple[Target, ...]
    checks: frozenset[str] = frozenset(SAFE_CHECKS)
    budget: int = DEFAULT_BUDGET
    rate: float = DEFAULT_RATE
    examples: int = DEFAULT_EXAMPLES
    record: bool = False
    report_dir: Path = DEFAULT_REPORT_DIR
    recorded_dir: Path = RECORDED_DIR
    redact_fields: tuple[str, ...] = ()
    timeout: float = DEFAULT_TIMEOUT
    latency_budget: float = DEFAULT_LATENCY_BUDGET
    latency_budgets: Mapping[str, float] = field(default_factory=dict)  # operationId -> seconds
    min_answers: int = DEFAULT_MIN_ANSWERS

    def budget_for(self, operation_id: str) -> float:
        return self.latency_budgets.get(operation_id, self.latency_budget)

    def secrets(self) -> tuple[str, ...]:
        return tuple(target.token for target in self.targets if target.token)


def parse_checks(text: str) -> frozenset[str]:
    """`safe` (the default), `all`, or check names, comma-separated: `safe,ignored_auth`."""
    names: set[str] = set()
    for item in (part.strip() for part in (text or "safe").split(",")):
        if item == "safe":
            names.update(SAFE_CHECKS)
        elif item == "all":
            names.update(ALL_CHECKS)
        elif item in ALL_CHECKS:
            names.add(item)
        elif item:
            raise SettingsError(f"LIVE_CHECKS: unknown check {item!r}; known: safe, all, {', '.join(ALL_CHECKS)}")
    return frozenset(names)


def _number(env: Mapping[str, str], name: str, default: float, *, low: float, high: float) -> float:
    text = env.get(name, "").strip()
    if not text:
        return default
    try:
        value = float(text)
    except ValueError:
        raise SettingsError(f"{name}={text!r} must be a number") from None
    if not low <= value <= high:
        raise SettingsError(f"{name}={text} must be between {low:g} and {high:g}")
    return value


def parse_latency_budget(text: str) -> tuple[float, dict[str, float]]:
    """`5` (seconds, every operation), optionally with per-operation budgets: `5,getRun=2,BatchGetExecutions=3`."""
    default, budgets = DEFAULT_LATENCY_BUDGET, {}
    for item in (part.strip() for part in text.split(",")):
        name, _, value = item.rpartition("=")
        if not item:
            continue
        seconds = _number({"LIVE_LATENCY_BUDGET": value}, "LIVE_LATENCY_BUDGET", default, low=0.001, high=3600)
        if name:
            budgets[name] = seconds
        else:
            default = seconds
    return default, budgets


def _target(env: Mapping[str, str], vendor: str) -> Target | None:
    prefix = vendor.upper()
    base_url = env.get(f"{prefix}_BASE_URL", "").strip().rstrip("/")
    token = env.get(f"{prefix}_TOKEN", "").strip()
    if not base_url and not token:
        return None
    if not base_url or not token:
        missing = f"{prefix}_BASE_URL" if not base_url else f"{prefix}_TOKEN"
        raise SettingsError(f"{vendor}: set {missing} as well (or neither, to leave {vendor} out)")
    if not base_url.startswith(("http://", "https://")):
        raise SettingsError(f"{prefix}_BASE_URL={base_url!r} must be an http:// or https:// URL")
    ids = tuple(item.strip() for item in env.get(KNOWN_IDS[vendor], "").split(",") if item.strip())
    return Target(vendor=vendor, base_url=base_url, token=token, known_ids=ids)


def from_env(env: Mapping[str, str]) -> Settings:
    targets = tuple(target for vendor in VENDORS if (target := _target(env, vendor)) is not None)
    fields = tuple(item.strip() for item in env.get("LIVE_REDACT_FIELDS", "").split(",") if item.strip())
    latency_budget, latency_budgets = parse_latency_budget(env.get("LIVE_LATENCY_BUDGET", ""))
    return Settings(
        targets=targets,
        checks=parse_checks(env.get("LIVE_CHECKS", "")),
        budget=int(_number(env, "LIVE_BUDGET", DEFAULT_BUDGET, low=1, high=100_000)),
        rate=_number(env, "LIVE_RATE", DEFAULT_RATE, low=0.01, high=1000),
        examples=int(_number(env, "LIVE_EXAMPLES", DEFAULT_EXAMPLES, low=0, high=10_000)),
        record=env.get("LIVE_RECORD", "").strip() not in ("", "0"),
        report_dir=Path(env.get("LIVE_REPORT_DIR", "").strip() or DEFAULT_REPORT_DIR),
        recorded_dir=Path(env.get("LIVE_RECORDED_DIR", "").strip() or RECORDED_DIR),
        redact_fields=fields,
        timeout=_number(env, "LIVE_TIMEOUT", DEFAULT_TIMEOUT, low=0.01, high=600),
        latency_budget=latency_budget,
        latency_budgets=latency_budgets,
        min_answers=int(_number(env, "LIVE_MIN_ANSWERS", DEFAULT_MIN_ANSWERS, low=0, high=10_000)),
    )
