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

ROOT = Path(__file__).resolve().parent.parent
VENDORS = ("synq", "coalesce")
CODEGEN = ROOT / "scripts" / "codegen"
TEMPLATES = CODEGEN / "templates"
CORE = CODEGEN / "core"
VENDOR_MODULES = CODEGEN / "vendors"
HEADER = '# Code generated from openapi/{v}.yaml + overlays/{v}.overlay.yaml by "make generate". DO NOT EDIT.\n'
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
        _copy_tree(CORE, staged / "_core")
        _copy_tree(VENDOR_MODULES / vendor, staged)
        (staged / "py.typed").write_text("", encoding="utf-8")
        (staged / "_version.py").write_text(f'__version__ = "{release_version()}"\n', encoding="utf-8")
        _add_headers(staged, vendor)
        shutil.rmtree(out / package, ignore_errors=True)
        shutil.copytree(staged, out / package, ignore=shutil.ignore_patterns(*IGNORED))


def release_version() -> str:
    """The version in VERSION, which `make release` writes; the wheel and `<package>.__version__` carry it."""
    return (ROOT / "VERSION").read_text(encoding="utf-8").strip()


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


def _copy_tree(source: Path, destination: Path) -> None:
    if source.is_dir():
        shutil.copytree(source, destination, dirs_exist_ok=True, ignore=shutil.ignore_patterns(*IGNORED))


def _add_headers(package: Path, vendor: str) -> None:
    header = HEADER.format(v=vendor)
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
    inputs.append(ROOT / "VERSION")
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
- `<vendor>_client/`: the generated package, plus the core modules from `scripts/codegen/`.
- `manifest.json`: sha256 of every input and the tool versions.
"""


def generate_all(out: Path) -> None:
    for vendor in VENDORS:
        generate(vendor, out)
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
