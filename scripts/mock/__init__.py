"""Spec-driven mock servers for the SYNQ and Coalesce APIs (`python -m scripts.mock`, `create_app`).

Independent oracle: nothing here imports the generated clients or `scripts.codegen`.
"""

from scripts.mock.app import create_app

__all__ = ["create_app"]
