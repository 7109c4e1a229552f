"""scripts/codegen/imports.py: the imports a generated __init__.py keeps are exactly the names its code reads."""

from __future__ import annotations

from scripts.codegen.imports import used_imports

CANDIDATES = [
    "import datetime",
    "from typing import Any, Literal, cast",
    "from ..types import File, UnknownValue, UnknownVariant",
    "from ..models.cat import Cat",
    "from ..models.dog import Dog as Hound",
    "from ..models.cat import Cat",
]


def test_only_the_names_the_code_reads_are_imported_once_and_sorted() -> None:
    code = 'def f(d: datetime.date, c: Cat, h: Hound, x: Literal["a"] | UnknownValue | UnknownVariant) -> None:\n'
    code += '    """Any File"""\n'
    assert used_imports(code, CANDIDATES) == (
        "import datetime\n"
        "from ..models.cat import Cat\n"
        "from ..models.dog import Dog as Hound\n"
        "from ..types import UnknownValue, UnknownVariant\n"
        "from typing import Literal"
    )


def test_code_that_reads_no_candidate_needs_no_import() -> None:
    assert used_imports("x = 1\n", CANDIDATES) == ""
