"""Regenerate a vendor client: overlay -> effective spec -> openapi-python-client -> facade copy -> manifest."""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import json
import os
import sys
import tempfile
from collections.abc import Iterator, Sequence
from importlib.metadata import version
from pathlib import Path

import jinja2
import yaml
from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError

from scripts import overlay, ship_mock
from scripts.codegen.environment import TEMPLATES, configure
from scripts.codegen.fast_decoder import FastDecoders
from scripts.codegen.paging import Pagings
from scripts.errors import GenerationFailed
from scripts.paths import FACADES, ROOT
from scripts.vendors import VENDORS
from scripts.yaml_files import load_yaml

CODEGEN = ROOT / "scripts" / "codegen"
HEADER = '# Code generated from openapi/{v}.yaml + overlays/{v}.overlay.yaml by "make generate". DO NOT EDIT.\n'
COPIED_HEADER = '# Copied from {source} by "make generate". DO NOT EDIT here: edit {source}.\n'
IGNORED = {"__pycache__", ".ruff_cache", ".mypy_cache"}


def effective_spec(vendor: str) -> dict[str, object]:
    spec = load_yaml(ROOT / "openapi" / f"{vendor}.yaml")
    result: dict[str, object] = overlay.apply(spec, load_yaml(ROOT / "overlays" / f"{vendor}.overlay.yaml"))
    return result


def dump_yaml(document: object) -> str:
    return yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=120)


def generate(vendor: str, out: Path) -> None:
    """Write `<out>/<vendor>.openapi.yaml` and `<out>/<vendor>_client/`, replacing what was there."""
    out.mkdir(parents=True, exist_ok=True)
    spec_path = out / f"{vendor}.openapi.yaml"
    spec_path.write_text(dump_yaml(effective_spec(vendor)), encoding="utf-8")
    package = f"{vendor}_client"
    header = HEADER.format(v=vendor)
    with tempfile.TemporaryDirectory(prefix=f"generate-{vendor}-") as tmp:
        staged = Path(tmp) / package
        run_generator(spec_path, CODEGEN / f"{vendor}.config.yaml", staged)
        files = {path.relative_to(staged): _with_header(path, header) for path in _files(staged)}
    for path in _files(FACADES / package):
        files[path.relative_to(FACADES / package)] = _with_header(path, COPIED_HEADER.format(source=_source(path)))
    files[Path("py.typed")] = b""
    files[Path("_version.py")] = f'{header}__version__ = "{release_version()}"\n{VERSION_DOC}\n'.encode()
    write_tree(out / package, files)


VERSION_DOC = '"""The version of the synq-coalesce-clients release this package belongs to (the VERSION file)."""'


def release_version() -> str:
    """The version in VERSION, which `make release` writes; the wheel and `<package>.__version__` carry it."""
    return (ROOT / "VERSION").read_text(encoding="utf-8").strip()


def write_tree(root: Path, files: dict[Path, bytes]) -> None:
    """Make `root` hold exactly `files` (paths relative to it), writing only the files whose bytes differ: most of a
    regeneration is what is already there, and rewriting and deleting every file was a good part of a run."""
    root.mkdir(parents=True, exist_ok=True)
    present = {path.relative_to(root) for path in root.rglob("*") if not path.is_dir()}
    for relative in present - files.keys():
        (root / relative).unlink()
    for folder in sorted((path for path in root.rglob("*") if path.is_dir()), reverse=True):
        if not any(folder.iterdir()):
            folder.rmdir()  # deepest first: a folder left empty goes, also where a file now takes its name
    for relative, data in sorted(files.items()):
        target = root / relative
        if relative not in present or target.read_bytes() != data:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)


TEMPLATE_CACHE = jinja2.FileSystemBytecodeCache()
"""Compiled templates, in Jinja's own per-user temporary directory and keyed by each template's source checksum:
compiling them was a third of a generator run. The output is the same with or without it."""


def run_generator(spec_path: Path, config_path: Path, output: Path) -> None:
    """openapi-python-client with our templates, run in-process so that the templates also get `request_schema(...)`:
    the request constraints its parsed model drops. Any warning fails, like `--fail-on-warning`."""
    spec = load_yaml(spec_path)
    config = Config.from_sources(
        ConfigFile.load_from_path(config_path),
        MetaType.NONE,
        document_source=spec_path,
        file_encoding="utf-8",
        overwrite=True,
        output_path=output,
    )
    openapi = GeneratorData.from_dict(spec, config=config)
    if isinstance(openapi, GeneratorError):
        raise GenerationFailed(f"openapi-python-client failed for {spec_path.name}:\n{_describe([openapi])}")
    project = Project(openapi=openapi, config=config, custom_template_path=TEMPLATES)
    configure(project.env, spec)
    project.env.bytecode_cache = TEMPLATE_CACHE
    project.env.globals["fast_decoder"] = FastDecoders(openapi.models)
    project.env.globals["paging"] = Pagings(spec, openapi.models).of
    with _tools_on_path(), contextlib.redirect_stdout(io.StringIO()):
        errors = project.build()
    if errors:
        raise GenerationFailed(f"openapi-python-client failed for {spec_path.name}:\n{_describe(errors)}")


