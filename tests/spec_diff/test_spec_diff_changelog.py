"""Merging bullets into `## Unreleased`: creation, placement above releases, idempotence."""

from __future__ import annotations

from pathlib import Path

from scripts.spec_diff import changelog


def test_creates_the_file_with_a_title(tmp_path: Path) -> None:
    path = tmp_path / "CHANGELOG.md"
    assert changelog.update(path, {"synq": ["- a"], "coalesce": ["- b"]})
    assert (
        path.read_text(encoding="utf-8") == "# Changelog\n\n## Unreleased\n\n### synq\n\n- a\n\n### coalesce\n\n- b\n"
    )


def test_second_run_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "CHANGELOG.md"
    changelog.update(path, {"synq": ["- a", "- b"]})
    before = path.read_bytes()
    assert not changelog.update(path, {"synq": ["- b", "- a"]})
    assert path.read_bytes() == before


def test_unreleased_goes_above_the_latest_release_and_new_bullets_join_their_section(tmp_path: Path) -> None:
    path = tmp_path / "CHANGELOG.md"
    path.write_text("# Changelog\n\nIntro.\n\n## 0.1.0\n\n### synq\n\n- old\n", encoding="utf-8")
    changelog.update(path, {"synq": ["- a"]})
    changelog.update(path, {"synq": ["- a", "- b"], "coalesce": ["- c"]})
    assert path.read_text(encoding="utf-8") == (
        "# Changelog\n\nIntro.\n\n## Unreleased\n\n### synq\n\n- a\n- b\n\n### coalesce\n\n- c\n\n## 0.1.0\n\n### synq\n\n- old\n"
    )


def test_bullet_already_released_is_still_added_to_unreleased(tmp_path: Path) -> None:
    path = tmp_path / "CHANGELOG.md"
    path.write_text("# Changelog\n\n## Unreleased\n\n## 0.1.0\n\n### synq\n\n- a\n", encoding="utf-8")
    assert changelog.update(path, {"synq": ["- a"]})
    assert (
        path.read_text(encoding="utf-8")
        == "# Changelog\n\n## Unreleased\n\n### synq\n\n- a\n\n## 0.1.0\n\n### synq\n\n- a\n"
    )


def test_empty_sections_write_nothing(tmp_path: Path) -> None:
    path = tmp_path / "CHANGELOG.md"
    assert not changelog.update(path, {"synq": []})
    assert not path.exists()


def test_release_replaces_the_gate_bullets_keeps_notes_and_the_older_releases(tmp_path: Path) -> None:
    path = tmp_path / "CHANGELOG.md"
    path.write_text(
        "# Changelog\n\n## Unreleased\n\nA note by hand.\n\n### synq\n\n- **info** `x`: stale (`/a`)\n\n"
        "### Notes\n\n- Written by a person.\n\n## 0.1.0 — 2026-01-01\n\n- old\n",
        encoding="utf-8",
    )
    section = changelog.release(path, "0.1.1 — 2026-12-01", {"Breaking": [], "Warning": ["- synq: `y`: new (`/b`)"]})
    assert section == (
        "## 0.1.1 — 2026-12-01\n\nA note by hand.\n\n### Warning\n\n- synq: `y`: new (`/b`)\n\n"
        "### Notes\n\n- Written by a person.\n"
    )
    assert path.read_text(encoding="utf-8") == "# Changelog\n\n" + section + "\n## 0.1.0 — 2026-01-01\n\n- old\n"


def test_release_without_a_changelog_creates_one(tmp_path: Path) -> None:
    path = tmp_path / "CHANGELOG.md"
    changelog.release(path, "0.1.0 — 2026-12-01", {"Notes": ["- First release."]})
    assert path.read_text(encoding="utf-8") == "# Changelog\n\n## 0.1.0 — 2026-12-01\n\n### Notes\n\n- First release.\n"
