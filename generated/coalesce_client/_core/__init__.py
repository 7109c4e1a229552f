# Code generated from openapi/coalesce.yaml + overlays/coalesce.overlay.yaml by "make generate". DO NOT EDIT.
"""Runtime support shipped inside every generated client package as `_core` (tested here, at its source)."""
