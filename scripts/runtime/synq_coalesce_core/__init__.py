"""The runtime both clients share, shipped once in the wheel as `synq_coalesce_core` (tested here, at its source).

Only the standard library and httpx (with httpcore, its transport) are imported, and only relatively inside this
package:

- `exceptions`: the exception tree and `status_error(response, error_model)`, the contract with the templates.
- `retry`: the retry policy and the pure "what next" decision; `clock`: time, sleep and jitter, injectable.
- `sending`: the sync and async send-with-retries loops; `base_client`: the client bases the facades extend;
  `status_errors`: a vendor's status error classes and error models, what the send loop raises.
- `operations`: a generated operation as the generated facade methods call it (check, send, parse).
- `auth`: bearer token and OAuth2 client-credentials `httpx.Auth` flows; `urls`: base-URL safety;
  `options`: timeouts and NOT_GIVEN; `limits`: the per-attempt deadline and body size limit;
  `environment`: proxies and CA settings httpx reads from the environment; `parsing`: body decoding and its errors;
  `validation`: argument checks against the spec's constraints; `redact`: no secrets out.
- `unset`: UNSET; `json_fields`: what generated models call to read and write field values (checks, date-times).
"""
