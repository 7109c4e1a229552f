"""The runtime both clients share, shipped once in the wheel as `synq_coalesce_core` (tested here, at its source).

Only the standard library and httpx (with httpcore, its transport) are imported, and only relatively inside this
package:

- `options`: every client setting with its default and check (`ClientOptions`), the timeout forms, NOT_GIVEN;
  `settings`: what a vendor facade hands the base (`VendorSettings`) and how its server is chosen.
- `base_client`: the sync and async client bases, whose `_call` runs a generated `operations.Operation`;
  `sending`: the sync and async send-with-retries loops; `retry`: the policy and the pure "what next" decision;
  `idempotency`: which operations may be sent again, and what proves a request was not acted on;
  `clock`: time, sleep and jitter, injectable.
- `paging`: the paged iterators' decisions (`Pager`), from a generated `Paging` (`x-paging`).
- `deadline`: one deadline per attempt (and a caller's wait); `body`: reading a body within `max_response_bytes`;
  `in_flight`: an async client's bound on concurrent sends, and its one event loop.
- `exceptions`: the exception tree and its pickling; `messages`: what an error says; `status_errors`: every step
  from a non-2xx response to the vendor's exception.
- `auth`: bearer token and OAuth2 client-credentials `httpx.Auth` flows; `urls`: base-URL safety;
  `environment`: proxies and CA settings httpx reads from the environment; `parsing`: body decoding and its errors;
  `validation`: argument checks against the spec's constraints; `redact`: no secrets out.
- `json_fields`: what generated models call to read and write field values (checks, date-times).
"""
