"""Byte for byte: every deck in tests/data and slides/ opened and saved unchanged is identical;
one slide changed leaves every other slide's bytes as they were; Marp's reading is the intended one."""

from __future__ import annotations

from pathlib import Path

import pytest

from counsel_app.core import deck_edit as E
from counsel_app.core.deck import parse_deck
from counsel_app.core.deck_file import open_for_edit, save
from counsel_app.core.deck_text import split_deck_text
from counsel_app.core.slide_fields import is_source_note

REPO = Path(__file__).resolve().parents[2]
DECKS = sorted(p for p in [*(REPO / "tests" / "data").rglob("*.md"), *(REPO / "slides").glob("*.md")])


def test_there_are_decks_to_check():
    assert len(DECKS) >= 30


@pytest.mark.parametrize("path", DECKS, ids=lambda p: str(p.relative_to(REPO)))
def test_open_and_save_unchanged_writes_nothing(path, tmp_path):
    copy = tmp_path / path.name
    copy.write_bytes(path.read_bytes())
    before = copy.stat().st_mtime_ns
    f = open_for_edit(copy)
    assert split_deck_text(f.text).text == f.text
    assert f.encode(split_deck_text(f.text).text) == path.read_bytes()
    _, written = save(f, split_deck_text(f.text).text)
    assert not written and copy.stat().st_mtime_ns == before and not f.backup.exists()


def sources(slide) -> list[str]:
    return [c for c in slide.comments if is_source_note(c)]


@pytest.mark.parametrize("path", DECKS, ids=lambda p: str(p.relative_to(REPO)))
def test_changing_one_slide_keeps_the_others(path, tmp_path):
    f = open_for_edit(path)
    doc = split_deck_text(f.text)
    expected = parse_deck(f.text).slides
    assert len(doc) == len(expected)
    edited = 0
    for i in range(len(doc)):
        try:
            new = E.set_notes(E.set_title(doc, i, f"Slide {i + 1} retitled"), i, "Said again.")
        except E.EditError:  # a slide inside an unclosed fence or comment: refused, never damaged
            continue
        edited += 1
        assert [s for k, s in enumerate(new.slides) if k != i] == [s for k, s in enumerate(doc.slides) if k != i]
        assert new.head == doc.head
        again = parse_deck(new.text).slides
        assert len(again) == len(expected)
        assert again[i].title == f"Slide {i + 1} retitled"
        assert "Said again." in again[i].notes
        assert sources(again[i]) == sources(expected[i])  # the article's words stay (原文 / Source)
        assert [(s.title, s.notes) for k, s in enumerate(again) if k != i] == \
               [(s.title, s.notes) for k, s in enumerate(expected) if k != i]
    assert edited >= len(doc) - 1
    out = tmp_path / path.name
    out.write_bytes(path.read_bytes())
    _, written = save(open_for_edit(out), E.set_title(doc, 0, "Saved title").text)
    assert written and out.with_name(out.name + ".bak").read_bytes() == path.read_bytes()
    assert open_for_edit(out).encoding == f.encoding and out.read_bytes().startswith(f.bom)
    assert parse_deck(open_for_edit(out).text).slides[0].title == "Saved title"
