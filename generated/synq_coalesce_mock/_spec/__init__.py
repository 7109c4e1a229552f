# Copied from scripts/spec/__init__.py by "make generate". DO NOT EDIT here: edit scripts/spec/__init__.py.
"""The effective OpenAPI specs as the tools read them (mock, drift alarm, benchmark, spec diff, code generator).

`document` holds JSON pointers and the one `$ref` resolver, `model` one vendor's operations and schema validation,
`values` the value lists the seeds read. It imports neither the clients nor the runtime: the mock and the drift alarm
build on it as an independent oracle.
"""
