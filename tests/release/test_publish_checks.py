"""The pure parts of make publish: file versions, the simple-index URL, and masking."""

from __future__ import annotations

import pytest

from scripts.release import publish


@pytest.mark.parametrize(
    ("filename", "version"),
    [
        ("synq_coalesce_clients-0.1.1-py3-none-any.whl", "0.1.1"),
        ("synq_coalesce_clients-0.1.1.tar.gz", "0.1.1"),
        ("synq-coalesce-clients-2.0.0.tar.gz", "2.0.0"),
        ("README.md", None),
    ],
)
def test_file_version(filename: str, version: str | None) -> None:
    assert publish.file_version(filename) == version


@pytest.mark.parametrize(
    ("upload", "simple"),
    [
        ("https://upload.pypi.org/legacy/", "https://pypi.org/simple/"),
        ("https://test.pypi.org/legacy/", "https://test.pypi.org/simple/"),
        ("http://127.0.0.1:8080/", "http://127.0.0.1:8080/simple/"),
        ("https://nexus.example/repository/py", "https://nexus.example/repository/py/simple/"),
    ],
)
def test_simple_url_from_the_upload_url(upload: str, simple: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PUBLISH_SIMPLE_URL", raising=False)
    monkeypatch.setenv("TWINE_REPOSITORY_URL", upload)
    assert publish.simple_url() == simple


def test_explicit_simple_url_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TWINE_REPOSITORY_URL", "https://upload.example/legacy/")
    monkeypatch.setenv("PUBLISH_SIMPLE_URL", "https://read.example/simple")
    assert publish.simple_url() == "https://read.example/simple/"


def test_credentials_in_a_url_are_never_shown() -> None:
    assert publish.show_url("https://user:hunter2@index.example:8443/simple/") == "https://index.example:8443/simple/"
    assert publish.mask("auth hunter2 failed for hunter2", "hunter2") == "auth **** failed for ****"
    assert publish.mask("nothing", "") == "nothing"
