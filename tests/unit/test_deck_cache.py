"""Decks read before open without parsing, and never stale: an edited file is read afresh."""

from __future__ import annotations

import json

import pytest

import counsel_app.core.deck as deck_module
import counsel_app.core.deck_cache as deck_cache
from counsel_app.core.deck import load_deck
from counsel_app.core.deck_cache import KEEP, cache_file, lookup, save_cached
from counsel_app.resources import default_deck


def _shown(deck):
    return (deck.title, deck.lang, dict(deck.meta), deck.version, deck.encoding, deck.source,
            [(s.index, s.title, s.body, s.notes, s.section, s.images, s.classes, s.comments, s.html, s.text,
              s.teach_back) for s in deck.slides])


def _no_parsing(monkeypatch):
    def parse(*_a, **_k):
        raise AssertionError("parsed again")
    monkeypatch.setattr(deck_module, "parse_deck", parse)


def test_a_deck_read_before_is_the_same_deck_without_parsing(tmp_path, monkeypatch):
    read = load_deck(default_deck())
    assert save_cached(tmp_path, read)
    _no_parsing(monkeypatch)
    again = load_deck(default_deck(), cached=lookup(tmp_path))
    assert _shown(again) == _shown(read)


def test_an_edited_deck_is_read_afresh(tmp_path):
    path = tmp_path / "deck.md"
    path.write_text("# Dose\n\nOne tablet\n", encoding="utf-8")
    assert save_cached(tmp_path / "cache", load_deck(path))
    path.write_text("# Dose\n\nTwo tablets\n", encoding="utf-8")
    deck = load_deck(path, cached=lookup(tmp_path / "cache"))
    assert "Two tablets" in deck.slides[0].text and "One" not in deck.slides[0].text


def test_keeping_a_deck_never_touches_the_doctors_file(tmp_path):
    path = tmp_path / "deck.md"
    path.write_text("# Dose\n\nOne tablet\n", encoding="utf-8")
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    save_cached(tmp_path / "cache", load_deck(path))
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cache", "deck.md"]


@pytest.mark.parametrize("damage", ["{not json", json.dumps({"reader": "x"}), json.dumps([1, 2])])
def test_a_damaged_cache_is_ignored(tmp_path, damage):
    read = load_deck(default_deck())
    cache_file(tmp_path, read.version).write_text(damage, encoding="utf-8")
    assert _shown(load_deck(default_deck(), cached=lookup(tmp_path))) == _shown(read)


def test_what_an_older_reader_kept_is_read_afresh(tmp_path, monkeypatch):
    read = load_deck(default_deck())
    monkeypatch.setattr(deck_cache, "_reader_version", lambda: "counsel-deck-0-old")
    save_cached(tmp_path, read)
    monkeypatch.undo()
    assert deck_cache.load_cached(tmp_path, read.version, read.source, read.encoding) is None


def test_only_the_last_few_decks_are_kept(tmp_path):
    for i in range(KEEP + 3):
        path = tmp_path / f"d{i}.md"
        path.write_text(f"# Deck {i}\n", encoding="utf-8")
        save_cached(tmp_path / "cache", load_deck(path))
    assert len(list((tmp_path / "cache").glob("*.json"))) == KEEP
