"""`make publish` against a real package index (pypiserver on 127.0.0.1, htpasswd authentication), then
`pip install` from it into fresh venvs of Python 3.11, 3.12 and 3.13, and once more with the dependency floors,
each making calls against the mock under uvicorn.

One module-scoped chain does the slow parts once: copy the repository, serve the index, release (which tags, so the
build carries VERSION), publish, serve the mock, build the four venvs in parallel. Dependencies of the wheel come from pip's usual sources (its configured index
and extra indexes); only our wheel comes from the local index, which the pip report proves.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import textwrap
import time
import tomllib
import urllib.request
import warnings
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from scripts.release import publish
from tests.paths import ROOT
from tests.release.interpreters import find_python
from tests.release.repository import copy_repository, run

pytestmark = pytest.mark.slow
USER, PASSWORD = "publisher", "s3cret-index-password-7f3a"
NAME = "synq-coalesce-clients"
PYTHONS = ("3.11", "3.12", "3.13")
FLOORS = "floors"
SMOKE = textwrap.dedent(
    """
    import json, sys
    import attrs, httpx
    import coalesce_client, synq_client
    from coalesce_client import CoalesceClient
    from synq_client import SynqClient

    with SynqClient() as synq:
        found = synq.get_executions(["exec-001", "no-such-id"])
    with CoalesceClient() as coalesce:
        run = coalesce.get_run(2)
    print(json.dumps({
        "python": "%d.%d" % sys.version_info[:2],
        "versions": [synq_client.__version__, coalesce_client.__version__],
        "file": synq_client.__file__,
        "found": sorted(found.executions), "missing": list(found.missing),
        "run": [run.id, str(run.run_status)],
        "httpx": httpx.__version__, "attrs": attrs.__version__,
    }))
    """
)


@dataclass(frozen=True)
class Index:
    url: str
    packages: Path

    @property
    def simple(self) -> str:
        return f"{self.url}simple/"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def wait_for(url: str, process: subprocess.Popen[bytes], what: str) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{what} exited with {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError as error:
            if getattr(error, "code", None) is not None:  # an HTTP answer (401, 404): the server is up
                return
            time.sleep(0.1)
    raise RuntimeError(f"{what} did not answer at {url}")


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Index]:
    root = tmp_path_factory.mktemp("index")
    with warnings.catch_warnings():  # passlib 1.7.4 imports the deprecated crypt module
        warnings.simplefilter("ignore", DeprecationWarning)
        from passlib.apache import HtpasswdFile
    passwords = HtpasswdFile(str(root / "htpasswd"), new=True)
    passwords.set_password(USER, PASSWORD)
    passwords.save()
    (root / "packages").mkdir()
    port = free_port()
    command = [sys.executable, "-m", "pypiserver", "run", "--interface", "127.0.0.1", "--port", str(port)]
    command += ["--passwords", str(root / "htpasswd"), "--authenticate", "update", "--disable-fallback"]
    process = subprocess.Popen([*command, str(root / "packages")], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for(f"http://127.0.0.1:{port}/simple/", process, "pypiserver")
        yield Index(f"http://127.0.0.1:{port}/", root / "packages")
    finally:
        process.terminate()
        process.wait(timeout=10)


def twine_env(index: Index, password: str = PASSWORD) -> dict[str, str]:
    return {"TWINE_REPOSITORY_URL": index.url, "TWINE_USERNAME": USER, "TWINE_PASSWORD": password}


@pytest.fixture(scope="module")
def published(index: Index, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, subprocess.CompletedProcess[str]]:
    repo = copy_repository(tmp_path_factory.mktemp("publish") / "repo")
    released = run(repo, "make", "release")  # the first release: tags v<VERSION>, so the build carries VERSION
    assert released.returncode == 0, released.stdout + released.stderr
    return repo, run(repo, "make", "publish", **twine_env(index))


@pytest.fixture(scope="module")
def version() -> str:
    return (ROOT / "VERSION").read_text(encoding="utf-8").strip()


def refusal(repo: Path, monkeypatch: pytest.MonkeyPatch, **env: str) -> str:
    for name in publish.REQUIRED:
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(publish.Refused) as refused:
        publish.check(repo)
    return str(refused.value)


def test_make_publish_uploads_once_and_refuses_what_it_must(
    published: tuple[Path, subprocess.CompletedProcess[str]],
    index: Index,
    version: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    repo, done = published
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"publish: uploading synq_coalesce_clients-{version}" in done.stdout
    assert PASSWORD not in done.stdout + done.stderr
    assert sorted(p.name for p in index.packages.iterdir()) == [
        f"synq_coalesce_clients-{version}-py3-none-any.whl",
        f"synq_coalesce_clients-{version}.tar.gz",
    ]

    again = run(repo, "-m", "scripts.release.publish", **twine_env(index))
    assert again.returncode == 1
    assert f"publish: refused: {NAME} {version} is already on {index.simple}: run `make release`" in again.stderr
    assert PASSWORD not in again.stdout + again.stderr

    assert refusal(repo, monkeypatch, TWINE_REPOSITORY_URL=index.url).startswith("set TWINE_USERNAME, TWINE_PASSWORD")
    stray = repo / "generated" / "synq_client" / "stray.py"
    stray.write_text("X = 1\n", encoding="utf-8")
    try:
        dirty = refusal(repo, monkeypatch, **twine_env(index))
    finally:
        stray.unlink()
    assert dirty == "generated/ is not clean; commit (or `make release`) first:\n  generated/synq_client/stray.py"

    built = repo.parent / "built"
    (repo / "dist").rename(built)
    (repo / "dist").mkdir()
    try:
        empty = refusal(repo, monkeypatch, **twine_env(index))
    finally:
        (repo / "dist").rmdir()
        built.rename(repo / "dist")
    assert empty.startswith(f"dist/ must hold only the {version} wheel and sdist (found nothing): run `make wheel`")

    wrong = "wrong-password-91c2"
    upload = [sys.executable, "-m", "twine", "upload", "--non-interactive", *map(str, (repo / "dist").glob("*.whl"))]
    rejected = subprocess.run(
        upload, env={**os.environ, **twine_env(index, wrong)}, capture_output=True, text=True, check=False
    )
    assert rejected.returncode != 0 and "403" in rejected.stdout + rejected.stderr, "the index must demand the password"


def pip_indexes() -> list[str]:
    """pip's own sources for the dependencies: its configured extra indexes and its index (PyPI by default)."""

    def config(key: str) -> list[str]:
        done = subprocess.run(
            [sys.executable, "-m", "pip", "config", "get", key], capture_output=True, text=True, check=False
        )
        return done.stdout.split() if done.returncode == 0 else []

    extra = os.environ.get("PIP_EXTRA_INDEX_URL", "").split() or config("global.extra-index-url")
    main = os.environ.get("PIP_INDEX_URL", "").split() or config("global.index-url") or ["https://pypi.org/simple"]
    return [option for url in [*main, *extra] for option in ("--extra-index-url", url)]


