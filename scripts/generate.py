"""Regenerate a vendor client: overlay -> effective spec -> openapi-python-client -> core modules -> manifest."""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Sequence
from importlib.metadata import version
from pathlib import Path

import yaml

from scripts import overlay
from scripts.errors import GenerationFailed
from scripts.vendors import VENDORS

ROOT = Path(__file__).resolve().parent.parent
CODEGEN = ROOT / "scripts" / "codegen"
TEMPLATES = CODEGEN / "templates"
CORE = CODEGEN / "core"
VENDOR_MODULES = CODEGEN / "vendors"
RUNTIME_PACKAGE = "synq_coalesce_core"
"""The one runtime both clients import (exceptions, auth, sending, ...): shipped once, so one `except APIError` catches
a failure of either client."""
HEADER = '# Code generated from openapi/{v}.yaml + overlays/{v}.overlay.yaml by "make generate". DO NOT EDIT.\n'
COPIED_HEADER = '# Copied from {source} by "make generate". DO NOT EDIT here: edit {source}.\n'
IGNORED = {"__pycache__", ".ruff_cache", ".mypy_cache"}


def effective_spec(vendor: str) -> dict[str, object]:
    spec = overlay.load_yaml(ROOT / "openapi" / f"{vendor}.yaml")
    result: dict[str, object] = overlay.apply(spec, overlay.load_yaml(ROOT / "overlays" / f"{vendor}.overlay.yaml"))
    return result


def dump_yaml(document: object) -> str:
    return yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=120)


def generate(vendor: str, out: Path) -> None:
    """Write `<out>/<vendor>.openapi.yaml` and `<out>/<vendor>_client/`, replacing what was there."""
    out.mkdir(parents=True, exist_ok=True)
    spec_path = out / f"{vendor}.openapi.yaml"
    spec_path.write_text(dump_yaml(effective_spec(vendor)), encoding="utf-8")
    package = f"{vendor}_client"
    with tempfile.TemporaryDirectory(prefix=f"generate-{vendor}-") as tmp:
        staged = Path(tmp) / package
        _run_generator(spec_path, vendor, staged)
        _add_headers(staged, HEADER.format(v=vendor))
        _copy_sources(VENDOR_MODULES / vendor, staged)
        (staged / "py.typed").write_text("", encoding="utf-8")
        _replace(out / package, staged)


def generate_runtime(out: Path) -> None:
    """Write `<out>/synq_coalesce_core/`: a copy of scripts/codegen/core, each file naming its source."""
    with tempfile.TemporaryDirectory(prefix="generate-runtime-") as tmp:
        staged = Path(tmp) / RUNTIME_PACKAGE
        staged.mkdir()
        _copy_sources(CORE, staged)
        (staged / "py.typed").write_text("", encoding="utf-8")
        _replace(out / RUNTIME_PACKAGE, staged)


def _replace(destination: Path, staged: Path) -> None:
    shutil.rmtree(destination, ignore_errors=True)
    shutil.copytree(staged, destination, ignore=shutil.ignore_patterns(*IGNORED))


def _run_generator(spec_path: Path, vendor: str, output: Path) -> None:
    bin_dir = str(Path(sys.executable).parent)  # ruff must be found on PATH, or the post-hooks are skipped
    env = {**os.environ, "PATH": bin_dir + os.pathsep + os.environ.get("PATH", "")}
    command = [
        os.path.join(bin_dir, "openapi-python-client"),
        "generate",
        "--path", str(spec_path),
        "--config", str(CODEGEN / f"{vendor}.config.yaml"),
        "--meta", "none",
        "--output-path", str(output),
        "--overwrite",
        "--fail-on-warning",
    ]  # fmt: skip
    if TEMPLATES.is_dir() and any(TEMPLATES.iterdir()):
        command += ["--custom-template-path", str(TEMPLATES)]
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise GenerationFailed(f"openapi-python-client failed for {vendor}:\n{done.stdout}\n{done.stderr}")


def _copy_sources(source: Path, destination: Path) -> None:
    """Copy the hand-written files below `source` into `destination`; each .py file's first line names its source."""
    for path in _files(source):
        target = destination / path.relative_to(source)
        target.parent.mkdir(parents=True, exist_ok=True)
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".py":
            text = COPIED_HEADER.format(source=path.relative_to(ROOT).as_posix()) + text
        target.write_text(text, encoding="utf-8")


def _add_headers(package: Path, header: str) -> None:
    for path in sorted(package.rglob("*.py")):
        path.write_text(header + path.read_text(encoding="utf-8"), encoding="utf-8")


def _files(directory: Path) -> Iterator[Path]:
    for path in sorted(directory.rglob("*")):
        if path.is_file() and not IGNORED.intersection(path.parts):
            yield path


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def manifest(out: Path) -> dict[str, object]:
    inputs = [ROOT / "openapi" / f"{v}.yaml" for v in VENDORS] + [
        ROOT / "overlays" / f"{v}.overlay.yaml" for v in VENDORS
    ]
    inputs += [*list(_files(CODEGEN)), ROOT / "scripts" / "generate.py", ROOT / "scripts" / "overlay.py"]
    return {
        "inputs": {p.relative_to(ROOT).as_posix(): _sha256(p) for p in inputs},
        "effective_specs": {f"{v}.openapi.yaml": _sha256(out / f"{v}.openapi.yaml") for v in VENDORS},
        "tools": {name: version(name) for name in ("openapi-python-client", "ruff", "jsonpath-rfc9535", "PyYAML")},
    }


README = """\
# generated/

Output of `make generate` only. Do not edit anything here by hand: change `openapi/`, `overlays/`
or `scripts/codegen/`, run `make generate`, and commit inputs and outputs together.
`make check-drift` fails when this directory differs from a fresh regeneration.

- `<vendor>.openapi.yaml`: the effective spec (vendor spec + overlay) that the generator, the mock and the tests load.
- `<vendor>_client/`: the generated package, plus the facade copied from `scripts/codegen/vendors/<vendor>/`.
- `synq_coalesce_core/`: the runtime both clients share, copied from `scripts/codegen/core/`.
- `manifest.json`: sha256 of every input and the tool versions.
"""


def generate_all(out: Path) -> None:
    for vendor in VENDORS:
        generate(vendor, out)
    generate_runtime(out)
    (out / "manifest.json").write_text(json.dumps(manifest(out), indent=2, sort_keys=True) + "\n", encoding="utf-8")
    (out / "README.md").write_text(README, encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "generated", help="output directory (default: generated/)")
    args = parser.parse_args(argv)
    generate_all(args.out)
    print(f"generated {', '.join(f'{v}_client' for v in VENDORS)} into {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
