"""Find a Python X.Y portably: `pythonX.Y` on PATH, else an installed pyenv version, checked by running it."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path


def find_python(version: str) -> Path:
    """The first candidate that really is Python `version`; LookupError says how to install it otherwise."""
    tried = []
    for candidate in _candidates(version):
        tried.append(str(candidate))
        done = subprocess.run(
            [str(candidate), "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode == 0 and done.stdout.strip() == version:
            return candidate
    raise LookupError(
        f"Python {version} is needed for the install test but was not found (tried: {', '.join(tried) or 'nothing'}). "
        f"Install it, e.g. `pyenv install {version}` (then it is found via `pyenv prefix`) "
        f"or your system's python{version} package, so that `python{version}` is on PATH."
    )


def _candidates(version: str) -> list[Path]:
    found = []
    if f"{sys.version_info.major}.{sys.version_info.minor}" == version:
        found.append(Path(sys.executable))
    on_path = shutil.which(f"python{version}")
    if on_path:
        found.append(Path(on_path))
    pyenv = shutil.which("pyenv")
    if pyenv:
        listed = subprocess.run([pyenv, "versions", "--bare"], capture_output=True, text=True, check=False).stdout
        for name in sorted((v for v in listed.split() if v.startswith(version + ".")), reverse=True):
            prefix = subprocess.run([pyenv, "prefix", name], capture_output=True, text=True, check=False).stdout.strip()
            if prefix:
                found.append(Path(prefix) / "bin" / f"python{version}")
    return found