def floors() -> list[str]:
    """`httpx>=0.23.1` -> `httpx==0.23.1`, for every runtime dependency in pyproject.toml."""
    listed = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    return [dependency.replace(">=", "==") for dependency in listed]


def install(kind: str, index: Index, version: str, mock: dict[str, str], root: Path) -> dict[str, object]:
    """A fresh venv (no pip of its own: our pip drives it), the wheel from the index, then the smoke calls."""
    python = find_python("3.11" if kind == FLOORS else kind)
    venv = root / kind
    subprocess.run([str(python), "-m", "venv", "--without-pip", str(venv)], check=True, capture_output=True)
    target = venv / "bin" / "python"
    pip = [sys.executable, "-m", "pip", "--python", str(target), "install", "--quiet", "--no-compile"]
    wheel = [f"{NAME}=={version}", "--index-url", index.simple]
    report = root / f"{kind}.report.json"
    if kind == FLOORS:
        subprocess.run([*pip, *floors()], check=True, capture_output=True, text=True)
        subprocess.run([*pip, "--no-deps", "--report", str(report), *wheel], check=True, capture_output=True, text=True)
    else:
        subprocess.run(
            [*pip, "--report", str(report), *wheel, *pip_indexes()], check=True, capture_output=True, text=True
        )
    done = subprocess.run(
        [str(target), "-c", SMOKE], cwd=root, env={**os.environ, **mock}, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"the calls from the {kind} venv failed:\n{done.stderr}")
    result: dict[str, object] = json.loads(done.stdout)
    result["sources"] = {
        item["metadata"]["name"]: item["download_info"]["url"] for item in json.loads(report.read_text())["install"]
    }
    result["venv"] = str(venv)
    return result


