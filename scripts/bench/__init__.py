"""Issue #8's benchmark: `python -m scripts.bench` (see `__main__.py`; the goals are in `goals.py`)."""
