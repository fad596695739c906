"""One slide read again after an edit gives the deck that reading the whole deck gives (or declines)."""

from __future__ import annotations

from pathlib import Path

import pytest

from counsel_app.core import deck_edit as E
from counsel_app.core.deck import Deck, parse_deck
from counsel_app.core.deck_splice import splice_slide
from counsel_app.core.deck_text import split_deck_text
from counsel_app.core.slide_fields import read_fields

REPO = Path(__file__).resolve().parents[2]
DECKS = sorted([*REPO.glob("slides/*.md"), *REPO.glob("tests/data/decks/*.md"), *REPO.glob("tests/data/marp*/*.md")])


def same(a: Deck, b: Deck) -> None:
    assert a == b
    assert a.meta == b.meta
    assert [s.html for s in a.slides] == [s.html for s in b.slides]
    assert [s.section for s in a.slides] == [s.section for s in b.slides]


def edits(doc, i):
    fields = read_fields(doc.slides[i])
    yield lambda d: E.set_title(d, i, (fields.title or "T") + " 改 edited")
    yield lambda d: E.set_title(d, i, "")
    yield lambda d: E.set_bullets(d, i, [*fields.bullets, "about 35% of people", "**bold** point"])
    yield lambda d: E.set_notes(d, i, "say this\n\nand this")


@pytest.mark.parametrize("path", DECKS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_splicing_one_edited_slide_gives_what_reading_the_whole_deck_gives(path):
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        pytest.skip("not UTF-8")
    source = path.resolve()
    doc = split_deck_text(text)
    old = parse_deck(text, source)
    if len(old.slides) != len(doc):
        pytest.skip("the text and the reader disagree on the slides")
    taken = 0
    for i in sorted({0, 1, len(doc) // 2, len(doc) - 1} & set(range(len(doc)))):
        for edit in edits(doc, i):
            try:
                new_doc = edit(doc)
            except E.EditError:
                continue
            spliced = splice_slide(old, doc, new_doc, source)
            if spliced is not None:
                taken += 1
                same(spliced, parse_deck(new_doc.text, source))
    if path.name == "ret-bone-metastasis.md":
        assert taken >= 12  # the bundled deck's slides take the shortcut


@pytest.mark.parametrize("text", [
    "# A\n\n---\n\n<!-- class: lead -->\n\n# B\n\n---\n\n# C\n",  # C inherits B's class
    "# A\n\n[doc]: http://example.org\n\n---\n\n# B\n\n- see [doc]\n",  # a reference across slides
    "<!-- header: Clinic -->\n\n# A\n\n---\n\n# B\n",  # B shows A's header
])
def test_what_reaches_across_slides_is_read_whole(text):
    doc = split_deck_text(text)
    old = parse_deck(text)
    for i in range(len(doc)):
        new_doc = E.set_title(doc, i, "Changed")
        spliced = splice_slide(old, doc, new_doc, None)
        if spliced is not None:
            same(spliced, parse_deck(new_doc.text))


def test_a_part_title_typed_renames_the_part_of_its_slides():
    text = "# A\n\n---\n\n<!-- _class: part -->\n\n# One\n\n---\n\n## a\n\n---\n\n<!-- _class: part -->\n\n# Two\n\n---\n\n## b\n"
    doc = split_deck_text(text)
    new_doc = E.set_title(doc, 1, "First part")
    spliced = splice_slide(parse_deck(text), doc, new_doc, None)
    assert spliced is not None and [s.section for s in spliced.slides] == ["", "First part", "First part", "Two", "Two"]
    same(spliced, parse_deck(new_doc.text))


def test_two_slides_changed_or_a_new_directive_is_read_whole():
    text = "# A\n\n---\n\n# B\n"
    doc = split_deck_text(text)
    old = parse_deck(text)
    both = E.set_title(E.set_title(doc, 0, "X"), 1, "Y")
    assert splice_slide(old, doc, both, None) is None
    directive = doc.with_slide(0, "<!-- class: lead -->\n\n# A\n\n")
    assert splice_slide(old, doc, directive, None) is None
    unclosed = doc.with_slide(0, "# A\n\n```\ncode\n\n")
    assert splice_slide(old, doc, unclosed, None) is None
