"""Slides moved, added, copied or deleted: the deck built from the old reading and the new slides
read alone is the deck reading the whole text gives (or the shortcut declines)."""

from __future__ import annotations

import pytest

from counsel_app.core import deck_edit as E
from counsel_app.core.deck import parse_deck
from counsel_app.core.deck_splice import splice_slides
from counsel_app.core.deck_text import split_deck_text

from test_deck_edit_structure import DECKS, REPO, operations
from test_deck_splice import same


@pytest.mark.parametrize("path", DECKS, ids=lambda p: str(p.relative_to(REPO)))
def test_structure_edits_spliced_give_what_reading_the_whole_deck_gives(path):
    text = path.read_bytes().decode("utf-8-sig", errors="replace")
    source = path.resolve()
    doc = split_deck_text(text)
    old = parse_deck(text, source)
    if len(old.slides) != len(doc):
        pytest.skip("the text and the reader disagree on the slides")
    taken = 0
    for _name, op in operations(len(doc)):
        try:
            new_doc = op(doc)
        except E.EditError:
            continue
        spliced = splice_slides(old, doc, new_doc, source)
        if spliced is not None:
            taken += 1
            same(spliced, parse_deck(new_doc.text, source))
    if path.name == "ret-bone-metastasis.md":
        assert taken >= 30  # the bundled deck's structure edits take the shortcut


@pytest.mark.parametrize("directive", ["<!-- class: invert -->", "<!-- header: Clinic -->", "<!-- paginate: true -->",
                                       "<!--\nbackgroundColor: #000\n-->", "<!-- headingDivider: 2 -->"])
def test_a_slide_whose_directive_reaches_later_slides_is_not_spliced(directive):
    text = "# One\n\n---\n\n# Two\n\n" + directive + "\n\n---\n\n# Three\n\n---\n\n# Four\n"
    doc = split_deck_text(text)
    old = parse_deck(text)
    new_doc = E.move_slide(doc, 1, 3)
    assert splice_slides(old, doc, new_doc, None) is None