def _describe(errors: Sequence[GeneratorError]) -> str:
    return "\n".join(f"{error.level.value}: {error.header}: {error.detail}" for error in errors)


@contextlib.contextmanager
def _tools_on_path() -> Iterator[None]:
    """The post-hooks run `ruff` from PATH (or are skipped with a warning): put this interpreter's tools first."""
    before = os.environ.get("PATH", "")
    os.environ["PATH"] = str(Path(sys.executable).parent) + os.pathsep + before
    try:
        yield
    finally:
        os.environ["PATH"] = before


def _with_header(path: Path, header: str) -> bytes:
    """A .py file's text after `header` (its first line says where it comes from); any other file as it is."""
    if path.suffix != ".py":
        return path.read_bytes()
    return (header + path.read_text(encoding="utf-8")).encode()


def _source(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def _files(directory: Path) -> Iterator[Path]:
    for path in sorted(directory.rglob("*")):
        if path.is_file() and not IGNORED.intersection(path.parts):
            yield path


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def manifest(out: Path) -> dict[str, object]:
    return {
        "inputs": input_digests(),
        "effective_specs": {f"{v}.openapi.yaml": _sha256(out / f"{v}.openapi.yaml") for v in VENDORS},
        "tools": {name: version(name) for name in ("openapi-python-client", "ruff", "jsonpath-rfc9535", "PyYAML")},
    }


def stale_inputs(out: Path) -> list[str]:
    """The inputs that changed, appeared or disappeared since `<out>/manifest.json` was written: non-empty means
    `<out>` no longer matches its sources and `make generate` is due."""
    try:
        recorded = json.loads((out / "manifest.json").read_text(encoding="utf-8"))["inputs"]
    except (OSError, ValueError, KeyError):
        return ["manifest.json"]
    current = input_digests()
    return sorted(name for name in recorded.keys() | current.keys() if recorded.get(name) != current.get(name))


def input_digests() -> dict[str, str]:
    """sha256 of every file `make generate` reads, by path relative to the checkout."""
    inputs = [ROOT / "openapi" / f"{v}.yaml" for v in VENDORS] + [
        ROOT / "overlays" / f"{v}.overlay.yaml" for v in VENDORS
    ]
    inputs += [
        *list(_files(CODEGEN)),
        *list(_files(FACADES)),
        *(
            ROOT / "scripts" / name
            for name in (
                "generate.py",
                "ship_mock.py",
                "overlay.py",
                "yaml_files.py",
                "paths.py",
                "spec/document.py",
                "spec/idempotency.py",
                "spec/secrets.py",
            )
        ),
    ]
    inputs += [*ship_mock.sources(), *ship_mock.front()]
    inputs.append(ROOT / "VERSION")
    return {p.relative_to(ROOT).as_posix(): _sha256(p) for p in sorted(set(inputs))}


README = """\
# generated/

Output of `make generate` only. Do not edit anything here by hand: change `openapi/`, `overlays/`,
`scripts/codegen/` or `scripts/facades/`, run `make generate`, and commit inputs and outputs together.
`make check-drift` fails when this directory differs from a fresh regeneration.

- `<vendor>.openapi.yaml`: the effective spec (vendor spec + overlay) that the generator, the mock and the tests load.
- `<vendor>_client/`: the generated package (`api.SyncOperations`/`api.AsyncOperations`: a method per operation),
  plus the facade copied from `scripts/facades/<vendor>_client/`, which inherits those.
- `synq_coalesce_mock/`: the spec-driven mock as the wheel ships it (the `mock` extra): a copy of `scripts/mock/`
  and the spec readers it imports, its imports renamed, the effective specs beside it, and the hand-written front
  from `scripts/mock_package/` (scripts/ship_mock.py).
- `manifest.json`: sha256 of every input and the tool versions.

The runtime both clients import, `synq_coalesce_core`, is not generated: it ships from `scripts/runtime/`.
"""


def generate_all(out: Path) -> None:
    for vendor in VENDORS:
        generate(vendor, out)
    ship_mock.write_package(out, COPIED_HEADER)
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
