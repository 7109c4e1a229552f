"""`python -m scripts.mock` (`make mock`): serve both mocks on 127.0.0.1 until Ctrl-C.

Environment: MOCK_SYNQ_PORT (default 4010), MOCK_COALESCE_PORT (default 4011), MOCK_TOKEN (default mock-token),
MOCK_CLIENT_ID and MOCK_CLIENT_SECRET (default mock-client / mock-secret: SYNQ's `POST /oauth2/token`).
`--list-seeds` prints the seeded SYNQ execution IDs and Coalesce run IDs instead of serving.
"""

from __future__ import annotations

import argparse
import asyncio
import os
from collections.abc import Sequence
from typing import Any

from scripts.vendors import VENDORS

DEFAULT_PORTS = {"synq": 4010, "coalesce": 4011}
TITLES = {"synq": "SYNQ BatchGetExecutions", "coalesce": "Coalesce getRun"}


def port_for(vendor: str) -> int:
    value = os.environ.get(f"MOCK_{vendor.upper()}_PORT", str(DEFAULT_PORTS[vendor]))
    if not value.isdigit() or not 0 < int(value) < 65536:
        raise SystemExit(f"MOCK_{vendor.upper()}_PORT must be a port number, got {value!r}")
    return int(value)


def seed_listing() -> str:
    from scripts.mock.seeds import seed_records
    from scripts.spec.model import Spec

    lines = []
    for vendor in VENDORS:
        records = seed_records(Spec.load(vendor))
        width = max(len(str(key)) for key in records)
        lines.append(f"{TITLES[vendor]} ({len(records)} seeded):")
        lines += [f"  {key!s:<{width}}  {summary(record)}" for key, record in records.items()]
    return "\n".join(lines)


def summary(record: dict[str, Any]) -> str:
    """One line per record: what the seed is there to cover."""
    if "runType" in record:  # a Coalesce run
        auth = record.get("userCredentials", {}).get("snowflakeAuthType", "no credentials")
        return f"{record['runType']:<8} {record['runStatus']:<13} {auth}"
    kinds = [next(iter(identifier)) for identifier in record.get("entities", [])]
    return f"{record.get('status', '-'):<29} {record.get('executionType', '-')}  entities={','.join(kinds) or '-'}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.mock", description=__doc__.split("\n\n")[0])
    parser.add_argument("--list-seeds", action="store_true", help="print the seeded IDs and exit")
    args = parser.parse_args(argv)
    if args.list_seeds:
        print(seed_listing())
        return 0

    ports = [port_for(vendor) for vendor in VENDORS]  # a bad setting is refused before the mocks are built
    # Imported here, after the settings are read: a mistyped port is reported at once, not after the mock loads.
    from scripts.mock.app import DEFAULT_TOKEN, create_app
    from scripts.mock.oauth import DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, TokenIssuer
    from scripts.mock.serving import serve_forever

    token = os.environ.get("MOCK_TOKEN", DEFAULT_TOKEN)
    oauth = TokenIssuer(
        client_id=os.environ.get("MOCK_CLIENT_ID", DEFAULT_CLIENT_ID),
        client_secret=os.environ.get("MOCK_CLIENT_SECRET", DEFAULT_CLIENT_SECRET),
    )
    apps = [
        (create_app(vendor, token=token, oauth=oauth if vendor == "synq" else None), port)
        for vendor, port in zip(VENDORS, ports, strict=True)
    ]

    def announce(urls: list[str]) -> None:
        for vendor, url in zip(VENDORS, urls, strict=True):
            print(f"{TITLES[vendor]} mock: {url}", flush=True)
        print("Bearer token: $MOCK_TOKEN (default mock-token). Ctrl-C stops both.", flush=True)
        print("SYNQ OAuth2: POST /oauth2/token with $MOCK_CLIENT_ID / $MOCK_CLIENT_SECRET.", flush=True)

    try:
        asyncio.run(serve_forever(apps, announce))
    except OSError as error:
        raise SystemExit(f"python -m scripts.mock: {error.strerror}") from None
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
