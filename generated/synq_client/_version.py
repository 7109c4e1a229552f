# Code generated from openapi/synq.yaml + overlays/synq.overlay.yaml by "make generate". DO NOT EDIT.
__version__ = "0.1.0"
"""The version of the synq-coalesce-clients release this package belongs to (the VERSION file)."""
