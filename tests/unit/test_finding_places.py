"""Which field a `check` finding is about (the editor moves the cursor there), moving a whole part,
and where an imported draft is saved by default."""

from __future__ import annotations

import pytest

from counsel_app.core import deck_edit as E
from counsel_app.core.deck import parse_deck
from counsel_app.core.deck_text import split_deck_text
from counsel_app.core.draft import draft_path
from counsel_app.core.finding_places import FieldPlace, finding_place
from counsel_app.core.lint import lint_slide
from counsel_app.core.slide_fields import read_fields

SLIDE = """## {title}

- {a}
- {b}
- {c}
"""


def place_of(rule: str, text: str, base=None) -> FieldPlace:
    slide = parse_deck(text).slides[0]
    finding = next(f for f in lint_slide(slide, base) if f.rule == rule)
    return finding_place(finding, read_fields(text))


def test_a_finding_about_words_points_at_the_title_or_the_point_that_has_them():
    text = SLIDE.format(title="Bone pain", a="short", b="about 35% of people", c="fine")
    assert place_of("numbers", text) == FieldPlace("bullets", 1)
    text = SLIDE.format(title="SHOUTING title", a="short", b="calm", c="fine")
    assert place_of("all-caps", text) == FieldPlace("title")
    long = " ".join(["word"] * 30)
    assert place_of("long-sentence", SLIDE.format(title="T", a="x", b="y", c=long)) == FieldPlace("bullets", 2)
    assert place_of("italic", SLIDE.format(title="T", a="*soft*", b="y", c="z")) == FieldPlace("bullets", 0)


def test_too_many_points_goes_to_the_fourth_and_pictures_to_the_picture_or_its_caption(tmp_path):
    text = "## T\n\n- a\n- b\n- c\n- d\n- e\n"
    assert place_of("bullets", text) == FieldPlace("bullets", 3)
    assert place_of("image-missing", "## T\n\n![a scan](nowhere.png)\n", tmp_path) == FieldPlace("picture")
    from counsel_app.core.lint import Finding

    caption = Finding(1, "warning", "image-caption", "no caption", "没有说明")
    assert finding_place(caption, read_fields("## T\n\n![](x.png)\n")) == FieldPlace("caption")


def test_a_source_finding_points_at_the_point_it_quotes():
    from counsel_app.core.lint import Finding

    fields = read_fields("## T\n\n- Surgery helps\n- Radiotherapy reduces pain\n")
    bullet = "Radiotherapy reduces pain"
    lost = Finding(1, "warning", "qualifier-lost", f'"{bullet[:20]}" lost "may" from its source: put it back', "")
    assert finding_place(lost, fields) == FieldPlace("bullets", 1)
    notes = Finding(1, "warning", "warning-in-notes", "warning signs only in the notes", "")
    assert finding_place(notes, fields) == FieldPlace("bullets")  # put the warning on the slide


DECK = "# Intro\n\n---\n\n<!-- _class: part -->\n# One\n\n---\n\n## a\n\n---\n\n<!-- _class: part -->\n# Two\n\n---\n\n## b\n"


def test_a_part_moves_with_its_slides_and_other_slides_keep_their_text():
    doc = split_deck_text(DECK)
    deck = parse_deck(DECK)
    assert E.part_end(deck, 3) == 5 and E.part_end(deck, 1) == 3 and E.part_end(deck, 2) == 3
    moved = E.move_slides(doc, 3, 5, 1)
    new = parse_deck(moved.text)
    assert [s.title for s in new.slides] == ["Intro", "Two", "b", "One", "a"]
    assert [s.section for s in new.slides] == ["", "Two", "Two", "One", "One"]
    assert moved.slides[0] == doc.slides[0]
    back = E.move_slides(moved, 1, 3, 3)
    assert [s.title for s in parse_deck(back.text).slides] == ["Intro", "One", "a", "Two", "b"]
    with pytest.raises(E.EditError):
        E.move_slides(doc, 3, 5, 4)


def test_a_draft_is_saved_beside_the_article_never_over_a_file(tmp_path):
    article = tmp_path / "骨转移.txt"
    article.write_text("x")
    assert draft_path(article) == tmp_path / "骨转移.md"
    (tmp_path / "骨转移.md").write_text("the doctor's deck")
    assert draft_path(article) == tmp_path / "骨转移-2.md"
    markdown_article = tmp_path / "leaflet.md"
    markdown_article.write_text("# A leaflet")
    assert draft_path(markdown_article) == tmp_path / "leaflet-2.md"
