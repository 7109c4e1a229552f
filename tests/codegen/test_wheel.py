"""The one distribution builds, passes twine, installs into a fresh venv and works there."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import venv
import zipfile
from email.parser import Parser
from pathlib import Path

import pytest

from scripts.generate import ROOT
from tests.paths import PYPI_PAGE

pytestmark = pytest.mark.slow

SMOKE = textwrap.dedent(
    """
    import json, threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    import synq_client, coalesce_client, synq_client.client, coalesce_client.client
    from synq_client.api.executions import batch_get_executions
    from synq_client.models import BatchGetExecutionsRequest
    from coalesce_client.api.runs import get_run

    seen = []
    RUN = {"id": 7, "runDetails": {"environmentID": "1", "deployCommit": "abc"}, "runStatus": "completed", "runTimeParameters": {}, "runType": "deploy"}
    EXECUTIONS = {"executions": {"e1": {"id": "e1", "status": "EXECUTION_STATUS_OK"}}}

    class Handler(BaseHTTPRequestHandler):
        def _reply(self, body):
            data = json.dumps(body).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_POST(self):
            length = int(self.headers["Content-Length"])
            seen.append((self.path, self.headers["Authorization"], json.loads(self.rfile.read(length))))
            self._reply(EXECUTIONS)

        def do_GET(self):
            seen.append((self.path, self.headers["Authorization"], None))
            self._reply(RUN)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"

    synq = synq_client.client.AuthenticatedClient(base_url=base, token="wheel-token")
    found = batch_get_executions.sync(client=synq, body=BatchGetExecutionsRequest(execution_ids=["e1"]))
    coalesce = coalesce_client.client.AuthenticatedClient(base_url=base, token="wheel-token")
    run = get_run.sync(7, client=coalesce)
    server.shutdown()
    print(json.dumps({
        "synq_file": synq_client.__file__,
        "execution": found.executions["e1"].to_dict(),
        "run": run.to_dict(),
        "seen": seen,
    }))
    """
)


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


def test_wheel_holds_both_typed_packages_and_complete_metadata(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        (metadata_name,) = (n for n in names if n.endswith(".dist-info/METADATA"))
        metadata = Parser().parsestr(archive.read(metadata_name).decode())
    assert {"synq_client/py.typed", "coalesce_client/py.typed", "synq_coalesce_core/py.typed"} <= names
    assert "synq_coalesce_core/exceptions.py" in names
    assert not any("/_core/" in n for n in names)  # the runtime ships once, not per client
    assert not any(n.startswith(("tests/", "scripts/", "openapi/")) for n in names)
    assert metadata["Name"] == "synq-coalesce-clients"
    assert metadata["Version"] == (ROOT / "VERSION").read_text().strip()
    assert metadata["Requires-Python"] == ">=3.11"
    assert metadata["License-Expression"] == "MIT"
    requires = metadata.get_all("Requires-Dist") or []
    assert sorted(r for r in requires if "extra ==" not in r) == ["attrs>=22.2.0", "httpx>=0.23.1"]
    assert sorted(r for r in requires if "extra ==" in r) == [
        "orjson>=3.9; extra == 'fast'",
        "sniffio>=1.3; extra == 'fast'",
    ]
    assert metadata.get_all("Provides-Extra") == ["fast"]
    assert metadata.get_all("Project-URL")
    assert metadata.get_all("Classifier")
    assert metadata["Description-Content-Type"] == "text/markdown"
    description = str(metadata.get_payload())
    assert description.strip() == PYPI_PAGE.read_text(encoding="utf-8").strip()
    assert "pip install synq-coalesce-clients" in description
    assert "make test" not in description  # the contributors' README is not the package page


def test_wheel_installs_into_a_fresh_venv_and_calls_a_loopback_server(wheel: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", str(wheel)], check=True, capture_output=True)

    done = subprocess.run([str(python), "-c", SMOKE], capture_output=True, text=True, check=False, cwd=tmp_path)

    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["synq_file"].startswith(str(env_dir))
    assert result["execution"] == {"id": "e1", "status": "EXECUTION_STATUS_OK"}
    assert result["run"]["runStatus"] == "completed"
    assert result["seen"] == [
        ["/api/executions/v2/by-id", "Bearer wheel-token", {"executionIds": ["e1"]}],
        ["/api/v1/runs/7", "Bearer wheel-token", None],
    ]
