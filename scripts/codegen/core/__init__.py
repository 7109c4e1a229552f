"""The runtime both clients share, shipped once in the wheel as `synq_coalesce_core` (tested here, at its source).

Only the standard library and httpx (with httpcore, its transport) are imported, and only relatively inside this
package:

- `exceptions`: the exception tree and `status_error(response, error_model)`, the contract with the templates.
- `retry`: the retry policy and the pure "what next" decision; `clock`: time, sleep and jitter, injectable.
- `sending`: the sync and async send-with-retries loops; `base_client`: the client bases the facades extend.
- `auth`: bearer token and OAuth2 client-credentials `httpx.Auth` flows; `urls`: base-URL safety;
  `options`: timeouts and NOT_GIVEN; `limits`: the per-attempt deadline and body size limit;
  `environment`: proxies and CA settings httpx reads from the environment; `parsing`: body → model;
  `validation`: argument checks; `redact`: no secrets out.
"""
