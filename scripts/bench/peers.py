"""The peers a user could pick instead of our clients, built from the same effective spec at bench time.

- `pydantic_models(vendor)`: pydantic v2 models written by datamodel-code-generator (pinned in the dev group) with
  its default options, what a pydantic-SDK user gets, imported as a module.
- `stock_client(vendor)`: the stock openapi-python-client output (the pinned version, no custom templates, no
  config), imported as a package.

Both are generated into one temporary directory per run (`Peers`), so a spec change reaches them with no edit;
`Peers.generate` runs the four generators side by side.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

from scripts.spec.document import effective_spec_path


def _run_all(commands: list[list[str]], cwd: Path) -> None:
    """Run `commands` side by side (each is mostly an interpreter start and imports) and fail on any that fails."""
    tools = str(Path(sys.executable).parent)  # the post-hooks of openapi-python-client call `ruff` from PATH
    env = {**os.environ, "PATH": tools + os.pathsep + os.environ.get("PATH", "")}
    started = [
        (
            command,
            subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True),
        )
        for command in commands
    ]
    failures = []
    for command, process in started:
        out, err = process.communicate()
        if process.returncode != 0:
            failures.append(f"{' '.join(command[:3])} failed:\n{out}\n{err}")
    if failures:
        raise RuntimeError("\n".join(failures))


@dataclass
class Peers:
    """Generates each peer once per run, into a temporary directory that lives as long as this object."""

    _tmp: tempfile.TemporaryDirectory[str] = field(
        default_factory=lambda: tempfile.TemporaryDirectory(prefix="bench-peers-")
    )
    _cache: dict[str, ModuleType] = field(default_factory=dict)

    @property
    def directory(self) -> Path:
        return Path(self._tmp.name)

    def _name(self, kind: str, vendor: str) -> str:
        """A module name unique to this object's directory, so that two runs in one process never share an import."""
        return f"{kind}_{vendor}_{self.directory.name.rsplit('-', 1)[-1]}"

    def _pydantic_target(self, vendor: str) -> Path:
        return self.directory / f"{self._name('dmcg_models', vendor)}.py"

    def _pydantic_command(self, vendor: str) -> list[str]:
        command = [sys.executable, "-m", "datamodel_code_generator", "--input", str(effective_spec_path(vendor))]
        command += ["--input-file-type", "openapi", "--output-model-type", "pydantic_v2.BaseModel"]
        command += ["--target-python-version", "3.11", "--disable-timestamp", "--formatters", "builtin"]
        return [*command, "--output", str(self._pydantic_target(vendor))]

    def _stock_target(self, vendor: str) -> Path:
        return self.directory / self._name("stock_client", vendor)

    def _stock_command(self, vendor: str) -> list[str]:
        command = [sys.executable, "-m", "openapi_python_client", "generate", "--meta", "none"]
        return [*command, "--path", str(effective_spec_path(vendor)), "--output-path", str(self._stock_target(vendor))]

    def generate(self, vendors: Iterable[str]) -> None:
        """Generate every peer of `vendors` not generated yet, all at once: the imports below then find them."""
        wanted = [(target, command) for vendor in vendors for target, command in self._jobs(vendor)]
        _run_all([command for target, command in wanted if not target.exists()], self.directory)

    def _jobs(self, vendor: str) -> list[tuple[Path, list[str]]]:
        return [
            (self._pydantic_target(vendor), self._pydantic_command(vendor)),
            (self._stock_target(vendor), self._stock_command(vendor)),
        ]

    def pydantic_models(self, vendor: str) -> ModuleType:
        name = self._name("dmcg_models", vendor)
        if name not in self._cache:
            target = self._pydantic_target(vendor)
            if not target.exists():
                _run_all([self._pydantic_command(vendor)], self.directory)
            spec = importlib.util.spec_from_file_location(name, target)
            assert spec is not None and spec.loader is not None
            module = importlib.util.module_from_spec(spec)
            sys.modules[name] = module  # pydantic resolves the forward references through sys.modules
            spec.loader.exec_module(module)
            self._cache[name] = module
        return self._cache[name]

    def stock_client(self, vendor: str) -> ModuleType:
        name = self._name("stock_client", vendor)
        if name not in self._cache:
            if not self._stock_target(vendor).exists():
                _run_all([self._stock_command(vendor)], self.directory)
            if str(self.directory) not in sys.path:
                sys.path.insert(0, str(self.directory))
            self._cache[name] = importlib.import_module(name)
            importlib.import_module(f"{name}.models")
        return self._cache[name]

    def stock_operation(self, vendor: str, operation_id: str) -> ModuleType:
        """The stock client's module for one operation (`api/<tag>/<operation_id in snake_case>.py`)."""
        package = self.stock_client(vendor)
        module = "".join(f"_{char.lower()}" if char.isupper() else char for char in operation_id).lstrip("_")
        (found,) = Path(package.__path__[0], "api").glob(f"*/{module}.py")
        return importlib.import_module(f"{package.__name__}.api.{found.parent.name}.{module}")

    def close(self) -> None:
        for name in [name for name in sys.modules if name.split(".")[0] in self._cache]:
            del sys.modules[name]
        if str(self.directory) in sys.path:
            sys.path.remove(str(self.directory))
        self._tmp.cleanup()
