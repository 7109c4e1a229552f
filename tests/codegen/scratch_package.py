"""A made-up spec generated with our templates into a temporary, importable package (for the template tests)."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from scripts.generate import run_generator
from tests.paths import ROOT

SETTINGS = ROOT / "scripts" / "codegen" / "synq.config.yaml"


@contextlib.contextmanager
def scratch_package(spec: dict[str, Any], out: Path, package: str) -> Iterator[Path]:
    """Generate `spec` as `<out>/<package>` (our settings name it synq_client; renamed) and make it importable."""
    path = out / f"{package}.yaml"
    path.write_text(yaml.safe_dump(spec), encoding="utf-8")
    run_generator(path, SETTINGS, out / "staged")
    (out / "staged").rename(out / package)
    sys.path.insert(0, str(out))
    try:
        yield out / package
    finally:
        sys.path.remove(str(out))
        for name in [n for n in sys.modules if n == package or n.startswith(package + ".")]:
            del sys.modules[name]
