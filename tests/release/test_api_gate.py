"""The Python-API gate: griffe over small packages, and over a real template change that renames an argument."""

from __future__ import annotations

import textwrap
from pathlib import Path

import openapi_python_client
import pytest

from scripts.release import api, gate
from scripts.spec_diff.model import Level
from tests.release.repository import copy_repository, git, run

pytestmark = pytest.mark.slow
BASE = {
    "__init__.py": "from ._version import __version__\nfrom .calls import Client, get\n\n__all__ = ['Client', '__version__', 'get']\n",
    "_version.py": '__version__ = "0.1.0"\n',
    "_private.py": "def helper(x):\n    return x\n",
    "calls.py": textwrap.dedent(
        """
        class Client:
            def __init__(self, token: str, timeout: float = 60.0) -> None:
                self.token = token

        def get(run_id: int, *, client: Client) -> None:
            pass

        class Gone:
            pass
        """
    ),
}


def package(root: Path, **edits: str) -> Path:
    path = root / "pkg"
    path.mkdir(parents=True)
    for name, text in {**BASE, **edits}.items():
        (path / name).write_text(text, encoding="utf-8")
    return path


def changes(tmp_path: Path, **edits: str) -> list[tuple[str, Level, str]]:
    old = api.load([package(tmp_path / "old")])["pkg"]
    new = api.load([package(tmp_path / "new", **edits)])["pkg"]
    return [(c.rule, c.level, c.location) for c in api.compare(old, new)]


def test_identical_packages_and_a_new_version_are_silent(tmp_path: Path) -> None:
    assert changes(tmp_path, **{"_version.py": '__version__ = "0.2.0"\n'}) == []


def test_private_modules_are_not_api(tmp_path: Path) -> None:
    assert changes(tmp_path, **{"_private.py": "def helper(y, z):\n    return y\n"}) == []


def test_a_public_looking_name_left_out_of_all_is_not_api(tmp_path: Path) -> None:
    """`__all__` decides: a re-export and a constant that `__init__.py` leaves out of it may go without a change;
    nor is their addition news; the same constant listed in `__all__` is API, and its removal is breaking."""
    extra = "from .calls import Gone\nDEFAULT_TIMEOUT = 60.0\n\n__all__"
    unlisted = {"__init__.py": BASE["__init__.py"].replace("\n\n__all__", "\n" + extra)}
    listed = {"__init__.py": unlisted["__init__.py"].replace("'Client', ", "'Client', 'DEFAULT_TIMEOUT', ")}
    plain = api.load([package(tmp_path / "plain")])["pkg"]
    with_unlisted = api.load([package(tmp_path / "unlisted", **unlisted)])["pkg"]
    with_listed = api.load([package(tmp_path / "listed", **listed)])["pkg"]
    assert api.compare(with_unlisted, plain) == [] == api.compare(plain, with_unlisted)
    assert [(c.rule, c.level, c.location) for c in api.compare(with_listed, plain)] == [
        ("python-object-removed", Level.BREAKING, "pkg.DEFAULT_TIMEOUT")
    ]


def test_renamed_argument_removed_class_changed_default_and_an_addition(tmp_path: Path) -> None:
    calls = (
        BASE["calls.py"]
        .replace("def get(run_id: int", "def get(run: int")
        .replace("timeout: float = 60.0", "timeout: float = 5.0")
        .replace("class Gone:\n    pass\n", "def post() -> None:\n    pass\n")
    )
    assert changes(tmp_path, **{"calls.py": calls}) == [
        ("python-parameter-changed-default", Level.BREAKING, "pkg.calls.Client.__init__(timeout)"),
        ("python-object-removed", Level.BREAKING, "pkg.calls.Gone"),
        ("python-parameter-added-required", Level.BREAKING, "pkg.calls.get(run)"),
        ("python-parameter-removed", Level.BREAKING, "pkg.calls.get(run_id)"),
        ("python-object-added", Level.INFO, "pkg.calls.post"),
    ]


