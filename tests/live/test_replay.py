"""The offline replay (part of `make test`): every recorded answer under tests/data/recorded/ is checked against
today's effective spec (drift is a failure listing the findings, never a skip), then played by vcrpy to both
generated clients, which must parse it into the documented type, round-trip it with `to_dict()`, or raise the
typed error for its status."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import vcr
from vcr.request import Request

from scripts.live.recording import cassette_path, load
from scripts.live.replay import recorded_vendors, replay
from scripts.live.settings import RECORDED_DIR
from tests.contract.spec_bodies import RoundTrip
from tests.contract.test_client_properties import COALESCE, SYNQ, expected_class, success_pointer

VENDORS = recorded_vendors(RECORDED_DIR)


def test_there_are_recorded_answers_for_both_vendors() -> None:
    assert VENDORS == ["coalesce", "synq"]


@pytest.mark.parametrize("vendor", VENDORS)
def test_every_recorded_answer_still_fits_the_spec(vendor: str) -> None:
    replayed, findings = replay(RECORDED_DIR, vendor)
    assert replayed > 0
    what_to_do = (
        f"\nif the vendor changed (a new required field, a new type), its answers changed too: re-record them with "
        f"RECORD=1 (README: Live drift alarm) or edit the bodies in {cassette_path(RECORDED_DIR, vendor)} as the "
        f"README runbook says"
    )
    assert not findings, (
        "recorded answers that no longer fit the spec (drift):\n"
        + "\n".join(f"{f.operation} {f.path}: spec says {f.expected}; recorded {f.actual}" for f in findings)
        + what_to_do
    )


def same_json_body(sent: Request, recorded: Request) -> None:
    def decoded(request: Request) -> Any:
        return json.loads(request.body) if request.body else None

    assert decoded(sent) == decoded(recorded)


def call_client(vendor: str, method: str, uri: str, request_body: bytes) -> Any:
    parts = urlsplit(uri)
    base_url = f"{parts.scheme}://{parts.netloc}"
    options: dict[str, Any] = {"token": "replay", "base_url": base_url, "allow_insecure_http": True, "max_retries": 0}
    if vendor == "synq":
        from synq_client import SynqClient
        from synq_client.models import BatchGetExecutionsRequest

        with SynqClient(**options) as synq:
            return synq.batch_get_executions(body=BatchGetExecutionsRequest.from_dict(json.loads(request_body)))
    from coalesce_client import CoalesceClient

    with CoalesceClient(**options) as coalesce:
        return coalesce.get_run(int(parts.path.rsplit("/", 1)[1]))


@pytest.mark.parametrize("vendor", VENDORS)
def test_both_clients_parse_every_recorded_answer(vendor: str) -> None:
    spec, package = (
        (SYNQ, pytest.importorskip("synq_client"))
        if vendor == "synq"
        else (COALESCE, pytest.importorskip("coalesce_client"))
    )
    path = cassette_path(RECORDED_DIR, vendor)
    player = vcr.VCR(record_mode="none", match_on=["method", "path", "same_json_body"])
    player.register_matcher("same_json_body", same_json_body)
    answers = load(path)
    with player.use_cassette(str(path)) as cassette:
        for answer in answers:
            if answer.status == 200:
                parsed = call_client(vendor, answer.method, answer.uri, answer.request_body)
                pointer = success_pointer(spec)
                assert type(parsed) is expected_class(spec, package, pointer)
                RoundTrip(spec).assert_equal(pointer, json.loads(answer.body), parsed.to_dict())
            else:
                with pytest.raises(package.APIStatusError) as raised:
                    call_client(vendor, answer.method, answer.uri, answer.request_body)
                assert raised.value.status_code == answer.status
                assert raised.value.error is not None  # the documented error body, parsed
        assert cassette.all_played
    assert len(answers) == cassette.play_count


def test_the_replay_reads_the_cassettes_it_lists(tmp_path: Path) -> None:
    assert recorded_vendors(tmp_path) == []
    (tmp_path / "synq").mkdir()
    cassette_path(tmp_path, "synq").write_text("interactions: []\nversion: 1\n")
    assert recorded_vendors(tmp_path) == ["synq"]
    assert replay(tmp_path, "synq") == (0, [])
