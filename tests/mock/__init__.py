"""Unit tests of the mock server (scripts/mock): requests, responses, seeds, serving, independence."""
