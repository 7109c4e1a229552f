"""openapi-python-client's own end-to-end specs and functional tests, run against our templates and settings.

    python -m scripts.codegen.peer_suite PEER [--stock] [--no-functional]

PEER is a checkout of openapi-generators/openapi-python-client (its `end_to_end_tests/` folder; the PyPI sdist does
not ship it, so CI, which has no GitHub access, cannot run this: `make peer-suite PEER=...`). Nothing of that
repository is copied here. With `--stock`, the same runs use the stock templates, for comparison.

1. Each end-to-end spec, with the configuration its upstream test uses, is generated (ruff post-hooks as ours), every
   module of the package is imported, and the package is type-checked with `mypy --strict`.
2. The functional tests (`functional_tests/generated_code_execution`) run under pytest with this module as a plugin:
   their generator call is replaced by ours, and every inline spec they generate is imported and type-checked too.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from scripts.codegen.environment import TEMPLATES
from scripts.paths import ROOT, RUNTIME

__all__ = ["SPECS", "main"]

SPECS = [
    ("baseline_openapi_3.0.json", "config.yml"),
    ("baseline_openapi_3.1.yaml", "config.yml"),
    ("3.1_specific.openapi.yaml", "config.yml"),
    ("openapi_3.1_enums.yaml", "config.yml"),
    ("openapi_3.1_enums.yaml", "literal_enums.config.yml"),
    ("docstrings_on_attributes.yml", "docstrings_on_attributes.config.yml"),
]
"""(spec, configuration) of each upstream end-to-end run whose output is a client (test_end_to_end.py)."""

OUR_SETTINGS = ROOT / "scripts" / "codegen" / "synq.config.yaml"
FUNCTIONAL = Path("end_to_end_tests") / "functional_tests" / "generated_code_execution"
PLUGIN = "scripts.codegen.peer_suite"
"""This module, as pytest loads it (not `__main__` when run with -m)."""
REPORT_VARIABLE = "PEER_SUITE_REPORT"
STOCK_VARIABLE = "PEER_SUITE_STOCK"


@dataclass
class Checked:
    """One generated package: did it generate, import, pass mypy --strict (each with the first lines of why not)."""

    name: str
    generated: str = ""
    imported: str = ""
    typed: str = ""

    def failures(self) -> list[str]:
        return [f"{self.name}: {step}: {why}" for step, why in self._steps() if why not in ("", "ok")]

    def _steps(self) -> Iterator[tuple[str, str]]:
        yield from (("generate", self.generated), ("import", self.imported), ("mypy --strict", self.typed))


def generate(spec: Path, config: dict[str, Any], output: Path, *, stock: bool) -> None:
    """Generate `spec` into the package directory `output` with our templates (or the stock ones) and our post-hooks."""
    settings = {**config, "post_hooks": yaml.safe_load(OUR_SETTINGS.read_text(encoding="utf-8"))["post_hooks"]}
    with tempfile.TemporaryDirectory(prefix="peer-config-") as tmp:
        config_path = Path(tmp) / "config.yaml"
        config_path.write_text(yaml.safe_dump(settings), encoding="utf-8")
        if stock:
            _generate_stock(spec, config_path, output)
        else:
            from scripts.generate import run_generator

            run_generator(spec, config_path, output)


def _generate_stock(spec: Path, config_path: Path, output: Path) -> None:
    command = [sys.executable, "-m", "openapi_python_client", "generate", f"--path={spec}", f"--config={config_path}"]
    command += ["--meta=none", f"--output-path={output}", "--overwrite", "--fail-on-warning"]
    done = subprocess.run(command, capture_output=True, text=True, check=False, env=_environment())
    if done.returncode:
        raise RuntimeError(done.stdout + done.stderr)


def check(spec: Path, config: dict[str, Any], work: Path, package: str, *, stock: bool) -> Checked:
    result = Checked(f"{spec.name} ({'stock' if stock else 'ours'})")
    try:
        generate(spec, config, work / package, stock=stock)
    except Exception as error:  # any failure of the generator is the finding
        result.generated = _first_lines(str(error))
        return result
    result.generated = "ok"
    result.imported = import_all(work, package)
    result.typed = type_check(work, package)
    return result


def import_all(root: Path, package: str) -> str:
    """ "ok", or the first error of importing every module of `package` (found below `root`) in a fresh interpreter."""
    code = (
        "import importlib, pkgutil, sys\n"
        f"package = importlib.import_module({package!r})\n"
        "for module in pkgutil.walk_packages(package.__path__, package.__name__ + '.'):\n"
        "    importlib.import_module(module.name)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=False, env=_environment(root)
    )
    return "ok" if done.returncode == 0 else _first_lines(done.stderr.strip().splitlines()[-1])


def type_check(root: Path, package: str) -> str:
    command = [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--config-file", os.devnull, package]
    env = {**_environment(root), "MYPYPATH": str(RUNTIME)}
    done = subprocess.run(command, cwd=root, capture_output=True, text=True, check=False, env=env)
    return "ok" if done.returncode == 0 else _first_lines(done.stdout, 6)


def _environment(root: Path | None = None) -> dict[str, str]:
    """PATH with this interpreter's tools first (ruff for the post-hooks), and the runtime (and `root`) importable."""
    paths = [str(RUNTIME), *([str(root)] if root else []), os.environ.get("PYTHONPATH", "")]
    return {
        **os.environ,
        "PATH": str(Path(sys.executable).parent) + os.pathsep + os.environ.get("PATH", ""),
        "PYTHONPATH": os.pathsep.join(path for path in paths if path),
    }


