# Copied from scripts/yaml_files.py by "make generate". DO NOT EDIT here: edit scripts/yaml_files.py.
"""Reading YAML specs and overlays with libyaml's parser when PyYAML has it (about 10x faster than the pure-Python one
on these specs; the same safe constructor, so the same data)."""

from __future__ import annotations

import pickle
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

_SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@lru_cache(maxsize=32)
def _pickled_parse(text: str) -> bytes:
    """A test process parses the same few specs dozens of times (each test module, each mock it starts). Keyed by
    the text itself, an edited file is a new key; kept pickled, each caller unpickles its own copy to change
    (about a hundred times faster than parsing)."""
    return pickle.dumps(yaml.load(text, Loader=_SafeLoader), protocol=pickle.HIGHEST_PROTOCOL)


def parse_yaml(text: str) -> Any:
    return pickle.loads(_pickled_parse(text))


def load_yaml(path: Path) -> Any:
    return parse_yaml(path.read_text(encoding="utf-8"))
