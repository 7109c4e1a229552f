"""Releases: the Python-API gate, the version policy, `make release` and `make publish`."""
