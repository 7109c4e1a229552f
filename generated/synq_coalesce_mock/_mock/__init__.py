# Copied from scripts/mock/__init__.py by "make generate". DO NOT EDIT here: edit scripts/mock/__init__.py.
"""Spec-driven mock servers for the SYNQ and Coalesce APIs (`python -m synq_coalesce_mock`, `create_app`).

Independent oracle: nothing here imports the generated clients or `scripts.codegen`.
"""

from synq_coalesce_mock._mock.app import create_app

__all__ = ["create_app"]
