"""Undo and redo: typing in one field is one step; undo shows the slide it changed; saved state."""

from __future__ import annotations

from counsel_app.core import deck_edit as E
from counsel_app.core.deck_text import split_deck_text
from counsel_app.core.edit_history import History

TEXT = "# A\n\n---\n\n# B\n"


def test_typing_in_one_field_is_one_undo_step():
    doc = split_deck_text(TEXT)
    h = History(doc)
    for typed in ("B", "Bo", "Bon", "Bone"):
        h.apply(E.set_title(doc, 1, typed + "s"), 1, key="title:1")
    h.seal()
    h.apply(E.set_title(h.doc, 0, "Start"), 0, key="title:0")
    assert h.modified and h.doc.text == "# Start\n\n---\n\n# Bones\n"
    assert h.undo() == 0 and h.doc.text == "# A\n\n---\n\n# Bones\n"
    assert h.undo() == 1 and h.doc.text == TEXT and not h.modified and not h.can_undo
    assert h.redo() == 1 and h.doc.text == "# A\n\n---\n\n# Bones\n"
    h.apply(E.delete_slide(h.doc, 0), 0)
    assert not h.can_redo


def test_saved_state_follows_the_save():
    h = History(split_deck_text(TEXT))
    h.apply(E.set_title(h.doc, 0, "X"), 0)
    h.mark_saved()
    assert not h.modified
    h.undo()
    assert h.modified
