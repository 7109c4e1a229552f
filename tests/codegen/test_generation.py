"""`make generate` is reproducible, and `make check-drift` catches any hand edit to generated/."""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import pytest

from scripts import check_drift
from scripts.generate import generate_all, write_tree
from scripts.paths import ROOT, RUNTIME
from scripts.vendors import VENDORS

GENERATED = ROOT / "generated"


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("fresh")
    generate_all(out)
    return out


def test_regeneration_matches_the_committed_tree(fresh: Path) -> None:
    assert check_drift.diff_trees(check_drift.tree(fresh), check_drift.tree(GENERATED)) == []


def test_a_second_regeneration_is_byte_identical_and_check_drift_fails_on_a_hand_edit(
    fresh: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """check_drift regenerates (a second time in this process) and diffs against a hand-edited copy of the first
    regeneration: the diff holds the two edits and nothing else, so the second regeneration is byte for byte the first."""
    edited = tmp_path / "generated"
    shutil.copytree(fresh, edited)
    target = edited / "coalesce_client" / "client.py"
    target.write_text(target.read_text(encoding="utf-8") + "HAND_EDIT = 1\n", encoding="utf-8")
    (edited / "synq_client" / "stray.py").write_text("x = 1\n", encoding="utf-8")

    assert check_drift.main(["--generated", str(edited)]) == 1

    captured = capsys.readouterr()
    headers = [line for line in captured.out.splitlines() if line.startswith(("--- ", "+++ "))]
    assert headers == [
        "--- a/generated/coalesce_client/client.py",
        "+++ b/generated/coalesce_client/client.py",
        "--- a/generated/synq_client/stray.py",
        "+++ /dev/null",
    ]
    changed = [line for line in captured.out.splitlines() if line.startswith(("+", "-", "\\")) and line not in headers]
    assert changed == ["-HAND_EDIT = 1", "-x = 1"]
    assert "make generate" in captured.err


def test_writing_over_an_older_tree_leaves_exactly_the_new_files_and_keeps_the_unchanged_ones(tmp_path: Path) -> None:
    """A regeneration writes into the package already there: what the new tree lacks goes (a removed module, a folder
    now a file), what changed is rewritten, and a file whose bytes are the same is left untouched."""
    old = tmp_path / "package"
    for relative, text in {
        "same.py": "same\n",
        "changed.py": "old\n",
        "removed.py": "gone\n",
        "api/removed/op.py": "gone\n",
        "now_a_file/inner.py": "gone\n",
        "__pycache__/same.cpython-311.pyc": "stale\n",
    }.items():
        (old / relative).parent.mkdir(parents=True, exist_ok=True)
        (old / relative).write_text(text, encoding="utf-8")
    untouched = (old / "same.py").stat().st_mtime_ns - 10**9
    os.utime(old / "same.py", ns=(untouched, untouched))
    new = {Path("same.py"): b"same\n", Path("changed.py"): b"new\n", Path("now_a_file"): b"a file\n"}
    new[Path("api/added/op.py")] = b"added\n"

    write_tree(old, new)

    assert {path.relative_to(old): path.read_bytes() for path in old.rglob("*") if path.is_file()} == new
    assert sorted(path.relative_to(old).as_posix() for path in old.rglob("*") if path.is_dir()) == ["api", "api/added"]
    assert (old / "same.py").stat().st_mtime_ns == untouched


PACKAGES = tuple(f"{vendor}_client" for vendor in VENDORS)


@pytest.mark.parametrize("package", PACKAGES)
def test_every_module_names_its_source_in_a_do_not_edit_header(package: str) -> None:
    """Generated modules name the spec they come from; copied ones name the hand-written file to edit instead."""
    for path in (GENERATED / package).rglob("*.py"):
        first = path.read_text(encoding="utf-8").split("\n", 1)[0]
        copied = re.fullmatch(
            r'# Copied from (scripts/facades/\S+\.py) by "make generate"\. DO NOT EDIT here: edit \1\.', first
        )
        if copied:
            assert (ROOT / copied[1]).is_file(), path
            assert path.read_text(encoding="utf-8").split("\n", 1)[1] == (ROOT / copied[1]).read_text(encoding="utf-8")
        else:
            assert first.startswith("# Code generated from openapi/"), path
            assert "DO NOT EDIT" in first, path


@pytest.mark.parametrize("package", PACKAGES)
def test_package_is_marked_typed(package: str) -> None:
    assert (GENERATED / package / "py.typed").is_file()


def test_the_runtime_is_imported_from_its_source_and_never_copied() -> None:
    """One identity per runtime class: the tests, mypy and the wheel all use scripts/runtime/synq_coalesce_core."""
    import synq_coalesce_core

    assert Path(synq_coalesce_core.__file__).parent == RUNTIME / "synq_coalesce_core"
    assert (RUNTIME / "synq_coalesce_core" / "py.typed").is_file()
    assert not (GENERATED / "synq_coalesce_core").exists()


def test_both_clients_share_one_runtime_and_one_exception_root() -> None:
    import coalesce_client
    import synq_client

    assert synq_client.APIError is coalesce_client.APIError
    assert not (GENERATED / "synq_client" / "_core").exists()
    assert not (GENERATED / "coalesce_client" / "_core").exists()


def test_manifest_records_inputs_and_tool_versions_without_timestamps(fresh: Path) -> None:
    manifest = json.loads((GENERATED / "manifest.json").read_text(encoding="utf-8"))
    assert {"openapi/synq.yaml", "openapi/coalesce.yaml", "overlays/synq.overlay.yaml"} <= manifest["inputs"].keys()
    assert manifest["tools"]["openapi-python-client"] == "0.29.1"
    assert all(len(digest) == 64 for digest in manifest["inputs"].values())
    assert not re.search(r"\d{4}-\d{2}-\d{2}", json.dumps(manifest))
