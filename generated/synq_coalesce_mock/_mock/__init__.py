# Copied from scripts/mock/__init__.py by "make generate". DO NOT EDIT here: edit scripts/mock/__init__.py.
"""Spec-driven mock servers for the SYNQ and Coalesce APIs (`python -m synq_coalesce_mock`, `app.create_app`).

Independent oracle: nothing here imports the generated clients or `scripts.codegen`. Nothing is imported here
either: `python -m synq_coalesce_mock` reads its settings (and refuses a bad port) before it loads the mock.
"""
