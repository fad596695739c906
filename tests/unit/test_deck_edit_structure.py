"""Moving, adding, copying and deleting slides reads again only the slides around the change: the
result (or the refusal) is the one reading the whole deck gives, for every deck in the repo."""

from __future__ import annotations

from pathlib import Path

import pytest

from counsel_app.core import deck_edit as E
from counsel_app.core.deck_text import split_deck_text

REPO = Path(__file__).resolve().parents[2]
DECKS = sorted(p for p in [*(REPO / "tests" / "data").rglob("*.md"), *(REPO / "slides").glob("*.md")])


def operations(n: int):
    for i in sorted({0, 1, n // 2, n - 2, n - 1} & set(range(n))):
        yield f"move {i} up", lambda d, i=i: E.move_slide(d, i, i - 1)
        yield f"move {i} down", lambda d, i=i: E.move_slide(d, i, i + 1)
        yield f"move {i} first", lambda d, i=i: E.move_slide(d, i, 0)
        yield f"move {i} last", lambda d, i=i: E.move_slide(d, i, n - 1)
        yield f"add after {i}", lambda d, i=i: E.add_slide(d, i, "新 slide")
        yield f"part after {i}", lambda d, i=i: E.add_part(d, i, "新 part")
        yield f"duplicate {i}", lambda d, i=i: E.duplicate_slide(d, i)
        yield f"delete {i}", lambda d, i=i: E.delete_slide(d, i)
    yield "add first", lambda d: E.add_slide(d, -1, "first")


def outcome(op, doc):
    try:
        return op(doc)
    except E.EditError:
        return "refused"


@pytest.mark.parametrize("path", DECKS, ids=lambda p: str(p.relative_to(REPO)))
def test_structure_edits_read_locally_agree_with_reading_the_whole_deck(path, monkeypatch):
    doc = split_deck_text(path.read_bytes().decode("utf-8-sig", errors="replace"))
    ops = list(operations(len(doc)))
    local = [outcome(op, doc) for _, op in ops]
    whole = E._expect
    monkeypatch.setattr(E, "_expect", lambda d, count, *_a: whole(d, count))
    for (name, op), got in zip(ops, local):
        expected = outcome(op, doc)
        assert got == expected, name
        if got != "refused":
            assert got == split_deck_text(got.text), name


def test_a_slide_with_an_unclosed_fence_moved_up_is_refused_without_reading_the_deck():
    slides = "".join(f"# Slide {k}\n\n---\n\n" for k in range(50)) + "# Last\n\n```\ncode"
    doc = split_deck_text(slides)
    with pytest.raises(E.EditError):
        E.move_slide(doc, len(doc) - 1, 10)


def test_moving_a_slide_in_a_big_deck_reads_only_the_slides_around_it(monkeypatch):
    doc = split_deck_text("---\nmarp: true\n---\n\n" + "".join(f"# Slide {k}\n\n- point {k}\n\n---\n\n" for k in range(1000))
                          + "# Last\n")
    read: list[int] = []
    split = E.split_deck_text
    monkeypatch.setattr(E, "split_deck_text", lambda text: read.append(len(text)) or split(text))
    for op in (lambda d: E.move_slide(d, 500, 501), lambda d: E.move_slide(d, 500, 499), lambda d: E.add_slide(d, 500),
               lambda d: E.duplicate_slide(d, 500), lambda d: E.delete_slide(d, 500), lambda d: E.add_part(d, 500, "P")):
        new = op(doc)
        assert new.text != doc.text
    assert read and max(read) < len(doc.text) // 100
