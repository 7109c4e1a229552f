"""Record and replay with vcrpy: `LIVE_RECORD=1` keeps every answer of a live run, redacted, as a cassette.

`tests/data/recorded/<vendor>/answers.yaml` is rewritten by each recording run. Redaction happens before
vcrpy writes anything (`before_record_request`/`before_record_response`), so no secret reaches the disk.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import vcr
from vcr.persisters.filesystem import FilesystemPersister
from vcr.serializers import yamlserializer

from scripts.live.redact import Redactor

CASSETTE = "answers.yaml"


def cassette_path(recorded_dir: Path, vendor: str) -> Path:
    return recorded_dir / vendor / CASSETTE


def _request_hook(redactor: Redactor) -> Any:
    def redact(request: Any) -> Any:
        request.uri = redactor.text(request.uri)
        for name in list(request.headers):
            request.headers[name] = redactor.header(name, request.headers[name])
        if request.body:
            raw = request.body if isinstance(request.body, bytes) else str(request.body).encode()
            request.body = redactor.body(raw)
        return request

    return redact


def _response_hook(redactor: Redactor) -> Any:
    def redact(response: dict[str, Any]) -> dict[str, Any]:
        response["headers"] = {
            name: [redactor.header(name, value) for value in values] for name, values in response["headers"].items()
        }
        body = redactor.body(response["body"]["string"] or b"")
        response["body"]["string"] = body
        for name in response["headers"]:
            if name.lower() == "content-length":
                response["headers"][name] = [str(len(body))]
        return response

    return redact


@contextlib.contextmanager
def recording(path: Path, redactor: Redactor) -> Iterator[None]:
    """Record every HTTP exchange made inside (requests, httpx, ...) to `path`, redacted, replacing its contents."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.unlink(missing_ok=True)
    recorder = vcr.VCR(
        record_mode="all",
        decode_compressed_response=True,
        before_record_request=_request_hook(redactor),
        before_record_response=_response_hook(redactor),
    )
    with recorder.use_cassette(str(path)):
        yield


@dataclass(frozen=True)
class Recorded:
    method: str
    uri: str
    request_body: bytes
    status: int
    headers: dict[str, list[str]]
    body: bytes


def load(path: Path) -> list[Recorded]:
    """Every exchange of a cassette, in the order it was recorded."""
    requests, responses = FilesystemPersister.load_cassette(path, serializer=yamlserializer)
    return [
        Recorded(
            method=request.method,
            uri=request.uri,
            request_body=request.body or b"",
            status=int(response["status"]["code"]),
            headers=dict(response["headers"]),
            body=response["body"]["string"] or b"",
        )
        for request, response in zip(requests, responses, strict=True)
    ]
