"""Spec-driven mock servers for the SYNQ and Coalesce APIs (`python -m scripts.mock`, `app.create_app`).

Independent oracle: nothing here imports the generated clients or `scripts.codegen`. Nothing is imported here
either: `python -m scripts.mock` reads its settings (and refuses a bad port) before it loads the mock.
"""
