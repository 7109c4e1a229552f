"""Documentation built from the code: the API reference (`make docs`)."""
