# Copied from scripts/mock_package/_paths.py by "make generate". DO NOT EDIT here: edit scripts/mock_package/_paths.py.
"""Where the shipped mock finds the effective specs: beside this module (`<vendor>.openapi.yaml`, which `make generate`
copies from generated/). It stands in for scripts/paths.py, whose `GENERATED` is the checkout's generated/."""

from pathlib import Path

GENERATED = Path(__file__).resolve().parent
