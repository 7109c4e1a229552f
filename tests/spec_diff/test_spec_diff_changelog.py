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