def test_positional_argument_made_keyword_only_is_a_kind_change(tmp_path: Path) -> None:
    calls = BASE["calls.py"].replace("def get(run_id: int, *,", "def get(*, run_id: int,")
    assert changes(tmp_path, **{"calls.py": calls}) == [
        ("python-parameter-changed-kind", Level.BREAKING, "pkg.calls.get(run_id)")
    ]


def test_every_rule_has_a_level() -> None:
    assert set(api.RULES) == {api.rule_id(kind) for kind in api.KIND} | {api.ADDED}


def test_a_stored_comparison_is_reused_only_for_the_same_base_and_working_tree(tmp_path: Path) -> None:
    """The gate keeps each result under build/ (make diff, make gate and make release reuse it): a change to the
    working tree's packages or another base must never get an earlier answer."""
    repo = tmp_path / "repo"
    package(repo / "src")
    (repo / "pyproject.toml").write_text('[tool.hatch.build.targets.wheel]\npackages = ["src/pkg"]\n')
    git(repo.parent, "init", "-q", "-b", "main", str(repo))
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "base")
    calls = repo / "src" / "pkg" / "calls.py"

    def found(ref: str) -> list[tuple[str, str]]:
        return [(c.rule, c.location) for comparison in api.against_base(ref, repo) for c in comparison.changes]

    renamed = [
        ("python-parameter-added-required", "pkg.calls.get(run)"),
        ("python-parameter-removed", "pkg.calls.get(run_id)"),
    ]
    assert found("HEAD") == []
    calls.write_text(BASE["calls.py"].replace("def get(run_id: int", "def get(run: int"))
    assert found("HEAD") == renamed
    git(repo, "commit", "-q", "-am", "rename")
    assert found("HEAD") == []
    assert found("HEAD~1") == renamed
    calls.write_text(BASE["calls.py"])
    assert found("HEAD~1") == []
    assert list((repo / api.CACHE).glob("*.json")), "nothing stored: make diff, gate and release would each compare"


def test_template_change_renaming_an_argument_fails_make_gate(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    repo = copy_repository(tmp_path / "repo")
    # A fork of the stock endpoint macros (our loader prefers a template in scripts/codegen/templates) that renames
    # the `body` argument of every generated function.
    changelog = repo / "CHANGELOG.md"
    before = changelog.read_text(encoding="utf-8") if changelog.exists() else None  # the runbook's `make` writes one
    macros = repo / "scripts" / "codegen" / "templates" / "endpoint_macros.py.jinja"
    text = (Path(openapi_python_client.__file__).parent / "templates" / "endpoint_macros.py.jinja").read_text("utf-8")
    assert "\nbody: {{" in text and "\nbody=body,\n" in text
    macros.write_text(text.replace("\nbody: {{", "\nrequest: {{").replace("\nbody=body,\n", "\nrequest=request,\n"))
    assert run(repo, "-m", "scripts.generate").returncode == 0

    diff = run(repo, "make", "diff")
    assert diff.returncode != 0, diff.stdout
    assert "synq: generated/synq.openapi.yaml, HEAD -> working tree\nno changes" in diff.stdout
    sync = "synq_client.api.executions.batch_get_executions.sync"
    removed = [line for line in diff.stdout.splitlines() if line.startswith("breaking") and f"{sync}(body)" in line]
    assert len(removed) == 1 and "python-parameter-removed" in removed[0]
    assert f"{sync}(request): parameter was added as required" in diff.stdout
    assert "gate: " in diff.stderr and "breaking change(s)" in diff.stderr
    after = changelog.read_text(encoding="utf-8") if changelog.exists() else None
    assert after == before, "make diff must not write the changelog"

    assert run(repo, "make", "gate").returncode != 0
    entry = (repo / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "### synq_client (Python API)" in entry
    assert f"- **breaking** `python-parameter-removed`: {sync}(body): parameter was removed" in entry
    monkeypatch.chdir(repo)
    monkeypatch.setenv("ALLOW_BREAKING", "1")
    assert gate.main(["--base", "HEAD"]) == 0
