# Code generated from openapi/synq.yaml + overlays/synq.overlay.yaml by "make generate". DO NOT EDIT.
"""Runtime support shipped inside every generated client package as `_core` (tested here, at its source)."""
