"""A git revision's whole tree, unpacked into a temporary directory."""

from __future__ import annotations

import io
import subprocess
import tarfile
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from scripts.spec_diff.revisions import RevisionError


@contextmanager
def tree_at(ref: str, root: Path) -> Iterator[Path]:
    archive = subprocess.run(["git", "archive", "--format=tar", ref], cwd=root, capture_output=True, check=False)
    if archive.returncode != 0:
        raise RevisionError(f"git archive {ref} failed: {archive.stderr.decode(errors='replace').strip()}")
    with (
        tempfile.TemporaryDirectory(prefix="release-base-") as tmp,
        tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar,
    ):
        tar.extractall(tmp, filter="data")
        yield Path(tmp)
