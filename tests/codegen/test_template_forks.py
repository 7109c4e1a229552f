"""Every override in scripts/codegen/templates names the stock template it was forked from, with its sha256
(templates/FORKS.txt), and the installed openapi-python-client still ships exactly that template (issue 12.6)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import openapi_python_client

from tests.paths import ROOT

TEMPLATES = ROOT / "scripts" / "codegen" / "templates"
STOCK = Path(openapi_python_client.__file__).parent / "templates"


def forks() -> dict[str, str]:
    lines = (TEMPLATES / "FORKS.txt").read_text(encoding="utf-8").splitlines()
    return dict(line.split() for line in lines if line.strip() and not line.startswith("#"))


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_every_override_is_listed_and_every_listed_one_exists() -> None:
    overrides = {path.relative_to(TEMPLATES).as_posix() for path in TEMPLATES.rglob("*.jinja")}
    assert set(forks()) == overrides


NEW = "new"


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
        "re-check these overrides against the new stock ones, then update their sha256 in templates/FORKS.txt"
    )
