"""`make publish`: upload dist/* with twine to the index that TWINE_REPOSITORY_URL names.

    TWINE_REPOSITORY_URL=... TWINE_USERNAME=... TWINE_PASSWORD=... python -m scripts.release.publish

It refuses, before uploading anything, when a variable is missing, when the working tree (generated/ included)
has uncommitted changes, when dist/ does not hold exactly this VERSION's files (a build anywhere but at the release
tag v<VERSION> carries a development version from git: pyproject.toml [tool.hatch.version]), or when the index already has
this version (read from its simple page: PUBLISH_SIMPLE_URL, by default derived from TWINE_REPOSITORY_URL).
The password reaches only twine's environment and the index's Authorization header; every line printed here
or relayed from twine has it masked.
"""

from __future__ import annotations

import base64
import os
import re
import subprocess
import sys
import tomllib
import urllib.error
import urllib.parse
import urllib.request
from html.parser import HTMLParser
from pathlib import Path

from scripts.git import dirty_paths
from scripts.paths import ROOT

REQUIRED = ("TWINE_REPOSITORY_URL", "TWINE_USERNAME", "TWINE_PASSWORD")
MASK = "****"


class Refused(Exception):
    pass


def main() -> int:
    password = os.environ.get("TWINE_PASSWORD", "")
    try:
        files = check(ROOT)
        upload(files, password)
    except Refused as reason:
        print(f"publish: refused: {mask(str(reason), password)}", file=sys.stderr)
        return 1
    return 0


def check(root: Path) -> list[Path]:
    """Everything that must hold before an upload; returns the files to upload."""
    missing = [name for name in REQUIRED if not os.environ.get(name)]
    if missing:
        raise Refused(f"set {', '.join(missing)} (the index to upload to and its credentials)")
    dirty = dirty_paths(root)
    if dirty:
        generated = [path for path in dirty if path.startswith("generated/")]
        where = "generated/ is not clean" if generated else "the working tree is not clean"
        raise Refused(f"{where}; commit (or `make release`) first:\n  " + "\n  ".join(dirty))
    version, name = (root / "VERSION").read_text(encoding="utf-8").strip(), project_name(root)
    files = sorted((root / "dist").glob("*"))
    stray = [path.name for path in files if file_version(path.name) != version]
    if not files or stray:
        raise Refused(
            f"dist/ must hold only the {version} wheel and sdist (found {stray or 'nothing'}): run `make wheel` at the"
            f" release tag v{version} (anywhere else the build is a development version; `make release` tags one)"
        )
    simple = simple_url()
    if version in versions_on_index(simple, name):
        raise Refused(f"{name} {version} is already on {show_url(simple)}: run `make release` for a new version")
    return files


def upload(files: list[Path], password: str) -> None:
    url = os.environ["TWINE_REPOSITORY_URL"]
    print(f"publish: uploading {', '.join(f.name for f in files)} to {show_url(url)} as {os.environ['TWINE_USERNAME']}")
    command = [sys.executable, "-m", "twine", "upload", "--non-interactive", "--disable-progress-bar"]
    done = subprocess.run([*command, *map(str, files)], capture_output=True, text=True, check=False)
    output = mask(done.stdout + done.stderr, password).strip()
    if output:
        print(output)
    if done.returncode != 0:
        raise Refused(f"twine upload failed (exit {done.returncode})")


def project_name(root: Path) -> str:
    name = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]["name"]
    return re.sub(r"[-_.]+", "-", str(name)).lower()


def file_version(filename: str) -> str | None:
    """The version in a wheel or sdist file name (`name-1.2.3-py3-none-any.whl`, `name-1.2.3.tar.gz`)."""
    if filename.endswith(".whl"):
        parts = filename.split("-")
        return parts[1] if len(parts) >= 5 else None
    if filename.endswith(".tar.gz"):
        return filename.removesuffix(".tar.gz").rpartition("-")[2] or None
    return None


def simple_url() -> str:
    """The index's PEP 503 simple root: an upload URL ending in `legacy/` (PyPI's) maps to its `simple/`."""
    explicit = os.environ.get("PUBLISH_SIMPLE_URL")
    if explicit:
        return explicit.rstrip("/") + "/"
    parts = urllib.parse.urlsplit(os.environ["TWINE_REPOSITORY_URL"])
    path = parts.path.rstrip("/").removesuffix("/legacy")
    host = parts.netloc.replace("upload.pypi.org", "pypi.org")
    return urllib.parse.urlunsplit((parts.scheme, host, f"{path}/simple/", "", ""))


def versions_on_index(simple: str, name: str) -> set[str]:
    credentials = f"{os.environ['TWINE_USERNAME']}:{os.environ['TWINE_PASSWORD']}".encode()
    request = urllib.request.Request(
        f"{simple}{name}/", headers={"Authorization": "Basic " + base64.b64encode(credentials).decode()}
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            page = response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        if error.code == 404:
            return set()
        raise Refused(f"cannot read {show_url(simple)}{name}/: HTTP {error.code}") from None
    except (urllib.error.URLError, OSError) as error:
        raise Refused(f"cannot reach {show_url(simple)}: {getattr(error, 'reason', error)}") from None
    links = _Links()
    links.feed(page)
    return {v for href in links.hrefs if (v := file_version(href.split("#")[0].rsplit("/", 1)[-1])) is not None}


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.hrefs += [value for key, value in attrs if tag == "a" and key == "href" and value]


def show_url(url: str) -> str:
    """`url` without any user:password@ part."""
    parts = urllib.parse.urlsplit(url)
    return urllib.parse.urlunsplit(
        parts._replace(
            netloc=parts.hostname + (f":{parts.port}" if parts.port else "") if parts.hostname else parts.netloc
        )
    )


def mask(text: str, password: str) -> str:
    return text.replace(password, MASK) if password else text


if __name__ == "__main__":
    raise SystemExit(main())
