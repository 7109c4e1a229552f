"""The one distribution builds, passes twine and holds what it should (tests/release installs it from a real
index into fresh venvs of every supported Python and calls the mock from each)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import sysconfig
import tomllib
import zipfile
from email.message import Message
from email.parser import Parser
from pathlib import Path

import pytest
from packaging.version import Version

from scripts.git import TAG_PATTERN, last_release_tag
from scripts.paths import ROOT
from tests.paths import PYPI_PAGE

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    command = [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(ROOT)]
    subprocess.run(command, check=True, capture_output=True)
    (found,) = out.glob("*.whl")
    return found


def test_twine_check_passes(wheel: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "twine", "check", "--strict", str(wheel)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr


def read_metadata(wheel: Path) -> tuple[set[str], Message]:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        (metadata_name,) = (n for n in names if n.endswith(".dist-info/METADATA"))
        return names, Parser().parsestr(archive.read(metadata_name).decode())


def test_the_wheel_installs_the_synq_coalesce_command(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        (name,) = (n for n in archive.namelist() if n.endswith(".dist-info/entry_points.txt"))
        entry_points = archive.read(name).decode()
    assert "[console_scripts]\nsynq-coalesce = synq_coalesce_cli:main\n" in entry_points


def git(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=False)


def test_the_wheel_version_comes_from_git(wheel: Path) -> None:
    """At a clean release tag the tag's version (what `make release` wrote to VERSION); anywhere else a development
    version above the last release tag that names the commit (tests/release/test_dev_versions.py builds both)."""
    version = Version(read_metadata(wheel)[1]["Version"])
    tag = last_release_tag(ROOT)
    at_tag = git("describe", "--exact-match", "--tags", "--match", TAG_PATTERN, "HEAD").returncode == 0
    if at_tag and git("diff", "--quiet", "HEAD").returncode == 0:
        assert tag is not None and str(version) == tag.removeprefix("v") == (ROOT / "VERSION").read_text().strip()
        return
    head = git("rev-parse", "HEAD").stdout.strip()
    assert version.is_devrelease and version > Version(tag.removeprefix("v") if tag else "0")
    assert version.local is not None and head.startswith(version.local.split(".")[0].removeprefix("g"))


def test_wheel_holds_both_typed_packages_and_complete_metadata(wheel: Path) -> None:
    names, metadata = read_metadata(wheel)
    assert {"synq_client/py.typed", "coalesce_client/py.typed", "synq_coalesce_core/py.typed"} <= names
    assert "synq_coalesce_cli/__init__.py" in names  # the command ships from scripts/cli, under its own name
    assert {"synq_coalesce_mock/__main__.py", "synq_coalesce_mock/py.typed"} <= names  # the mock, from generated/
    assert "synq_coalesce_core/exceptions.py" in names
    assert not any("/_core/" in n for n in names)  # the runtime ships once, not per client
    assert not any(n.startswith(("tests/", "scripts/", "openapi/")) for n in names)
    assert metadata["Name"] == "synq-coalesce-clients"
    assert metadata["Requires-Python"] == ">=3.11"
    assert metadata["License-Expression"] == "MIT"
    requires = metadata.get_all("Requires-Dist") or []
    assert sorted(r for r in requires if "extra ==" not in r) == ["attrs>=22.2.0", "httpx>=0.23.1"]
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"]
    assert sorted(r for r in requires if "extra ==" in r) == sorted(
        f"{requirement}; extra == '{extra}'" for extra, listed in extras.items() for requirement in listed
    )
    assert sorted(metadata.get_all("Provides-Extra") or []) == ["cli", "fast", "mock"]
    assert metadata.get_all("Project-URL")
    assert metadata.get_all("Classifier")
    assert metadata["Description-Content-Type"] == "text/markdown"
    description = str(metadata.get_payload())
    assert description.strip() == PYPI_PAGE.read_text(encoding="utf-8").strip()
    assert "pip install synq-coalesce-clients" in description
    assert "make test" not in description  # the contributors' README is not the package page


def test_the_mock_extra_serves_a_pip_user_s_offline_tests(wheel: Path, tmp_path: Path) -> None:
    """The wheel in a fresh venv (pip, no dependencies), with this venv's packages standing in for the dependencies
    (the `mock` extra's among them): offline_usage.py's tests, run by that venv's pytest with no plugin but the one
    the wheel registers, start the mock from the fixtures, `serve_mock` and the shell, and call it with the clients."""
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, capture_output=True)
    python = venv / "bin" / "python"
    pip = [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "--no-deps", "--no-compile"]
    subprocess.run([*pip, str(wheel)], check=True, capture_output=True)
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    (Path(site) / "dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    shutil.copy(Path(__file__).with_name("offline_usage.py"), tmp_path / "test_offline_usage.py")
    env = {name: value for name, value in os.environ.items() if name != "PYTHONPATH"}
    command = [str(python), "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "synq_coalesce_mock"]
    done = subprocess.run(
        [*command, "test_offline_usage.py"],
        cwd=tmp_path,
        env={**env, "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"},  # `-p synq_coalesce_mock`: the wheel's pytest11 entry point
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    tests = len(re.findall(r"^def test_", (tmp_path / "test_offline_usage.py").read_text(encoding="utf-8"), re.M))
    assert re.search(rf"^{tests} passed in ", done.stdout, re.M), done.stdout
