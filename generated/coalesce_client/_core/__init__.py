# Code generated from openapi/coalesce.yaml + overlays/coalesce.overlay.yaml by "make generate". DO NOT EDIT.
"""Runtime support shipped inside every generated client package as `_core` (tested here, at its source).

Only the standard library and httpx are imported, and only relatively inside this package:

- `exceptions`: the exception tree and `status_error(response, error_model)`, the contract with the templates.
- `retry`: the retry policy and the pure "what next" decision; `clock`: time, sleep and jitter, injectable.
- `sending`: the sync and async send-with-retries loops; `base_client`: the client bases the facades extend.
- `auth`: bearer token and OAuth2 client-credentials `httpx.Auth` flows; `urls`: base-URL safety;
  `options`: timeouts and NOT_GIVEN; `parsing`: body → model; `validation`: argument checks; `redact`: no secrets out.
"""
