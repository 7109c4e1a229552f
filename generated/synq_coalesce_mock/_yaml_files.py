# Copied from scripts/yaml_files.py by "make generate". DO NOT EDIT here: edit scripts/yaml_files.py.
"""Reading YAML specs and overlays with libyaml's parser when PyYAML has it (about 10x faster than the pure-Python one
on these specs; the same safe constructor, so the same data)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

_SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_yaml(text: str) -> Any:
    return yaml.load(text, Loader=_SafeLoader)


def load_yaml(path: Path) -> Any:
    return parse_yaml(path.read_text(encoding="utf-8"))
