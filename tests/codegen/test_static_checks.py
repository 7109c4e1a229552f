"""mypy --strict, strict pyright and ruff are part of the suite, so `make test` alone is the whole gate.

The python blocks of the README and of the PyPI page are type-checked in the same mypy run, as a user's own code
would be: an example that needed a cast, or an `isinstance` on the error model, would teach one. The typing cases
under tests/ (typed_narrowing.py, typed_errors_usage.py, typed_usage.py, ...) are checked here too, so one cold mypy
run, the slowest test of a fresh CI machine, covers everything.

pyright (strict, pinned in package.json, installed by `make node`) checks only what a user writes: the typing cases
and the examples, in one run. tests/docs/typed_misuse.py is the other side: each of its lines marked `# expect:`
must be reported by both checkers with the code it names, and nothing else in it may be, so a misuse that starts
to type-check (or an example that stops) fails this module.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

from scripts.paths import ROOT
from tests.docs.test_readme import README, python_blocks
from tests.paths import PYPI_PAGE

pytestmark = pytest.mark.slow

MISUSE = ROOT / "tests" / "docs" / "typed_misuse.py"
TYPED_USAGE = sorted(
    ROOT / "tests" / path
    for path in (
        "codegen/typed_narrowing.py",
        "facades/typed_errors_usage.py",
        "docs/typed_usage.py",
        "docs/typed_idioms.py",
        "docs/pipeline_task.py",
    )
)
"""The files written as a user would (pyright checks these; mypy checks all of tests/)."""
PYRIGHT = ROOT / "node_modules" / ".bin" / "pyright"
_EXPECT = re.compile(r"# expect: ([\w-]+), (\w+)$")
_MYPY_ERROR = re.compile(r"^(?P<path>[^:\n]+):(?P<line>\d+): error: .*\[(?P<code>[\w-]+)\]$", re.MULTILINE)

Found = set[tuple[int, str]]


def run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)


def expected(checker: int) -> Found:
    """(line, code) of every `# expect:` line of the misuse file; `checker` 1 is mypy's code, 2 pyright's."""
    lines = MISUSE.read_text(encoding="utf-8").splitlines()
    return {(number, match[checker]) for number, line in enumerate(lines, 1) if (match := _EXPECT.search(line))}


def assert_reported(found: Found, checker: int) -> None:
    """The misuse file's errors are on its marked lines only, and each of those has (at least) the error it names."""
    wanted = expected(checker)
    assert {line for line, _ in found} == {line for line, _ in wanted}, sorted(found)
    assert wanted <= found, sorted(wanted - found)


@pytest.fixture(scope="module")
def examples(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Each python block of the README and the PyPI page as a file named after its first line."""
    blocks = [block for page in (README, PYPI_PAGE) for block in python_blocks(page)]
    assert blocks
    folder = tmp_path_factory.mktemp("examples")
    paths = []
    for index, block in enumerate(blocks):
        path = folder / f"example_{index}_{re.sub(r'[^a-z0-9]+', '_', block.splitlines()[0].lower())[:40]}.py"
        path.write_text(block, encoding="utf-8")
        paths.append(path)
    return paths


@pytest.mark.usefixtures("pyright")  # started first, so that the two checkers run side by side
def test_mypy_strict_is_clean_on_the_code_and_every_documented_example_and_reports_each_misuse(
    examples: list[Path],
) -> None:
    files = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]["files"]
    done = run(sys.executable, "-m", "mypy", *files, *map(str, examples), str(MISUSE.relative_to(ROOT)))
    errors = list(_MYPY_ERROR.finditer(done.stdout))
    elsewhere = [error[0] for error in errors if Path(error["path"]).resolve() != MISUSE]
    assert not elsewhere and done.returncode in (0, 1), done.stdout + done.stderr
    assert_reported(
        {(int(error["line"]), error["code"]) for error in errors if Path(error["path"]).resolve() == MISUSE}, 1
    )


@pytest.fixture(scope="module")
def pyright(examples: list[Path]) -> Iterator[subprocess.Popen[str]]:
    """pyright over the typing cases, the examples and the misuse file, started in the background (one process)."""
    if not PYRIGHT.exists():
        pytest.fail(f"{PYRIGHT.relative_to(ROOT)} is missing: run `make node` (npm ci from package-lock.json)")
    files = [*TYPED_USAGE, *examples, MISUSE]
    command = [str(PYRIGHT), "--outputjson", *map(str, files)]
    with subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as process:
        yield process


def _pyright_errors(process: subprocess.Popen[str]) -> Iterator[tuple[Path, int, str, str]]:
    stdout, stderr = process.communicate()
    assert process.returncode in (0, 1), stdout + stderr
    for diagnostic in json.loads(stdout)["generalDiagnostics"]:
        if diagnostic["severity"] == "error":
            line = diagnostic["range"]["start"]["line"] + 1
            yield Path(diagnostic["file"]), line, diagnostic.get("rule", ""), diagnostic["message"]


def test_pyright_strict_is_clean_on_the_typed_usage_and_every_documented_example_and_reports_each_misuse(
    pyright: subprocess.Popen[str],
) -> None:
    errors = list(_pyright_errors(pyright))
    elsewhere = [error for error in errors if error[0].resolve() != MISUSE]
    assert not elsewhere, "\n".join(f"{path}:{line}: {message} ({rule})" for path, line, rule, message in elsewhere)
    assert_reported({(line, rule) for path, line, rule, _ in errors if path.resolve() == MISUSE}, 2)


def test_ruff_lint_and_format_are_clean() -> None:
    ruff = [sys.executable, "-m", "ruff"]
    lint = run(*ruff, "check", "scripts", "tests")
    assert lint.returncode == 0, lint.stdout + lint.stderr
    fmt = run(*ruff, "format", "--check", "scripts", "tests")
    assert fmt.returncode == 0, fmt.stdout + fmt.stderr
