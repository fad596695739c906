"""The whole app built with `build()` on the two offscreen screens of tests/conftest.py."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def make_app(qapp, tmp_path):
    from counsel_app.qt.app import build

    built = []

    def make(deck: Path | None = None, **kw):
        kw.setdefault("settings_path", tmp_path / "settings.ini")
        app = build(deck, **kw)
        built.append(app)
        return app

    yield make
    for app in built:
        app.close()
    qapp.processEvents()
    from counsel_app.qt.translations import install_translator

    install_translator(qapp, "en")  # a test that built in Chinese leaves the next one in English


@pytest.fixture
def privacy_deck(tmp_path) -> Path:
    deck = tmp_path / "privacy.md"
    deck.write_bytes((REPO / "tests" / "data" / "decks" / "privacy.md").read_bytes())
    return deck


@pytest.fixture
def no_network(monkeypatch) -> list:
    """Any socket connect or name lookup fails loudly; the list records the attempts."""
    attempts: list = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise AssertionError(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts
