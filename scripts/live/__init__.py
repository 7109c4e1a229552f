"""The live drift alarm (`make contract-live`): documented operations only, valid requests only, paced and budgeted.

It reads the effective specs `generated/<vendor>.openapi.yaml` and never imports the generated clients, so it stays
an independent oracle of what the vendor sends. Reports land in JUnit XML and Markdown (`report.py`); with
`LIVE_RECORD=1` the answers are kept, redacted, under `tests/data/recorded/<vendor>/` (`recording.py`).
"""