@pytest.fixture(scope="module")
def mock() -> Iterator[dict[str, str]]:
    ports = {"synq": free_port(), "coalesce": free_port()}
    env = {**os.environ, "MOCK_SYNQ_PORT": str(ports["synq"]), "MOCK_COALESCE_PORT": str(ports["coalesce"])}
    process = subprocess.Popen(
        [sys.executable, "-m", "scripts.mock"], cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        for port in ports.values():
            wait_for(f"http://127.0.0.1:{port}/", process, "the mock")
        yield {
            "SYNQ_BASE_URL": f"http://127.0.0.1:{ports['synq']}",
            "SYNQ_TOKEN": "mock-token",
            "COALESCE_BASE_URL": f"http://127.0.0.1:{ports['coalesce']}",
            "COALESCE_TOKEN": "mock-token",
        }
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture(scope="module")
def installs(
    published: tuple[Path, subprocess.CompletedProcess[str]],
    index: Index,
    version: str,
    mock: dict[str, str],
    tmp_path_factory: pytest.TempPathFactory,
) -> dict[str, dict[str, object] | BaseException]:
    assert published[1].returncode == 0, "make publish failed: nothing to install"
    root = tmp_path_factory.mktemp("venvs")
    with ThreadPoolExecutor(max_workers=len(PYTHONS) + 1) as pool:
        futures = {kind: pool.submit(install, kind, index, version, mock, root) for kind in (*PYTHONS, FLOORS)}
        return {kind: future.exception() or future.result() for kind, future in futures.items()}


def test_pip_install_from_the_index_on_each_python_and_with_the_floors(
    installs: dict[str, dict[str, object] | BaseException], index: Index, version: str
) -> None:
    failures = {kind: describe(result) for kind, result in installs.items() if isinstance(result, BaseException)}
    assert not failures, "\n\n".join(f"{kind}: {problem}" for kind, problem in failures.items())
    results = {kind: result for kind, result in installs.items() if isinstance(result, dict)}
    for kind, result in results.items():
        assert result["python"] == ("3.11" if kind == FLOORS else kind)
        assert result["versions"] == [version, version]
        assert str(result["file"]).startswith(str(result["venv"]))
        assert result["found"] == ["exec-001"] and result["missing"] == ["no-such-id"]
        assert result["run"][0] == 2  # type: ignore[index]
        assert str(result["sources"][NAME]).startswith(index.url)  # type: ignore[index]
    floor = results[FLOORS]
    assert [f"httpx=={floor['httpx']}", f"attrs=={floor['attrs']}"] == floors()
    assert list(floor["sources"]) == [NAME], "--no-deps: only our wheel came from the index"  # type: ignore[call-overload]


def describe(error: BaseException) -> str:
    if isinstance(error, subprocess.CalledProcessError):
        return f"{error.cmd} failed:\n{error.stderr}"
    return f"{type(error).__name__}: {error}"
