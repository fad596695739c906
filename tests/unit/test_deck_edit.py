"""Editing a deck's text: each operation changes what it names and keeps every other slide's text."""

from __future__ import annotations

import pytest

from counsel_app.core import deck_edit as E
from counsel_app.core.deck import parse_deck
from counsel_app.core.deck_text import split_deck_text
from counsel_app.core.slide_fields import read_fields

DECK = """---
marp: true
title: Demo
---

<!-- _class: lead -->

# Welcome

<!-- hello -->

---

<!-- _class: part -->

# 1 What it is

---

## Bone pain

* first point
* second point

<!-- say this -->

<!-- 原文: the article -->

<!-- teach-back: What does it do? -->

---

## Plain slide

Some text.
"""


def doc(text: str = DECK):
    return split_deck_text(text)


def test_split_keeps_every_character_and_agrees_with_the_reader():
    d = doc()
    assert d.text == DECK
    assert len(d) == len(parse_deck(DECK).slides) == 4
    assert d.head == "---\nmarp: true\ntitle: Demo\n---\n"
    assert d.seps == ("---\n",) * 3


def test_crlf_text_splits_and_rejoins_exactly():
    crlf = DECK.replace("\n", "\r\n")
    d = doc(crlf)
    assert d.text == crlf and d.newline == "\r\n"
    new = E.set_title(d, 3, "Changed")
    assert "\n" not in new.slides[3].replace("\r\n", "")  # the new line keeps CRLF
    assert new.slides[:3] == d.slides[:3]
    assert parse_deck(new.text).slides[3].title == "Changed"


def test_fields_of_a_slide():
    f = read_fields(doc().slides[2])
    assert f.title == "Bone pain"
    assert f.bullets == ("first point", "second point")
    assert f.notes == "say this"  # what to say only: the article's words (原文) are not the doctor's notes
    assert f.teach_back == "What does it do?"


def only_slide_changed(old, new, index):
    assert len(new) == len(old)
    assert [s for i, s in enumerate(new.slides) if i != index] == [s for i, s in enumerate(old.slides) if i != index]
    assert new.head == old.head and new.seps == old.seps


def test_set_title_changes_the_heading_only():
    d = doc()
    new = E.set_title(d, 2, "Pain in the **bones**")
    only_slide_changed(d, new, 2)
    assert parse_deck(new.text).slides[2].title == "Pain in the bones"
    assert new.slides[2].startswith("\n## Pain in the **bones**\n")  # the heading level stays


def test_set_title_on_a_slide_without_heading_adds_one_before_the_text():
    d = doc("# A\n\n---\n\nJust text.\n")
    new = E.set_title(d, 1, "New")
    assert parse_deck(new.text).slides[1].title == "New"
    assert new.slides[1] == "\n# New\n\nJust text.\n"


def test_setext_title_and_inline_comment_kept():
    d = doc("Title\n=====\n\n---\n\n# Fit <!-- fit -->\n")
    new = E.set_title(E.set_title(d, 0, "Other"), 1, "Fitted")
    assert new.text == "Other\n=====\n\n---\n\n# Fitted <!-- fit -->\n"


def test_emptied_title_keeps_its_heading_so_retyping_keeps_level_and_place():
    d = doc()
    new = E.set_title(d, 3, "")
    assert parse_deck(new.text).slides[3].title == ""
    assert new.slides[3] == "\n##\n\nSome text.\n"
    assert E.set_title(new, 3, "Plain slide") == d
    setext = doc("Title\n=====\n\ntext\n")
    assert E.set_title(setext, 0, "").text == "text\n"


def test_set_bullets_keeps_the_marker_and_the_notes():
    d = doc()
    new = E.set_bullets(d, 2, ["one", "two", "three", "four"])
    only_slide_changed(d, new, 2)
    assert read_fields(new.slides[2]).bullets == ("one", "two", "three", "four")
    assert "* four\n" in new.slides[2]
    assert parse_deck(new.text).slides[2].notes == parse_deck(DECK).slides[2].notes


def test_bullets_added_after_the_title_and_removed():
    d = doc()
    new = E.set_bullets(d, 3, ["a", "b"])
    assert new.slides[3] == "\n## Plain slide\n\n- a\n- b\n\nSome text.\n"
    gone = E.set_bullets(E.set_bullets(d, 2, []), 2, [])
    assert read_fields(gone.slides[2]).bullets == ()
    assert parse_deck(gone.text).slides[2].title == "Bone pain"


def test_ordered_list_is_renumbered():
    d = doc("# T\n\n3. x\n4. y\n")
    assert E.set_bullets(d, 0, ["p", "q", "r"]).text == "# T\n\n3. p\n4. q\n5. r\n"


def test_set_notes_replaces_what_to_say_and_keeps_directives_and_teach_back():
    d = doc()
    new = E.set_notes(d, 2, "Say it slowly.\n\nTwice.")
    only_slide_changed(d, new, 2)
    slide = parse_deck(new.text).slides[2]
    assert slide.notes == "Say it slowly.\n\nTwice.\n\n原文: the article\n\nteach-back: What does it do?"
    assert slide.teach_back == ("What does it do?",)
    lead = E.set_notes(d, 0, "")
    assert parse_deck(lead.text).slides[0].notes == "" and "lead" in parse_deck(lead.text).slides[0].classes


