"""A git revision's tree (or the listed paths of it), unpacked into a temporary directory."""

from __future__ import annotations

import io
import tarfile
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from scripts.git import archive


@contextmanager
def tree_at(ref: str, root: Path, *paths: str) -> Iterator[Path]:
    with (
        tempfile.TemporaryDirectory(prefix="release-base-") as tmp,
        tarfile.open(fileobj=io.BytesIO(archive(ref, root, *paths))) as tar,
    ):
        tar.extractall(tmp, filter="data")
        yield Path(tmp)
