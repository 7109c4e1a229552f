"""The documentation a user gets apart from the repository README: the package's PyPI page (`README.pypi.md`, the
wheel's long description, named by pyproject.toml `readme`) and the API reference built from the code (`make docs`)."""
