"""Runtime support shipped inside every generated client package as `_core` (tested here, at its source)."""
