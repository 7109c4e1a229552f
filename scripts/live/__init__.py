"""The live drift alarm (`make contract-live`): documented operations only, valid requests only, paced and budgeted.

It reads the effective specs `generated/<vendor>.openapi.yaml` and never imports the generated clients, so it stays
an independent oracle of what the vendor sends. A run ends in a verdict, pass, drift or inconclusive (`verdict.py`),
reported in JUnit XML and Markdown (`report.py`); with `LIVE_RECORD=1` the answers are kept, redacted, under
`tests/data/recorded/<vendor>/` (`recording.py`), with the last good answer per operation (`fixtures.py`).
"""
