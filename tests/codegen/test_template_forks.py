"""Every override in scripts/codegen/templates names the stock template it was forked from, with its sha256
(templates/FORKS.txt), and the installed openapi-python-client still ships exactly that template (issue 12.6)."""

from __future__ import annotations

from pathlib import Path

import openapi_python_client
import pytest

from scripts.codegen import forks as forks_module
from scripts.codegen.environment import TEMPLATES
from scripts.codegen.forks import NEW, STOCK, copied_lines, forks, measure, merge, sha256


def test_every_override_is_listed_and_every_listed_one_exists() -> None:
    overrides = {path.relative_to(TEMPLATES).as_posix() for path in TEMPLATES.rglob("*.jinja")}
    assert set(forks()) == overrides


def test_every_override_replaces_a_stock_template() -> None:
    missing = sorted(name for name, digest in forks().items() if digest != NEW and not (STOCK / name).is_file())
    assert not missing, f"openapi-python-client has no stock template {missing}: an override of nothing is never used"


def test_a_template_of_our_own_shadows_no_stock_one() -> None:
    shadowing = sorted(name for name, digest in forks().items() if digest == NEW and (STOCK / name).is_file())
    assert not shadowing, f"{shadowing} are listed as new but now override stock templates: list their sha256"


def test_the_installed_stock_templates_are_the_ones_forked() -> None:
    changed = sorted(name for name, digest in forks().items() if digest != NEW and sha256(STOCK / name) != digest)
    assert not changed, (
        f"openapi-python-client {openapi_python_client.__version__} changed the stock templates of {changed}: "
        "merge them (make template-merge) or re-check them, then update their sha256 in templates/FORKS.txt"
    )


def test_copied_lines_count_the_non_blank_stock_lines_an_override_repeats_in_order() -> None:
    stock = "a\n\nb\nc\nd\n"
    assert copied_lines("x\na\n\nb\ny\nd\n", stock) == 3
    assert copied_lines("{% import 'stock/t.jinja' as stock %}\n", stock) == 0


def test_the_overrides_are_measured_against_their_stock_templates(tmp_path: Path) -> None:
    (tmp_path / "ours").mkdir()
    (tmp_path / "stock").mkdir()
    (tmp_path / "stock" / "t.jinja").write_text("one\ntwo\n")
    (tmp_path / "ours" / "t.jinja").write_text("one\nmine\n")
    (tmp_path / "ours" / "new.jinja").write_text("two\n")
    assert measure(tmp_path / "ours", tmp_path / "stock") == (2, 1, 3, 1)


def test_an_upgrade_merges_the_stock_change_into_the_override_and_records_the_new_base(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    base, new, ours = tmp_path / "base", tmp_path / "new", tmp_path / "ours"
    for folder in (base, new, ours):
        folder.mkdir()
    (base / "t.jinja").write_text("header\n1\n2\n3\nstock body\n")
    (new / "t.jinja").write_text("header v2\n1\n2\n3\nstock body\n")
    (ours / "t.jinja").write_text("header\n1\n2\n3\nour body\n")
    (ours / "FORKS.txt").write_text(f"# comment\nt.jinja {sha256(base / 't.jinja')}\nmine.jinja new\n")
    monkeypatch.setattr(forks_module, "TEMPLATES", ours)
    monkeypatch.setattr(forks_module, "FORKS", ours / "FORKS.txt")
    monkeypatch.setattr(forks_module, "STOCK", new)
    assert merge(base) == []
    assert (ours / "t.jinja").read_text() == "header v2\n1\n2\n3\nour body\n"
    assert forks(ours / "FORKS.txt") == {"t.jinja": sha256(new / "t.jinja"), "mine.jinja": NEW}