def _first_lines(text: str, count: int = 3) -> str:
    return " | ".join(text.strip().splitlines()[:count])


def _package_name(spec: Path, config: dict[str, Any]) -> str:
    if "package_name_override" in config:
        return str(config["package_name_override"])
    document = yaml.safe_load(spec.read_text(encoding="utf-8"))
    title = re.sub(r"[^a-z0-9]+", "_", str(document["info"]["title"]).lower()).strip("_")
    return f"{title}_client"


# ---------------------------------------------------------------- the pytest plugin (in the functional tests' run)


@dataclass
class _Generated:
    stdout: str = ""
    exit_code: int = 0


def pytest_configure(config: Any) -> None:
    """Replace the upstream helper's generator call (a CLI run) with ours, and check what it generates."""
    from end_to_end_tests import generated_client  # type: ignore[import-not-found]

    stock = os.environ.get(STOCK_VARIABLE) == "1"
    report = Path(os.environ[REPORT_VARIABLE])
    original = generated_client.generate_client

    def generate_client(openapi_document: str, extra_args: Sequence[str] = (), output_path: str = "", base_module: str = "", **_: Any) -> Any:  # fmt: skip
        arguments = list(extra_args)
        config = {}
        if "--config" in arguments:
            config = yaml.safe_load(Path(arguments[arguments.index("--config") + 1]).read_text(encoding="utf-8"))
        output = Path(output_path)
        checked = Checked(f"inline spec of {os.environ.get('PYTEST_CURRENT_TEST', '?').split(' ')[0]}")
        try:
            generate(Path(openapi_document), config or {}, output / base_module, stock=stock)
            checked.generated = "ok"
            checked.imported = import_all(output, base_module)
            checked.typed = type_check(output, base_module)
        except Exception as error:  # recorded, then raised to the test as the generator's failure
            checked.generated = _first_lines(str(error))
            raise
        finally:
            with report.open("a", encoding="utf-8") as lines:
                lines.write(json.dumps(checked.__dict__) + "\n")
        return generated_client.GeneratedClientContext(output, _Generated(), base_module, _monkeypatch())

    generated_client.generate_client = generate_client
    config.add_cleanup(lambda: setattr(generated_client, "generate_client", original))


def _monkeypatch() -> Any:
    import pytest

    return pytest.MonkeyPatch()


# ---------------------------------------------------------------- the runner


def run_functional(peer: Path, *, stock: bool) -> tuple[str, list[Checked]]:
    """The pytest summary line of the functional tests, and what each of their inline specs gave."""
    with tempfile.TemporaryDirectory(prefix="peer-functional-") as tmp:
        report = Path(tmp) / "report.jsonl"
        report.touch()
        env = {
            **_environment(),
            "PYTHONPATH": os.pathsep.join([str(peer), str(ROOT), str(RUNTIME)]),
            REPORT_VARIABLE: str(report),
            STOCK_VARIABLE: "1" if stock else "0",
        }
        command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", PLUGIN, "-c", os.devnull]
        command += ["--rootdir", str(peer), "-W", "ignore::DeprecationWarning", str(peer / FUNCTIONAL)]
        done = subprocess.run(command, cwd=tmp, capture_output=True, text=True, check=False, env=env)
        print(done.stdout[-6000:], file=sys.stderr)
        summary = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else done.stderr
        checked = [Checked(**json.loads(line)) for line in report.read_text(encoding="utf-8").splitlines()]
    return summary, checked


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.codegen.peer_suite", description=__doc__.splitlines()[0])
    parser.add_argument("peer", type=Path, help="a checkout of openapi-generators/openapi-python-client")
    parser.add_argument("--stock", action="store_true", help="the stock templates instead of ours (for comparison)")
    parser.add_argument("--no-functional", action="store_true", help="only the end-to-end specs")
    args = parser.parse_args(argv)
    tests = args.peer / "end_to_end_tests"
    if not tests.is_dir():
        parser.error(f"{args.peer} has no end_to_end_tests/: pass a checkout of openapi-python-client")
    print(f"templates: {'stock' if args.stock else TEMPLATES}")
    checked = []
    with tempfile.TemporaryDirectory(prefix="peer-specs-") as tmp:
        for index, (spec, config_name) in enumerate(SPECS):
            config = yaml.safe_load((tests / config_name).read_text(encoding="utf-8")) or {}
            work = Path(tmp) / str(index)
            work.mkdir()
            result = check(tests / spec, config, work, _package_name(tests / spec, config), stock=args.stock)
            result.name += f" [{config_name}]"
            checked.append(result)
            print(
                f"{result.name}: generate {result.generated or '-'}; import {result.imported or '-'}; mypy {result.typed or '-'}"
            )
    summary, inline = ("(not run)", []) if args.no_functional else run_functional(args.peer, stock=args.stock)
    everything = checked + inline
    print(f"\nend-to-end specs: {len(checked)}, generated {_count(checked, 'generated')}, imported "
          f"{_count(checked, 'imported')}, mypy --strict clean {_count(checked, 'typed')}")  # fmt: skip
    print(f"functional tests' inline specs: {len(inline)}, generated {_count(inline, 'generated')}, imported "
          f"{_count(inline, 'imported')}, mypy --strict clean {_count(inline, 'typed')}")  # fmt: skip
    print(f"functional tests: {summary}")
    for failure in (line for result in everything for line in result.failures()):
        print(f"  {failure}")
    return 0 if not any(result.failures() for result in everything) and " failed" not in summary else 1


def _count(results: Sequence[Checked], step: str) -> int:
    return sum(1 for result in results if getattr(result, step) == "ok")


if __name__ == "__main__":
    sys.exit(main())