def test_the_articles_words_in_the_notes_are_not_what_to_say_and_stay_as_written():
    d = doc()
    source = "<!-- 原文: the article -->\n"
    for notes in ("", "New words.", "One.\n\nTwo."):
        new = E.set_notes(d, 2, notes)
        only_slide_changed(d, new, 2)
        assert new.slides[2].count(source) == 1 and read_fields(new.slides[2]).notes == notes
    emptied = E.set_notes(d, 2, "")
    assert emptied.slides[2] == d.slides[2].replace("<!-- say this -->\n\n", "")
    added = E.set_notes(emptied, 2, "Said first.")  # none left: what to say goes before the article's words
    assert added.slides[2] == d.slides[2].replace("say this", "Said first.")
    assert E.set_notes(added, 2, "").slides[2] == emptied.slides[2]  # typed and deleted: the bytes come back
    with pytest.raises(E.EditError):
        E.set_notes(d, 2, "原文: typed by the doctor")  # would be read as the article's words


def test_notes_added_where_there_were_none_and_never_close_the_comment_early():
    d = doc()
    new = E.set_notes(d, 3, "a --> b")
    assert parse_deck(new.text).slides[3].notes == "a -- > b"
    assert parse_deck(new.text).slides[3].text == "Plain slide Some text."


def test_teach_back_of_a_part_is_set_where_it_is_or_on_the_parts_last_slide():
    d = doc()
    deck = parse_deck(DECK)
    assert E.teach_back_slide(deck, 1) == 2 and E.teach_back_slide(deck, 3) == 2
    new = E.set_teach_back(d, deck, 1, "Tell me in your words?")
    only_slide_changed(d, new, 2)
    assert parse_deck(new.text).slides[2].teach_back == ("Tell me in your words?",)
    none = E.set_teach_back(d, deck, 3, "")
    assert parse_deck(none.text).slides[2].teach_back == ()
    fresh = doc("# A\n\n---\n\n# B\n")
    added = E.set_teach_back(fresh, parse_deck(fresh.text), 0, "Q?")
    assert parse_deck(added.text).slides[1].teach_back == ("Q?",)


def titles(d):
    return [s.title for s in parse_deck(d.text).slides]


def test_move_slide_both_ways_keeps_the_moved_text():
    d = doc()
    down = E.move_slide(d, 1, 3)
    assert titles(down) == ["Welcome", "Bone pain", "Plain slide", "1 What it is"]
    up = E.move_slide(d, 3, 0)
    assert titles(up) == ["Plain slide", "Welcome", "1 What it is", "Bone pain"]
    assert up.slides[1:] == (d.slides[0], d.slides[1], d.slides[2])
    assert up.head == d.head


def test_move_the_last_slide_without_line_end():
    d = doc("# A\n\n---\n\n# B")
    assert titles(E.move_slide(d, 1, 0)) == ["B", "A"]


def test_add_duplicate_delete_and_add_part():
    d = doc()
    added = E.add_slide(d, 3, "After the end")
    assert titles(added)[-1] == "After the end" and added.slides[:3] == d.slides[:3]
    first = E.add_slide(d, -1, "First")
    assert titles(first)[0] == "First" and first.head == d.head
    dup = E.duplicate_slide(d, 2)
    assert titles(dup) == ["Welcome", "1 What it is", "Bone pain", "Bone pain", "Plain slide"]
    gone = E.delete_slide(d, 0)
    assert titles(gone) == ["1 What it is", "Bone pain", "Plain slide"]
    assert gone.head == d.head and gone.slides == d.slides[1:]
    part = E.add_part(d, 2, "2 How it works")
    deck = parse_deck(part.text)
    assert deck.slides[3].is_part and deck.slides[4].section == "2 How it works"


def test_the_last_slide_cannot_be_deleted_and_numbers_are_checked():
    with pytest.raises(E.EditError):
        E.delete_slide(doc("# Only\n"), 0)
    with pytest.raises(E.EditError):
        E.set_title(doc(), 9, "x")


def test_an_edit_that_marp_would_read_differently_is_refused():
    unclosed = doc("# A\n\n<!-- never closed\n\n---\n\n# B\n")
    assert len(unclosed) == 1
    with pytest.raises(E.EditError):
        E.add_slide(unclosed, 0, "New")


def test_trailing_ruler_empty_slide_moved_first_does_not_become_front_matter():
    d = doc("# A\n\n---\n\n# B\n\n---\n")
    assert len(d) == 3
    moved = E.move_slide(d, 2, 0)
    assert titles(moved) == ["", "A", "B"]


def test_notes_written_again_after_being_emptied_come_before_the_teach_back():
    d = doc()
    again = E.set_notes(E.set_notes(d, 2, ""), 2, "Back again.")
    assert parse_deck(again.text).slides[2].notes == "Back again.\n\n原文: the article\n\nteach-back: What does it do?"


def test_set_picture_adds_replaces_and_removes_the_slides_picture():
    d = doc()
    added = E.set_picture(d, 2, "deck-pictures/bone-1a2b3c4d.png", "A bone [x-ray]")
    only_slide_changed(d, added, 2)
    f = read_fields(added.slides[2])
    assert (f.picture, f.caption) == ("deck-pictures/bone-1a2b3c4d.png", "A bone [x-ray]")
    assert "* second point\n\n![A bone \\[x-ray\\]](deck-pictures/bone-1a2b3c4d.png)\n\n<!-- say this -->" in added.slides[2]
    assert parse_deck(added.text).slides[2].images == ("deck-pictures/bone-1a2b3c4d.png",)
    spaced = E.set_picture(added, 2, "我的 deck-pictures/骨.png", "骨")
    assert read_fields(spaced.slides[2]).picture == "我的 deck-pictures/骨.png"
    assert spaced.slides[2].count("![") == 1
    gone = E.set_picture(spaced, 2, "", "")
    assert gone == d
